import "server-only";
import { getProposedNudgeAmendment, insertAmendment, updateProposedAmendment, decideAmendment } from "@/db/queries/amendments";
import { resolveStaleDims } from "@/db/queries/drift";
import { atomsOf } from "@/db/queries/profile";
import { appendSignals, type NewSignal } from "@/lib/profile/signal-writers";
import type { Tx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { amendmentForChange } from "@/lib/personality/amendments";
import {
  DIMENSION_LABELS,
  applyChange,
  categoryIndex,
  isOrdinal,
  optionsOf,
  ordinalValue,
  type AtomChange,
  type Atoms,
} from "@/lib/personality/atoms";
import { REASONS, changeLabel } from "@/lib/personality/paragraph-rules";
import type { WriterContext } from "./writer-context";
import { mirrorWrite } from "./mirror";
import { decide } from "@/lib/personality/provenance";
import { paragraphFor, provenanceState, requireOnboarded, type WriteResult } from "./write-plan";

/**
 * Finishes the first-run wizard: atoms and an `onboarding` paragraph in one transaction. Submitting the same
 * answers twice (a double click, a retried request) is a no-op; a different second onboarding is refused,
 * because the controls are the way to change a profile that exists.
 */
export async function finishOnboarding(
  ctx: WriterContext,
  input: { atoms: Atoms; aboutMe: string },
): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      if (snap.atoms) {
        const same = JSON.stringify(atomsOf(snap.atoms)) === JSON.stringify(input.atoms) && snap.atoms.aboutMe === input.aboutMe;
        if (same) return { skip: { notice: null } };
        throw new AppError(
          "conflict:profile",
          "Your reading brain is already set up. Change it with the controls on the reading brain page.",
        );
      }
      const decision = decide({ type: "onboarding-finish" }, provenanceState(snap));
      return {
        write: {
          atoms: { values: input.atoms, aboutMe: input.aboutMe },
          paragraph: paragraphFor(decision, REASONS.onboarding),
          also: async () => ({ notice: null }),
        },
      };
    },
  });
  return value;
}

/**
 * One control moved. Not pinned: the atom and a re-emitted paragraph. Pinned: the atom only, and a proposed
 * amendment describing the change (one open proposal per dimension, updated in place by further moves).
 * Either way a `nudge` signal in the same transaction.
 */
export async function nudgeAtom(ctx: WriterContext, change: AtomChange): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      const atomsRow = requireOnboarded(snap);
      const before = atomsOf(atomsRow);
      if (before[change.dimension] === change.value) return { skip: { notice: null } };
      const after = applyChange(before, change);
      const label = changeLabel(change.dimension, change.value, optionsOf(change.dimension));
      const signals = [nudgeSignal(change)];
      const decision = decide({ type: "nudge" }, provenanceState(snap));
      if (decision.kind === "propose-amendment") {
        return {
          write: {
            atoms: { values: after, aboutMe: atomsRow.aboutMe },
            also: async (tx, written) => {
              await appendSignals({ tx, userId: ctx.userId, signals });
              await proposeForChange(tx, ctx.userId, before, change, written.atoms.version);
              return {
                notice: `${DIMENSION_LABELS[change.dimension]} is now ${label}. Your pinned paragraph was left as you wrote it; a suggested sentence to add is waiting above the paragraph.`,
              };
            },
          },
        };
      }
      return {
        write: {
          atoms: { values: after, aboutMe: atomsRow.aboutMe },
          paragraph: paragraphFor(decision, REASONS.control(change.dimension, label)),
          also: async (tx) => {
            await appendSignals({ tx, userId: ctx.userId, signals });
            // Setting a drifting control by hand settles its drift: a later sweep must not overrule the user.
            if (snap.summary?.staleDims.includes(change.dimension)) {
              await resolveStaleDims({ tx, userId: ctx.userId, dims: [change.dimension] });
            }
            return { notice: null };
          },
        },
      };
    },
  });
  return value;
}

function nudgeSignal(change: AtomChange): NewSignal {
  if (change.dimension === "domain" || change.dimension === "language") {
    return { source: "nudge", dimension: change.dimension, category: categoryIndex(change.dimension, change.value) };
  }
  if (!isOrdinal(change.dimension)) throw new Error("unreachable");
  return { source: "nudge", dimension: change.dimension, value: ordinalValue(change.dimension, change.value as number) };
}

/**
 * The banner for a control change under a pinned paragraph. A second move of the same control rewrites the
 * open proposal (from the pinned value to the newest one); moving it back to where it was withdraws it.
 */
async function proposeForChange(
  tx: Tx,
  userId: string,
  before: Atoms,
  change: AtomChange,
  atomsVersion: number,
): Promise<void> {
  const open = await getProposedNudgeAmendment({ tx, userId, dimension: change.dimension });
  const from = open ? (open.evidence as { from: Atoms[typeof change.dimension] }).from : before[change.dimension];
  const evidence = { dimension: change.dimension, from, to: change.value, atomsVersion };
  if (open && from === change.value) {
    await decideAmendment({ tx, userId, id: open.id, status: "dismissed" });
    return;
  }
  const text = amendmentForChange(change, before);
  if (open) await updateProposedAmendment({ tx, userId, id: open.id, text, evidence });
  else await insertAmendment({ tx, userId, text, source: "nudge", evidence });
}

/** Saves "about me": mirrored like a control change (re-emitted unless pinned), plus an `about_me` signal. */
export async function saveAboutMe(ctx: WriterContext, aboutMe: string): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      const atomsRow = requireOnboarded(snap);
      if (atomsRow.aboutMe === aboutMe) return { skip: { notice: "“About me” is already saved." } };
      const atoms = { values: atomsOf(atomsRow), aboutMe };
      const signal = async (tx: Tx) => appendSignals({ tx, userId: ctx.userId, signals: [{ source: "about_me" }] });
      const decision = decide({ type: "about-me" }, provenanceState(snap));
      if (decision.kind !== "write") {
        return {
          write: {
            atoms,
            also: async (tx) => {
              await signal(tx);
              return {
                notice:
                  "Saved. Your paragraph is pinned, so it still reads as you wrote it; clear the pin to have it rewritten with this.",
              };
            },
          },
        };
      }
      return {
        write: {
          atoms,
          paragraph: paragraphFor(decision, REASONS.aboutMe),
          also: async (tx) => {
            await signal(tx);
            return { notice: "Saved, and your paragraph was rewritten with it." };
          },
        },
      };
    },
  });
  return value;
}
