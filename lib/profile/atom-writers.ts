import "server-only";
import { atomsOf } from "@/db/queries/profile";
import type { NewSignal } from "@/db/queries/signals";
import type { WritePlan } from "@/db/queries/write-plan";
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
import { mirrorWrite, type Snapshot } from "./mirror";
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
 * Either way a `nudge` signal and its stat row — all of it one planned write (one statement).
 */
export async function nudgeAtom(ctx: WriterContext, change: AtomChange): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    statDims: [change.dimension],
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
            rest: {
              signals,
              proposal: proposalForChange(snap, before, change, atomsRow.version + 1),
              result: {
                notice: `${DIMENSION_LABELS[change.dimension]} is now ${label}. Your pinned paragraph was left as you wrote it; a suggested sentence to add is waiting above the paragraph.`,
              },
            },
          },
        };
      }
      return {
        write: {
          atoms: { values: after, aboutMe: atomsRow.aboutMe },
          paragraph: paragraphFor(decision, REASONS.control(change.dimension, label)),
          rest: {
            signals,
            // Setting a drifting control by hand settles its drift: a later sweep must not overrule the user.
            resolveStaleDims: snap.summary?.staleDims.includes(change.dimension) ? [change.dimension] : undefined,
            result: { notice: null },
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
function proposalForChange(
  snap: Snapshot,
  before: Atoms,
  change: AtomChange,
  atomsVersion: number,
): NonNullable<WritePlan["proposal"]> {
  const open = snap.nudgeProposals.find((a) => (a.evidence as { dimension?: string }).dimension === change.dimension);
  const from = open ? (open.evidence as { from: Atoms[typeof change.dimension] }).from : before[change.dimension];
  if (open && from === change.value) return { kind: "dismiss", id: open.id };
  const evidence = { dimension: change.dimension, from, to: change.value, atomsVersion };
  const text = amendmentForChange(change, before);
  return open ? { kind: "update", id: open.id, text, evidence } : { kind: "insert", text, evidence };
}

/** Saves "about me": mirrored like a control change (re-emitted unless pinned), plus an `about_me` signal. */
export async function saveAboutMe(ctx: WriterContext, aboutMe: string): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      const atomsRow = requireOnboarded(snap);
      if (atomsRow.aboutMe === aboutMe) return { skip: { notice: "“About me” is already saved." } };
      const atoms = { values: atomsOf(atomsRow), aboutMe };
      const signals: NewSignal[] = [{ source: "about_me" }];
      const decision = decide({ type: "about-me" }, provenanceState(snap));
      if (decision.kind !== "write") {
        return {
          write: {
            atoms,
            rest: {
              signals,
              result: {
                notice:
                  "Saved. Your paragraph is pinned, so it still reads as you wrote it; clear the pin to have it rewritten with this.",
              },
            },
          },
        };
      }
      return {
        write: {
          atoms,
          paragraph: paragraphFor(decision, REASONS.aboutMe),
          rest: { signals, result: { notice: "Saved, and your paragraph was rewritten with it." } },
        },
      };
    },
  });
  return value;
}
