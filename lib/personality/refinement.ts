/**
 * L6, the refinement loop (docs/design.md), as pure functions: which responses a check samples (seeded, recorded),
 * what the paragraph predicts for each (the offline judge), whether the thumbs diverge from those predictions,
 * the ONE sentence that amends the paragraph, and where that sentence goes by provenance. The database side is
 * lib/refinement/check.ts and lib/refinement/writers.ts; the model judge is lib/refinement/model-judge.ts.
 */
import { driftAmendment, type DriftMove } from "./evolution";
import { MAX_AMENDMENT_CHARS } from "./amendments";
import { DIMENSIONS, ORDINAL_ATOMS, ORDINAL_DIMS, snapOrdinal, type Atoms, type Language, type OrdinalDim } from "./atoms";
import { applyCues, cuesOf, readCues } from "./paragraph-reader";
import type { Features } from "./features";
import { decide, type ProvenanceState } from "./provenance";
import { mulberry32 } from "./simulate";

export const REFINEMENT = {
  /** A check is queued after every `every`-th stored AI response of an account. */
  every: 20,
  /** It looks at the last `window` responses… */
  window: 20,
  /** …samples `sample` of those that carry a thumb… */
  sample: 5,
  /** …and records "insufficient evidence" when fewer than `minThumbed` do. */
  minThumbed: 3,
  /** Wrong predictions (of those sampled) that make a divergence. */
  wrongToDiverge: 2,
} as const;

export type Thumb = "up" | "down";
export type Verdict = "approve" | "reject";
/** The dimensions the judge compares: the five ordinals and the language (see judgeOffline). */
export type JudgedDim = OrdinalDim | "language";

/**
 * How far (in option steps) a response's measured value may sit from the paragraph's target and still "match".
 * One step: the neighbouring option is a match (a "balanced" reply for a "brief" reader), two are not. Level gets
 * half a step more: it is measured from a jargon lexicon that knows only part of any field. Offline replies that
 * follow their paragraph measure more than one step off on level in over 10% of cases and more than 1.5 steps off
 * in about 1.5%; on the other dimensions, more than one step off in under 0.2% (docs/refinement.md, "Match").
 */
export const MATCH_TOLERANCE_STEPS: Record<OrdinalDim, number> = { tone: 1, length: 1, density: 1, mathComfort: 1, level: 1.5 };

/** Float noise must not turn an exact one-step difference into a mismatch. */
const EPSILON = 1e-9;

export function thumbOf(value: number | null | undefined): Thumb | null {
  if (value === 1) return "up";
  if (value === -1) return "down";
  return null;
}

export type Sampling<T> =
  | { kind: "insufficient"; thumbed: number }
  | { kind: "sampled"; thumbed: number; sample: T[] };

/**
 * Samples up to REFINEMENT.sample of the thumbed responses among the newest REFINEMENT.window (newest first in,
 * newest first out). The draw is a partial Fisher–Yates shuffle driven by mulberry32(seed), so a recorded seed
 * replays the same sample from the same rows. Fewer than REFINEMENT.minThumbed thumbed → insufficient.
 */
export function sampleThumbed<T extends { thumb: number | null }>(recent: readonly T[], seed: number): Sampling<T> {
  const thumbed = recent.slice(0, REFINEMENT.window).filter((r) => thumbOf(r.thumb) !== null);
  if (thumbed.length < REFINEMENT.minThumbed) return { kind: "insufficient", thumbed: thumbed.length };
  const rand = mulberry32(seed);
  const order = thumbed.map((_, i) => i);
  const size = Math.min(REFINEMENT.sample, order.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rand() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const picked = order.slice(0, size).sort((a, b) => a - b);
  return { kind: "sampled", thumbed: thumbed.length, sample: picked.map((i) => thumbed[i]!) };
}

/** What the paragraph asks for: ordinal values on the option scale, the language, and where each came from. */
export type Targets = {
  values: Record<OrdinalDim, number>;
  language: Language;
  /** "wording": the paragraph says it; "atoms": it says nothing, so the stored setting stands in. */
  source: Record<JudgedDim, "wording" | "atoms">;
};

/** Targets read from the paragraph's own wording (readCues), falling back to the atoms where it says nothing. */
export function paragraphTargets(paragraph: string, atoms: Atoms): Targets {
  const cues = readCues(paragraph);
  const fallback = cuesOf(atoms);
  const values = {} as Record<OrdinalDim, number>;
  const source = {} as Record<JudgedDim, "wording" | "atoms">;
  for (const dim of ORDINAL_DIMS) {
    values[dim] = cues[dim] ?? fallback[dim];
    source[dim] = cues[dim] === undefined ? "atoms" : "wording";
  }
  source.language = cues.language ? "wording" : "atoms";
  return { values, language: cues.language ?? atoms.language, source };
}

/** The atoms as the paragraph's wording states them: the base an amendment is phrased from (language, register). */
export function paragraphAtoms(paragraph: string, atoms: Atoms): Atoms {
  return applyCues(atoms, readCues(paragraph));
}

export function stepsApart(dim: OrdinalDim, a: number, b: number): number {
  return Math.abs(a - b) * (ORDINAL_ATOMS[dim].length - 1);
}

export type Judgement = {
  verdict: Verdict;
  /** Dimensions the response gave evidence on (measured), in display order. */
  compared: JudgedDim[];
  /** Of those, the ones outside the tolerance: why the verdict is reject. */
  mismatches: JudgedDim[];
};

/**
 * The offline judge. A response MATCHES the paragraph when, on every dimension it gives evidence on, its measured
 * value is within MATCH_TOLERANCE_STEPS of the target and its language (when measurable) is the paragraph's.
 * Match → the paragraph predicts a thumb up (approve); any mismatch → a thumb down (reject). A response with no
 * measurable evidence contradicts nothing: approve. Domain is not judged: the topic of a question is the
 * user's choice, not a register the paragraph sets (a newcomer in general may still ask about physics).
 */
export function judgeOffline(targets: Targets, features: Features): Judgement {
  const compared: JudgedDim[] = [];
  const mismatches: JudgedDim[] = [];
  for (const dim of ORDINAL_DIMS) {
    const measured = features[dim];
    if (measured === undefined) continue;
    compared.push(dim);
    if (stepsApart(dim, measured, targets.values[dim]) > MATCH_TOLERANCE_STEPS[dim] + EPSILON) mismatches.push(dim);
  }
  if (features.language) {
    compared.push("language");
    if (features.language !== targets.language) mismatches.push("language");
  }
  const order = (dims: JudgedDim[]) => DIMENSIONS.filter((d): d is JudgedDim => (dims as string[]).includes(d));
  return { verdict: mismatches.length > 0 ? "reject" : "approve", compared: order(compared), mismatches: order(mismatches) };
}

/** The verdict a thumb states: the prediction was right when they agree. */
export const verdictOfThumb = (thumb: Thumb): Verdict => (thumb === "up" ? "approve" : "reject");

export function countWrong(items: readonly { thumb: Thumb; verdict: Verdict }[]): number {
  return items.filter((i) => verdictOfThumb(i.thumb) !== i.verdict).length;
}

export const isDivergent = (wrong: number) => wrong >= REFINEMENT.wrongToDiverge;

/** One sampled response as the amendment sees it: the user's thumb, the prediction, the measured features. */
export type Scored = { thumb: Thumb; verdict: Verdict; features: Features };

export type RefinementMove =
  | { dimension: OrdinalDim; value: number; from: number; implied: number; support: number }
  | { dimension: "language"; value: Language; from: Language; implied: number; support: number };

/**
 * Where the wrong predictions point, dimension by dimension. Only wrong predictions count, and each implicates:
 * - predicted reject, thumbed up: the dimensions it mismatched on (the user liked what the paragraph rules out);
 * - predicted approve, thumbed down: every dimension it gave evidence on (nothing singles one out).
 * The implied value of a dimension is the mean thumb signal over the responses implicating it (docs/design.md,
 * Signals: up → the measured value, down → its reflection 1 − v; a language only from thumbs up). A move is made
 * where that value lies outside the match tolerance of the target, so the amended paragraph would have
 * predicted those thumbs. Ranked by how many wrong predictions implicate the dimension, then by distance.
 */
export function refinementMoves(targets: Targets, items: readonly Scored[]): RefinementMove[] {
  const wrong = items.filter((i) => verdictOfThumb(i.thumb) !== i.verdict);
  const ordinal = new Map<OrdinalDim, number[]>();
  const languages = new Map<Language, number>();
  for (const item of wrong) {
    const judged = judgeOffline(targets, item.features);
    const implicated = item.thumb === "up" ? judged.mismatches : judged.compared;
    for (const dim of implicated) {
      if (dim === "language") {
        if (item.thumb === "up" && item.features.language) languages.set(item.features.language, (languages.get(item.features.language) ?? 0) + 1);
        continue;
      }
      const v = item.features[dim]!;
      ordinal.set(dim, [...(ordinal.get(dim) ?? []), item.thumb === "up" ? v : 1 - v]);
    }
  }
  const moves: (RefinementMove & { distance: number })[] = [];
  for (const dim of ORDINAL_DIMS) {
    const values = ordinal.get(dim);
    if (!values) continue;
    const implied = values.reduce((a, b) => a + b, 0) / values.length;
    const distance = stepsApart(dim, implied, targets.values[dim]);
    if (distance <= MATCH_TOLERANCE_STEPS[dim] + EPSILON) continue;
    const value = snapOrdinal(dim, implied);
    moves.push({ dimension: dim, value, from: snapOrdinal(dim, targets.values[dim]), implied, support: values.length, distance });
  }
  const [language, support] = [...languages].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (language && support && language !== targets.language) {
    moves.push({ dimension: "language", value: language, from: targets.language, implied: 1, support, distance: Infinity });
  }
  return moves
    .sort((a, b) => b.support - a.support || b.distance - a.distance)
    .map(({ distance: _, ...move }) => move as RefinementMove);
}

/**
 * The ONE sentence (≤ MAX_AMENDMENT_CHARS) stating the strongest moves, in the paragraph's language and register
 * (phrased from `base`, the atoms as the wording states them), worded like every other amendment so the cue
 * reader reads the new values from it and, appended last, it wins. Weaker moves are left out when they do not
 * fit; null when there is nothing to state.
 */
export function refinementAmendment(base: Atoms, moves: readonly RefinementMove[]): { text: string; moves: RefinementMove[] } | null {
  for (let k = moves.length; k >= 1; k--) {
    const chosen = moves.slice(0, k);
    const asDrift = chosen.map((m) => ({ dimension: m.dimension, value: m.value, from: m.from, estimate: m.implied, confidence: m.support }) as DriftMove);
    const sentence = driftAmendment(base, asDrift);
    if (sentence.moves.length === k && sentence.text.length <= MAX_AMENDMENT_CHARS) {
      return { text: sentence.text, moves: DIMENSIONS.flatMap((d) => chosen.filter((m) => m.dimension === d)) };
    }
  }
  return null;
}

/**
 * Where a divergence goes (docs/design.md, L6), by the provenance guard's decision on "refinement-amendment":
 * `propose` a banner (pinned), `evolve-now` the first evolution (onboarding past the threshold), `fold-later`
 * (evolved, or onboarding short of the threshold: kept for the next re-emission), `none` (empty paragraph).
 */
export type RefinementRoute = "propose" | "evolve-now" | "fold-later" | "none";

export function routeRefinement(state: ProvenanceState): RefinementRoute {
  const decision = decide({ type: "refinement-amendment" }, state);
  switch (decision.kind) {
    case "propose-amendment":
      return "propose";
    case "write":
      return "evolve-now";
    case "fold-later":
      return "fold-later";
    default:
      return "none";
  }
}
