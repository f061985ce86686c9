/**
 * Pure helpers of the mirror (docs/design.md, "The mirror"): the paragraph's bounds, the
 * reason each history row records, and the invariant every write must keep. No database, no framework.
 */
import { DIMENSION_LABELS, LANGUAGE_NAMES, isOrdinal, type Atoms, type Dimension, type Language } from "./atoms";
import { MAX_AMENDMENT_CHARS } from "./amendments";
import { MAX_PARAGRAPH_WORDS, countWords } from "./verbalizer";

export { MAX_PARAGRAPH_WORDS, countWords };

/** A guard against pasted walls of text made of very long "words". */
export const PARAGRAPH_MAX_CHARS = 3000;

/** "Second person, under 300 words" (docs/design.md, L5) holds for the user's own text too. */
export function paragraphProblem(text: string): string | null {
  if (!text.trim()) return "Your paragraph is empty. Write something, or cancel to keep the current one.";
  if (countWords(text) >= MAX_PARAGRAPH_WORDS) return `Your paragraph must stay under ${MAX_PARAGRAPH_WORDS} words.`;
  if (text.length > PARAGRAPH_MAX_CHARS) {
    return `Your paragraph can be at most ${PARAGRAPH_MAX_CHARS.toLocaleString("en-US")} characters.`;
  }
  return null;
}

/** The value of an atom as the UI and the reasons name it ("detailed", "Spanish", "life-sciences"). */
export function optionName(dim: Dimension, value: Atoms[Dimension]): string {
  if (dim === "language") return LANGUAGE_NAMES[value as Language];
  return String(value);
}

/** Why a version of the paragraph was written: short, stable phrases the history list shows as "why: …". */
export const REASONS = {
  onboarding: "onboarding",
  control: (dim: Dimension, label: string) => `control: ${DIMENSION_LABELS[dim].toLowerCase()} → ${label}`,
  aboutMe: "about me",
  saved: "saved by you",
  pinCleared: "pin cleared",
  regenerated: "regenerated",
  amendmentAccepted: "amendment accepted",
  reverted: (version: number) => `reverted to v${version}`,
} as const;

/** The label of an atom's value for a reason line: ordinal index → option name. */
export function changeLabel(dim: Dimension, value: Atoms[Dimension], options: readonly string[]): string {
  return isOrdinal(dim) ? (options[value as number] ?? String(value)) : optionName(dim, value);
}

/**
 * One sentence: a single terminal mark (. ! ? …), at the very end, or none at all. Abbreviations with inner
 * periods ("e.g.") are allowed when no space-and-capital follows them, the usual start of a second sentence.
 */
export function isOneSentence(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/[\r\n]/.test(t)) return false;
  return !/[.!?…]["'”’)]*\s+["'“‘(]*[A-Z0-9À-Ý]/.test(t);
}

/** An amendment sentence the user edited before accepting: not empty, one sentence, ≤ MAX_AMENDMENT_CHARS. */
export function amendmentProblem(sentence: string): string | null {
  const s = sentence.trim();
  if (!s) return "The sentence is empty. Write one sentence, or dismiss the suggestion.";
  if (s.length > MAX_AMENDMENT_CHARS) return `Keep the sentence to ${MAX_AMENDMENT_CHARS} characters or fewer.`;
  if (!isOneSentence(s)) return "Keep it to one sentence.";
  return null;
}

export type MirrorState = {
  atomsVersion: number;
  summary: { provenance: string; atomsVersion: number | null; text: string } | null;
};

/**
 * The mirror invariant: a paragraph the automation owns (onboarding, evolved) was verbalized from exactly
 * the atoms version stored beside it. A pinned (user) paragraph is exempt; it is the user's own text.
 */
export function mirrorHolds(state: MirrorState, expectedText?: string): boolean {
  const s = state.summary;
  if (!s || s.provenance === "empty" || s.provenance === "user") return true;
  if (s.atomsVersion !== state.atomsVersion) return false;
  return expectedText === undefined || expectedText === s.text;
}
