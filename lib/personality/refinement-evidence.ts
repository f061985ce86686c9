/**
 * What a refinement check records (refinement_check.evidence) and what its amendment carries
 * (amendment.evidence): the seed and sample, each sampled response with its thumb and the prediction, and the
 * moves the sentence states. Excerpts are stored, not only response ids, so the evidence still reads the same
 * after a conversation (and its responses) is deleted. Pure and small: the banner imports it on the client.
 */
import type { JudgedDim, RefinementMove, Thumb, Verdict } from "./refinement";

export type SampledEvidence = {
  responseId: string;
  surface: string;
  /** A gateway reply: the app that asked (its key's name). */
  app?: string;
  /** The question, clipped (EXCERPT.prompt). */
  prompt: string;
  /** The reply, clipped (EXCERPT.reply). */
  excerpt: string;
  thumb: Thumb;
  /** What the paragraph predicted; absent when the judge failed. */
  prediction?: Verdict;
  correct?: boolean;
  /** Dimensions on which the reply's measured features are outside the paragraph's tolerance. */
  mismatches: JudgedDim[];
};

export type RefinementEvidence = {
  checkId: string;
  seed: number;
  summaryVersion: number;
  judge: "offline" | "model";
  /** Thumbed responses among the newest REFINEMENT.window. */
  thumbed: number;
  sampled: SampledEvidence[];
  wrong: number;
  /** The moves the amendment states (diverged checks with a sentence). */
  moves?: Pick<RefinementMove, "dimension" | "from" | "value">[];
};

export const EXCERPT = { prompt: 120, reply: 280 } as const;

/** The first `max` characters of a text on one line, cut at a word where possible. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The evidence of a refinement amendment or check as stored (jsonb), or null when it is not one. */
export function refinementEvidenceOf(value: Record<string, unknown>): RefinementEvidence | null {
  const e = value as Partial<RefinementEvidence>;
  if (typeof e.checkId !== "string" || !Array.isArray(e.sampled)) return null;
  return {
    checkId: e.checkId,
    seed: e.seed ?? 0,
    summaryVersion: e.summaryVersion ?? 0,
    judge: e.judge === "model" ? "model" : "offline",
    thumbed: e.thumbed ?? e.sampled.length,
    sampled: e.sampled,
    wrong: e.wrong ?? 0,
    ...(e.moves ? { moves: e.moves } : {}),
  };
}
