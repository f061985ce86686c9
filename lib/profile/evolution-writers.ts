import "server-only";
import type { Tx } from "@/db/client";
import { insertAmendment, updateProposedAmendment } from "@/db/queries/amendments";
import { lockOpenDriftProposal, resolveStaleDims, settleConfirmedDrift } from "@/db/queries/drift";
import { atomsOf } from "@/db/queries/profile";
import { getPreferenceEstimates, type PreferenceEstimate } from "./preference-estimates";
import type { AmendmentRow } from "@/db/schema";
import type { Atoms, Dimension } from "@/lib/personality/atoms";
import {
  applyMoves,
  changedMoves,
  driftAmendment,
  driftMoves,
  driftReason,
  driftingDims,
  type DriftMove,
} from "@/lib/personality/evolution";
import { decide, evolutionThresholdMet, type Evidence } from "@/lib/personality/provenance";
import type { WriterContext } from "./writer-context";
import { AppError } from "@/lib/errors";
import { CONFLICT_MESSAGE, MAX_ATTEMPTS, mirrorWrite, type Decision } from "./mirror";
import { paragraphFor, provenanceState } from "./write-plan";

/** What acting on one user's drift flag did. */
export type DriftOutcome =
  /** Not flagged (any more): another sweep got there first, or there was nothing to do. */
  | { kind: "none" }
  /** Atoms moved to the feedback and the paragraph re-verbalized, `evolved`, in one statement. */
  | { kind: "re-evolved"; moves: DriftMove[]; version: number }
  /** Drift fired, but the feedback still snaps to the current options: the flag is cleared, nothing rewritten. */
  | { kind: "confirmed"; dims: Dimension[] }
  /** Pinned: a drift proposal (banner) was raised, or the open one extended; the text is untouched. */
  | { kind: "proposed"; moves: DriftMove[]; amendmentId: string }
  /** Pinned, and the open drift proposal already says this: no second banner. */
  | { kind: "already-proposed"; amendmentId: string }
  /** Onboarding paragraph short of the evolution threshold: stays flagged until the evidence is there. */
  | { kind: "waiting"; evidence: Evidence };

const NONE: DriftOutcome = { kind: "none" };

/** What a drift proposal records: the moves (with L3's estimate and confidence) and the atoms they start from. */
export type DriftEvidence = {
  dims: Dimension[];
  moves: (DriftMove & { label: PreferenceEstimate["label"] })[];
  atomsVersion: number;
};

/** A "confirmed" decision: the flag to settle, and the versions it was decided from. */
type Confirm = { atomsVersion: number; summaryVersion: number; staleDims: string[]; dims: Dimension[] };

/**
 * Acts on the user's drift flag by provenance (docs/design.md, L2), through the mirror:
 * - `evolved` (and `onboarding` once ≥ 30 thumbs and ≥ 10 adjustments exist): the drifting atoms move to the
 *   fused estimate snapped to the nearest option, the paragraph is re-verbalized outside any transaction, and
 *   atoms + paragraph + history row ("drift: length, density") + the cleared flag commit in ONE compare-and-set
 *   statement (the write plan, db/queries/write-plan.ts). When every drifting dimension already snaps to its
 *   current option, only the flag is cleared (one compare-and-set statement, settleConfirmedDrift).
 * - `onboarding` below the threshold: nothing; the flag stays, so a later sweep acts once the evidence is there.
 * - `user` (pinned): one drift proposal per episode, never a write of the text.
 * The stale flag is the work list and is re-read under the row locks, so two sweeps at once act once.
 */
export async function resolveDrift(ctx: WriterContext): Promise<DriftOutcome> {
  const readings = await getPreferenceEstimates({ db: ctx.db, userId: ctx.userId });
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // Set by `decide` when the drift only confirms the options already set: then the flag is settled by one
    // compare-and-set statement of its own (settleConfirmedDrift), not by the mirror's transaction.
    const pending: { confirm?: Confirm } = {};
    const { value } = await mirrorWrite<DriftOutcome>({
      ...ctx,
      decide: (snap): Decision<DriftOutcome> => {
        delete pending.confirm;
        const summary = snap.summary;
        if (!summary?.stale || !snap.atoms || summary.provenance === "empty") return { skip: NONE };
        const dims = driftingDims(summary.staleDims);
        const atoms = atomsOf(snap.atoms);
        const moves = driftMoves(atoms, dims, readings);
        const changed = changedMoves(moves);
        const clearOnly = (): Decision<DriftOutcome> => {
          pending.confirm = { atomsVersion: snap.atoms!.version, summaryVersion: summary.version, staleDims: summary.staleDims, dims };
          return { skip: NONE };
        };

        if (summary.provenance === "user") {
          if (changed.length === 0) return clearOnly();
          return {
            write: {
              also: async (tx, written) => {
                // Re-read under the locks: a concurrent sweep may have handled some or all of it meanwhile.
                const live = written.summary?.stale ? written.summary.staleDims : [];
                const todo = changed.filter((m) => live.includes(m.dimension));
                if (todo.length === 0) return NONE;
                return proposeDrift({ tx, userId: ctx.userId, atoms, atomsVersion: written.atoms.version, moves: todo, readings, live });
              },
            },
          };
        }

        if (summary.provenance === "onboarding" && !evolutionThresholdMet(snap.evidence)) {
          return { skip: { kind: "waiting", evidence: snap.evidence } };
        }
        const decision = decide({ type: "re-evolution" }, provenanceState(snap));
        const paragraph = paragraphFor(decision, driftReason(changed));
        if (changed.length === 0 || !paragraph) return clearOnly();
        // One statement (the write plan: atoms, paragraph, history row, folded amendments and the settled flag,
        // each a compare-and-set): on PGlite the sweep shares the app's one connection, and a transaction of
        // separate statements held it for all of them and the JavaScript between (lib/jobs/drift-sweep.ts).
        // A dimension flagged after the snapshot stays flagged: only the snapshot's `staleDims` are settled.
        return {
          write: {
            atoms: { values: applyMoves(atoms, changed), aboutMe: snap.atoms.aboutMe },
            paragraph,
            rest: {
              signals: [],
              resolveStaleDims: summary.staleDims,
              result: { kind: "re-evolved", moves: changed, version: summary.version + 1 },
            },
          },
        };
      },
    });
    if (!pending.confirm) return value;
    const { staleDims, dims, ...versions } = pending.confirm;
    if (await settleConfirmedDrift({ db: ctx.db, userId: ctx.userId, ...versions, dims: staleDims })) return { kind: "confirmed", dims };
    // The atoms or paragraph moved, or another sweep settled the flag, since the snapshot: decide again.
  }
  throw new AppError("conflict:profile", CONFLICT_MESSAGE);
}

/**
 * The pinned path. At most one drift proposal is open: when one is, the new moves are merged into it (newest
 * estimate per dimension) as long as the merged sentence still fits MAX_AMENDMENT_CHARS; a move the open
 * proposal already states changes nothing. Flags are cleared only for the dimensions a proposal now covers (and
 * those that need no move); a dimension that did not fit stays flagged and gets its own proposal next sweep.
 */
async function proposeDrift({
  tx,
  userId,
  atoms,
  atomsVersion,
  moves,
  readings,
  live,
}: {
  tx: Tx;
  userId: string;
  atoms: Atoms;
  atomsVersion: number;
  moves: DriftMove[];
  readings: Partial<Record<Dimension, PreferenceEstimate>>;
  live: string[];
}): Promise<DriftOutcome> {
  const open = await lockOpenDriftProposal({ tx, userId });
  const openMoves = open ? evidenceOf(open).moves : [];
  const fresh = moves.filter((m) => !openMoves.some((o) => o.dimension === m.dimension && o.value === m.value));
  const settle = async (covered: DriftMove[]) => {
    const uncovered = new Set(moves.filter((m) => !covered.some((c) => c.dimension === m.dimension)).map((m) => m.dimension));
    await resolveStaleDims({ tx, userId, dims: live.filter((d) => !uncovered.has(d as Dimension)) });
  };
  if (open && fresh.length === 0) {
    await settle(moves);
    return { kind: "already-proposed", amendmentId: open.id };
  }
  if (open) {
    const merged = [...openMoves.filter((o) => !fresh.some((m) => m.dimension === o.dimension)), ...fresh];
    const sentence = driftAmendment(atoms, merged);
    if (sentence.moves.length === merged.length) {
      await updateProposedAmendment({ tx, userId, id: open.id, text: sentence.text, evidence: evidence(sentence.moves, readings, atomsVersion) });
      await settle(moves);
      return { kind: "proposed", moves: sentence.moves, amendmentId: open.id };
    }
  }
  const sentence = driftAmendment(atoms, fresh);
  const row = await insertAmendment({ tx, userId, text: sentence.text, source: "drift", evidence: evidence(sentence.moves, readings, atomsVersion) });
  await settle([...moves.filter((m) => !fresh.includes(m)), ...sentence.moves]);
  return { kind: "proposed", moves: sentence.moves, amendmentId: row.id };
}

function evidence(moves: DriftMove[], readings: Partial<Record<Dimension, PreferenceEstimate>>, atomsVersion: number) {
  const record: DriftEvidence = {
    dims: moves.map((m) => m.dimension),
    moves: moves.map((m) => ({ ...m, label: readings[m.dimension]?.label ?? "not enough signal yet" })),
    atomsVersion,
  };
  return record as unknown as Record<string, unknown>;
}

export function evidenceOf(row: Pick<AmendmentRow, "evidence">): DriftEvidence {
  const e = row.evidence as Partial<DriftEvidence>;
  return { dims: e.dims ?? [], moves: e.moves ?? [], atomsVersion: e.atomsVersion ?? 0 };
}
