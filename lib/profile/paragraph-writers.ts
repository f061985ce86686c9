import "server-only";
import { getSummaryVersion } from "@/db/queries/profile";
import { AppError } from "@/lib/errors";
import { aboutMeSchema, atomsSchema } from "@/lib/personality/atoms";
import { REASONS, paragraphProblem } from "@/lib/personality/paragraph-rules";
import type { WriterContext } from "./writer-context";
import { mirrorWrite } from "./mirror";
import { decide } from "@/lib/personality/provenance";
import { paragraphFor, provenanceState, requireOnboarded, type WriteResult } from "./write-plan";

export const EDIT_CONFLICT_MESSAGE =
  "Your paragraph changed while you were editing it (in another tab, or by a control change), so your text was not saved. It is still in the editor: save again to replace the new version with it, or cancel to read the new version.";

/**
 * Save: the user's own text, pinned (`user`). Refused, not retried, when the paragraph changed after the user
 * started editing (`baseVersion`): silently overwriting a version they never saw would lose it.
 */
export async function saveParagraph(ctx: WriterContext, input: { text: string; baseVersion: number }): Promise<WriteResult> {
  const problem = paragraphProblem(input.text);
  if (problem) throw new AppError("bad_request:summary", problem);
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      requireOnboarded(snap);
      if ((snap.summary?.version ?? 0) !== input.baseVersion) throw new AppError("conflict:summary", EDIT_CONFLICT_MESSAGE);
      if (snap.summary?.provenance === "user" && snap.summary.text === input.text) {
        return { skip: { notice: "No changes to save." } };
      }
      // Blank text never gets here (paragraphProblem): an empty Save is refused, not turned into `empty`.
      const decision = decide({ type: "save", blank: false }, provenanceState(snap));
      return {
        write: {
          paragraph: paragraphFor(decision, REASONS.saved, input.text),
          also: async () => ({ notice: "Saved and pinned. Controls and feedback will no longer rewrite it." }),
        },
      };
    },
  });
  return value;
}

/** Clear pin: the paragraph is rewritten from the atoms and becomes `evolved` again. */
export async function clearPin(ctx: WriterContext): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      requireOnboarded(snap);
      const decision = decide({ type: "clear-pin" }, provenanceState(snap));
      if (decision.kind !== "write") return { skip: { notice: "Your paragraph is not pinned." } };
      return {
        write: {
          paragraph: paragraphFor(decision, REASONS.pinCleared),
          also: async () => ({ notice: "Pin cleared: the paragraph was rewritten from your settings." }),
        },
      };
    },
  });
  return value;
}

/**
 * Regenerate: rewrite from the atoms now (`evolved`). A pinned paragraph is only replaced when the user
 * confirmed; a result identical to the current text writes no new version.
 */
export async function regenerateParagraph(ctx: WriterContext, input: { confirmed: boolean }): Promise<WriteResult> {
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      requireOnboarded(snap);
      const decision = decide({ type: "regenerate", confirmed: input.confirmed }, provenanceState(snap));
      if (decision.kind === "confirm-first") {
        throw new AppError(
          "bad_request:summary",
          "Your paragraph is pinned. Confirm that you want to replace your own text with one written from your settings.",
        );
      }
      return {
        write: {
          paragraph: paragraphFor(decision, REASONS.regenerated),
          unchanged: { notice: "Regenerated: the paragraph already matches your settings, so nothing changed." },
          also: async () => ({ notice: "Regenerated from your settings." }),
        },
      };
    },
  });
  return value;
}

/**
 * Revert: an old version becomes the newest one. A pinned version comes back pinned. A version the system
 * wrote comes back together with the atoms and "about me" it was written from, so the restored paragraph
 * still mirrors the stored atoms (the invariant) and the controls show what it says.
 */
export async function revertToVersion(ctx: WriterContext, input: { version: number }): Promise<WriteResult> {
  const old = await getSummaryVersion({ db: ctx.db, userId: ctx.userId, version: input.version });
  if (!old) throw new AppError("not_found:summary", `There is no version ${input.version} of your paragraph.`);
  const reason = REASONS.reverted(old.version);
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      requireOnboarded(snap);
      if (snap.summary?.version === old.version) return { skip: { notice: "That is already the current version." } };
      if (old.provenance === "user") {
        return {
          write: {
            paragraph: { from: "text", text: old.text, provenance: "user", reason },
            also: async () => ({ notice: `Reverted to version ${old.version}; it is pinned, as it was.` }),
          },
        };
      }
      const { aboutMe, version: _v, ...atoms } = old.atoms;
      const parsed = atomsSchema.safeParse(atoms);
      const about = aboutMeSchema.safeParse(aboutMe ?? "");
      if (!parsed.success || !about.success) {
        throw new AppError("bad_request:summary", `Version ${old.version} was written from settings that no longer exist.`);
      }
      return {
        write: {
          atoms: { values: parsed.data, aboutMe: about.data },
          paragraph: { from: "restore", text: old.text, provenance: "evolved", reason },
          also: async () => ({
            notice: `Reverted to version ${old.version}, with the settings it was written from.`,
          }),
        },
      };
    },
  });
  return value;
}
