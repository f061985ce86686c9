import "server-only";
import { z } from "zod";
import type { Verdict } from "@/lib/personality/refinement";
import { generateObjectWithFastModel } from "@/lib/ai/harness";

/**
 * The refinement loop's model judge (docs/design.md, L6): from the paragraph alone, would this reader approve or reject
 * each reply? One fast-model call through the harness with a zod-validated structured answer. A malformed,
 * incomplete or over-long answer is rejected by the schema and asked for once more; a second failure is a
 * failed check (the caller records the reason and writes nothing to the paragraph).
 */

export const JUDGE_INSTRUCTIONS =
  "You predict a reader's feedback. You get a paragraph that describes the reader (their preferred tone, length, " +
  "density, depth, mathematics and language) and a few replies an assistant gave them, each labelled. For each " +
  'reply, predict from the paragraph alone whether this reader gave it a thumb up ("approve") or a thumb down ' +
  '("reject"). Judge how each reply is written for this reader, not whether its facts are right. Answer with one ' +
  "prediction per label, nothing else.";

/** Room for five short predictions; a model that writes more than this is cut off, and the schema rejects it. */
export const JUDGE_MAX_OUTPUT_TOKENS = 300;
export const JUDGE_TIMEOUT_MS = 15_000;
/** How much of each question and reply the judge reads: enough to tell length, tone and density apart. */
export const JUDGE_EXCERPT = { prompt: 300, reply: 2400 } as const;
/** Both attempts, then the check fails. */
export const JUDGE_ATTEMPTS = 2;

export type JudgeItem = { prompt: string; text: string };
export type ModelJudgement = { kind: "offline" } | { kind: "judged"; verdicts: Verdict[] } | { kind: "failed"; reason: string };

const labelOf = (i: number) => `r${i + 1}`;

export function judgeSchema(count: number) {
  const labels = Array.from({ length: count }, (_, i) => labelOf(i)) as [string, ...string[]];
  return z
    .object({
      predictions: z
        .array(z.object({ response: z.enum(labels), verdict: z.enum(["approve", "reject"]) }).strict())
        .length(count),
    })
    .strict();
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What the model reads: the paragraph, then each labelled reply with the question it answered. */
export function judgePrompt(paragraph: string, items: readonly JudgeItem[]): string {
  const replies = items.map(
    (item, i) =>
      `[${labelOf(i)}]\nQuestion: ${clip(item.prompt.trim(), JUDGE_EXCERPT.prompt)}\nReply:\n${clip(item.text.trim(), JUDGE_EXCERPT.reply)}`,
  );
  return `The paragraph that describes the reader:\n"""\n${paragraph.trim()}\n"""\n\n${replies.join("\n\n")}`;
}

/** Verdicts in the items' order; null when the labels are not each used exactly once. */
function inOrder(predictions: { response: string; verdict: Verdict }[], count: number): Verdict[] | null {
  const verdicts = new Map(predictions.map((p) => [p.response, p.verdict]));
  if (verdicts.size !== count) return null;
  return Array.from({ length: count }, (_, i) => verdicts.get(labelOf(i))!);
}

function reasonOf(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "AI_NoObjectGeneratedError" || name === "AI_TypeValidationError" || name === "AI_JSONParseError") {
    return "its answer did not match the expected form";
  }
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs / 1000} s`;
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}

/**
 * Predictions for `items` from `paragraph` by the configured fast model; `offline` when none is configured (the
 * caller uses the offline judge). Never throws: a second failure comes back as `failed` with its reason.
 */
export async function judgeWithModel({
  paragraph,
  items,
  timeoutMs = JUDGE_TIMEOUT_MS,
}: {
  paragraph: string;
  items: readonly JudgeItem[];
  timeoutMs?: number;
}): Promise<ModelJudgement> {
  const schema = judgeSchema(items.length);
  const prompt = judgePrompt(paragraph, items);
  const reasons: string[] = [];
  for (let attempt = 1; attempt <= JUDGE_ATTEMPTS; attempt++) {
    try {
      const answer = await generateObjectWithFastModel({
        instructions: JUDGE_INSTRUCTIONS,
        prompt,
        schema,
        maxOutputTokens: JUDGE_MAX_OUTPUT_TOKENS,
        timeoutMs,
      });
      if (answer === null) return { kind: "offline" };
      const verdicts = inOrder(answer.predictions, items.length);
      if (verdicts) return { kind: "judged", verdicts };
      reasons.push("its answer did not give exactly one prediction per reply");
    } catch (error) {
      reasons.push(reasonOf(error, timeoutMs));
    }
  }
  return { kind: "failed", reason: `The model judge failed twice: ${[...new Set(reasons)].join("; then ")}.` };
}
