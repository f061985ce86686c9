import "server-only";
import { FOLDED_AMENDMENTS_MAX, decideAmendment, getAmendment } from "@/db/queries/amendments";
import { appendSignals } from "@/lib/profile/signal-writers";
import type { AmendmentRow } from "@/db/schema";
import type { Tx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { appendAmendment } from "@/lib/personality/amendments";
import { MAX_PARAGRAPH_WORDS, REASONS, amendmentProblem, paragraphProblem } from "@/lib/personality/paragraph-rules";
import type { WriterContext } from "./writer-context";
import { mirrorWrite } from "./mirror";
import { decide } from "@/lib/personality/provenance";
import { paragraphFor, provenanceState, requireOnboarded, type WriteResult } from "./write-plan";

async function requireOpen(ctx: WriterContext, id: string): Promise<AmendmentRow> {
  const row = await getAmendment({ db: ctx.db, userId: ctx.userId, id });
  if (!row) throw new AppError("not_found:amendment", "That suggestion does not exist (or is not yours).");
  if (row.status !== "proposed") throw new AppError("conflict:amendment", `That suggestion was already ${row.status}.`);
  return row;
}

/** Marks the proposal decided inside the paragraph's transaction; a second tab that got there first aborts it. */
async function decideOrAbort(tx: Tx, userId: string, id: string, status: "accepted" | "folded", text: string) {
  const row = await decideAmendment({ tx, userId, id, status, text });
  if (!row) throw new AppError("conflict:amendment", "That suggestion was decided in another tab. Nothing was changed.");
}

/**
 * Accept (optionally with the user's edited sentence). Pinned: the sentence is appended to the user's text,
 * which stays pinned. Not pinned: the amendment is folded into a paragraph re-emitted from the atoms
 * (`evolved`); a control-change proposal needs no rewrite there, since the atoms already carry it.
 */
export async function acceptAmendment(ctx: WriterContext, input: { id: string; text?: string }): Promise<WriteResult> {
  const proposal = await requireOpen(ctx, input.id);
  const sentence = (input.text ?? proposal.text).trim();
  const problem = amendmentProblem(sentence);
  if (problem) throw new AppError("bad_request:amendment", problem);
  const { value } = await mirrorWrite<WriteResult>({
    ...ctx,
    decide: (snap) => {
      requireOnboarded(snap);
      const decision = decide({ type: "accept-amendment" }, provenanceState(snap));
      if (decision.kind === "write" && decision.text === "append-amendment") {
        const text = appendAmendment(snap.summary!.text, sentence);
        if (paragraphProblem(text)) {
          throw new AppError(
            "bad_request:amendment",
            `With this sentence your paragraph would no longer be under ${MAX_PARAGRAPH_WORDS} words. Shorten your paragraph or the sentence first.`,
          );
        }
        return {
          write: {
            paragraph: paragraphFor(decision, REASONS.amendmentAccepted, text),
            also: async (tx) => {
              await decideOrAbort(tx, ctx.userId, proposal.id, "accepted", sentence);
              return { notice: "Added to your paragraph. It is still pinned." };
            },
          },
        };
      }
      // Not pinned: re-emitted from the atoms with the amendment folded in. A control-change proposal is not
      // folded as text: the atoms already carry the change it describes.
      const accepted = { ...proposal, text: sentence, status: "folded" as const };
      const fold = proposal.source === "nudge" ? snap.folded : [...snap.folded, accepted].slice(-FOLDED_AMENDMENTS_MAX);
      const paragraph = paragraphFor(decision, REASONS.amendmentAccepted);
      return {
        write: {
          paragraph: paragraph && paragraph.from === "atoms" ? { ...paragraph, fold } : paragraph,
          also: async (tx) => {
            await decideOrAbort(tx, ctx.userId, proposal.id, "folded", sentence);
            return { notice: "Accepted: your paragraph was rewritten with it." };
          },
        },
      };
    },
  });
  return value;
}

/** Dismiss: the proposal is closed and a `skip` signal recorded, in one transaction. The paragraph is untouched. */
export async function dismissAmendment(ctx: WriterContext, input: { id: string }): Promise<WriteResult> {
  await requireOpen(ctx, input.id);
  await ctx.db.transaction(async (tx) => {
    const row = await decideAmendment({ tx, userId: ctx.userId, id: input.id, status: "dismissed" });
    if (!row) throw new AppError("conflict:amendment", "That suggestion was decided in another tab. Nothing was changed.");
    await appendSignals({ tx, userId: ctx.userId, signals: [{ source: "skip" }] });
  });
  return { notice: "Dismissed. Your paragraph was left as it is." };
}
