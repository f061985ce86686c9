import "server-only";
import type { Db, Tx } from "@/db/client";
import { foldNudgeProposals, markFolded } from "@/db/queries/amendments";
import {
  appendSummaryVersion,
  atomsOf,
  casUpdateProfileAtoms,
  casWriteSummary,
  insertProfileAtoms,
  lockProfileAtoms,
  lockSummary,
  type SummaryWrite,
} from "@/db/queries/profile";
import type { NewSignal } from "@/db/queries/signals";
import { readMirrorSnapshot, type MirrorSnapshotRows } from "@/db/queries/snapshot";
import { applyWritePlan, WritePlanConflict, type WritePlan } from "@/db/queries/write-plan";
import type { AmendmentRow, ProfileAtomsRow, SummaryRow } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Atoms, Dimension } from "@/lib/personality/atoms";
import { planStats } from "@/lib/personality/stat-plan";
import { signalClock } from "./signal-clock";

/**
 * The mirror (docs/design.md, "The mirror"): read atoms + paragraph with their versions,
 * verbalize OUTSIDE any transaction (a model call may take a second), then ONE transaction that compare-and-sets
 * both versions, writes the atoms, the paragraph and its history row, and whatever else the writer appends
 * (signals, amendment decisions). A version conflict retries from the read; after MAX_ATTEMPTS it fails clearly.
 *
 * The hot writers (a control change, about-me) describe ALL of their write as data (`rest`), so the whole plan —
 * atoms, paragraph, history row, folded amendments, the control proposal, signals, stat rows — is applied in one
 * statement (db/queries/write-plan.ts): one read, one write, two round trips in all. The others still append
 * their extra writes with `also` inside a transaction.
 */

export type VerbalizeFn = (input: { atoms: Atoms; aboutMe: string; amendments: string[] }) => Promise<{ text: string }>;

export type MirrorDeps = {
  verbalize: VerbalizeFn;
  /**
   * Test seam: runs inside the transaction between the atoms write and the paragraph write; for a planned
   * write (one statement), inside a transaction right after that statement, so a failure must undo all of it.
   */
  betweenWrites?: (tx: Tx) => Promise<void>;
  maxAttempts?: number;
};

export const MAX_ATTEMPTS = 8;

/**
 * Everything a writer decides from, read outside the transaction in one statement: atoms, paragraph, the
 * accepted drift/refinement amendments the verbalizer folds in, the open control proposals, the evidence toward
 * evolution (only counted while `onboarding`) and the stat states.
 */
export type Snapshot = MirrorSnapshotRows;

type ParagraphPlan =
  /** Re-emitted from the (new) atoms, about-me and folded amendments: the only way a non-pinned text is written. */
  | {
      from: "atoms";
      provenance: "onboarding" | "evolved";
      reason: string;
      /** The amendments to fold in, when not the snapshot's (an amendment being accepted joins them). */
      fold?: AmendmentRow[];
    }
  /** A text the user wrote or chose (Save, an amendment appended to a pinned text, a revert to a pinned version). */
  | { from: "text"; text: string; provenance: "user"; reason: string }
  /** A revert to a non-pinned version: its old text with the atoms it was verbalized from (see `atoms`). */
  | { from: "restore"; text: string; provenance: "evolved"; reason: string };

export type MirrorPlan<T> = {
  /** New atoms and about-me; omitted when the write leaves them alone. */
  atoms?: { values: Atoms; aboutMe: string };
  /** The new paragraph; omitted when it stays untouched (pinned, or nothing to rewrite). */
  paragraph?: ParagraphPlan;
  /** Everything else written in the same transaction (signals, amendments), with what was just written. */
  also?: (tx: Tx, written: Written) => Promise<T>;
  /** Instead of `also`: the rest of the write as data, applied with the atoms and paragraph in one statement. */
  rest?: PlannedRest<T>;
  /** Returned without writing when the new text and provenance equal the current ones (Regenerate). */
  unchanged?: T;
};

export type PlannedRest<T> = {
  signals: NewSignal[];
  proposal?: WritePlan["proposal"];
  /** Drifting dimensions the write settles (a control set by hand); only with a re-emitted paragraph. */
  resolveStaleDims?: string[];
  result: T;
};

/** A writer's decision: a plan to write, or a result without any write (nothing changed). */
export type Decision<T> = { write: MirrorPlan<T> } | { skip: T };

export type Written = { atoms: ProfileAtomsRow; summary: SummaryRow | null; text: string | null };
export type MirrorResult<T> = { value: T; written: boolean };

class VersionConflict extends Error {}

export const CONFLICT_MESSAGE =
  "Your reading brain kept changing in another tab or window while this change was being saved, so it was not saved. Reload the page and try again.";

export async function readSnapshot({ db, userId, statDims }: { db: Db; userId: string; statDims?: readonly Dimension[] }): Promise<Snapshot> {
  return readMirrorSnapshot({ db, userId, statDims });
}

/** The verbalizer's input for a set of atoms: what makes the mirror invariant checkable. */
export function verbalizerInput(atoms: Atoms, aboutMe: string, folded: AmendmentRow[]) {
  return { atoms, aboutMe, amendments: folded.map((a) => a.text) };
}

/**
 * The sentences a re-emitted paragraph folds in that are still waiting (`accepted`), with the text it was
 * written with: the write marks them folded only if they still read so (db/queries/write-plan.ts).
 */
function waitingFolds(fold: AmendmentRow[]): { id: string; text: string }[] {
  return fold.filter((a) => a.status === "accepted").map((a) => ({ id: a.id, text: a.text }));
}

export async function mirrorWrite<T>({
  db,
  userId,
  deps,
  decide,
  statDims,
}: {
  db: Db;
  userId: string;
  deps: MirrorDeps;
  /** Pure decision from the snapshot; may throw an AppError to refuse. Called again on every retry. */
  decide: (snap: Snapshot) => Decision<T>;
  /**
   * The only dimensions the planned signals can touch: the snapshot reads just their stat rows. A planned
   * signal on another dimension is a bug (its row would look absent), and throws.
   */
  statDims?: readonly Dimension[];
}): Promise<MirrorResult<T>> {
  const attempts = deps.maxAttempts ?? MAX_ATTEMPTS;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const snap = await readSnapshot({ db, userId, statDims });
    const decision = decide(snap);
    if ("skip" in decision) return { value: decision.skip, written: false };
    const plan = decision.write;
    const text = await paragraphText(plan, snap, deps);
    if (plan.unchanged !== undefined && text === snap.summary?.text && plan.paragraph?.provenance === snap.summary.provenance) {
      return { value: plan.unchanged, written: false };
    }
    try {
      const value = plan.rest
        ? await writePlanned({ db, userId, snap, plan, rest: plan.rest, text, deps, statDims })
        : await db.transaction((tx) => writeOnce({ tx, userId, snap, plan, text, deps }));
      return { value, written: true };
    } catch (err) {
      if (!(err instanceof VersionConflict) && !(err instanceof WritePlanConflict)) throw err;
      // Spread competing tabs apart a little; the bound keeps a hot loop from holding a request forever.
      await new Promise((r) => setTimeout(r, attempt * 5 + Math.random() * 10 * attempt));
    }
  }
  throw new AppError("conflict:profile", CONFLICT_MESSAGE);
}

async function paragraphText<T>(plan: MirrorPlan<T>, snap: Snapshot, deps: MirrorDeps): Promise<string | null> {
  const p = plan.paragraph;
  if (!p) return null;
  if (p.from !== "atoms") return p.text;
  const atoms = plan.atoms?.values ?? (snap.atoms ? atomsOf(snap.atoms) : null);
  if (!atoms) throw new AppError("bad_request:profile", "Set up your reading brain first.");
  const aboutMe = plan.atoms?.aboutMe ?? snap.atoms?.aboutMe ?? "";
  const { text } = await deps.verbalize(verbalizerInput(atoms, aboutMe, p.fold ?? snap.folded));
  if (!text.trim()) throw new AppError("internal:profile", "The paragraph could not be written. Nothing was changed; please try again.");
  return text;
}

/** The whole write as one plan, applied in one statement (db/queries/write-plan.ts). */
async function writePlanned<T>({
  db,
  userId,
  snap,
  plan,
  rest,
  text,
  deps,
  statDims,
}: {
  db: Db;
  userId: string;
  snap: Snapshot;
  plan: MirrorPlan<T>;
  rest: PlannedRest<T>;
  text: string | null;
  deps: MirrorDeps;
  statDims?: readonly Dimension[];
}): Promise<T> {
  if (!snap.atoms || !snap.summary) throw new Error("mirror: a planned write needs the atoms and paragraph rows");
  const paragraph = plan.paragraph && text !== null ? plan.paragraph : undefined;
  if (plan.atoms && !paragraph && snap.summary.provenance !== "user" && snap.summary.provenance !== "empty") {
    throw new Error("mirror: atoms changed under a non-pinned paragraph without re-emitting it");
  }
  if (rest.resolveStaleDims?.length && !paragraph) throw new Error("mirror: drift is settled with a re-emitted paragraph");
  const unread = rest.signals.find((sg) => sg.dimension && statDims && !statDims.includes(sg.dimension));
  if (unread) throw new Error(`mirror: a ${unread.dimension} signal was planned, but only ${statDims!.join(", ")} stats were read`);
  const writePlan: WritePlan = {
    userId,
    atoms: { expectedVersion: snap.atoms.version, write: plan.atoms },
    summary: {
      expectedVersion: snap.summary.version,
      write: paragraph && { text: text!, provenance: paragraph.provenance, reason: paragraph.reason },
      folds: paragraph?.from === "atoms" ? waitingFolds(paragraph.fold ?? snap.folded) : undefined,
      // A paragraph that mirrors the atoms again leaves nothing for a control-change proposal to add.
      foldNudgeProposals: paragraph !== undefined && paragraph.provenance !== "user",
      resolveStaleDims: rest.resolveStaleDims,
    },
    proposal: rest.proposal,
    signals: rest.signals,
    stats: planStats(snap.stats, rest.signals, signalClock()),
    statRows: snap.statRows,
  };
  if (!deps.betweenWrites) {
    await applyWritePlan(db, writePlan);
    return rest.result;
  }
  await db.transaction(async (tx) => {
    await applyWritePlan(tx, writePlan);
    await deps.betweenWrites!(tx);
  });
  return rest.result;
}

async function writeOnce<T>({
  tx,
  userId,
  snap,
  plan,
  text,
  deps,
}: {
  tx: Tx;
  userId: string;
  snap: Snapshot;
  plan: MirrorPlan<T>;
  text: string | null;
  deps: MirrorDeps;
}): Promise<T> {
  // Lock order is always atoms, then paragraph: two writers can conflict but never deadlock.
  const atoms = await writeAtoms({ tx, userId, snap, plan });
  await deps.betweenWrites?.(tx);

  let summary: SummaryRow | null;
  const expected = snap.summary?.version ?? 0;
  if (plan.paragraph && text !== null) {
    const write: SummaryWrite = {
      text,
      provenance: plan.paragraph.provenance,
      reason: plan.paragraph.reason,
      atomsVersion: atoms.version,
    };
    summary = await casWriteSummary({ tx, userId, expectedVersion: expected, write });
    if (!summary) throw new VersionConflict();
    await appendSummaryVersion({ tx, userId, summary, atoms });
    if (plan.paragraph.from === "atoms") {
      const folds = waitingFolds(plan.paragraph.fold ?? snap.folded);
      if ((await markFolded({ tx, userId, folds })) !== folds.length) throw new VersionConflict();
    }
    // A paragraph that mirrors the atoms again leaves nothing for a control-change proposal to add.
    if (plan.paragraph.provenance !== "user") await foldNudgeProposals({ tx, userId });
  } else {
    summary = await lockSummary({ tx, userId });
    if ((summary?.version ?? 0) !== expected) throw new VersionConflict();
    // Changing the atoms under a non-pinned paragraph without re-emitting it would break the invariant.
    if (plan.atoms && summary && summary.provenance !== "user" && summary.provenance !== "empty") {
      throw new Error("mirror: atoms changed under a non-pinned paragraph without re-emitting it");
    }
  }
  return plan.also ? plan.also(tx, { atoms, summary, text }) : (undefined as T);
}

async function writeAtoms<T>({
  tx,
  userId,
  snap,
  plan,
}: {
  tx: Tx;
  userId: string;
  snap: Snapshot;
  plan: MirrorPlan<T>;
}): Promise<ProfileAtomsRow> {
  if (!snap.atoms) {
    if (!plan.atoms) throw new AppError("bad_request:profile", "Set up your reading brain first.");
    const row = await insertProfileAtoms({ tx, userId, atoms: plan.atoms.values, aboutMe: plan.atoms.aboutMe });
    if (!row) throw new VersionConflict();
    return row;
  }
  if (plan.atoms) {
    const row = await casUpdateProfileAtoms({
      tx,
      userId,
      expectedVersion: snap.atoms.version,
      atoms: plan.atoms.values,
      aboutMe: plan.atoms.aboutMe,
    });
    if (!row) throw new VersionConflict();
    return row;
  }
  const row = await lockProfileAtoms({ tx, userId });
  if (!row || row.version !== snap.atoms.version) throw new VersionConflict();
  return row;
}
