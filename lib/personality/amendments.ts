/**
 * Amendments: one sentence that states a new preference, appended to a paragraph instead of rewriting it
 * (docs/design.md, L2 and L6). Worded so that readCues reads the new value from it, and since the last cue for a
 * dimension wins, appending the sentence is enough to move that dimension.
 */
import { ORDINAL_ATOMS, applyChange, type AtomChange, type Atoms, type OrdinalDim } from "./atoms";
import { address, phrasesFor, type PhraseSet } from "./verbalizer/phrases";
import { normalizeSentence } from "./verbalizer/text";

/** docs/design.md, L6: an amendment is one sentence of at most 200 characters. */
export const MAX_AMENDMENT_CHARS = 200;

function ordinalSentence(phrases: PhraseSet, dim: OrdinalDim, index: number): string {
  const options = ORDINAL_ATOMS[dim];
  const option = options[Math.min(options.length - 1, Math.max(0, Math.round(index)))]!;
  return (phrases.amendments[dim] as Record<string, string>)[option]!;
}

/**
 * The sentence that describes `change` for a paragraph written from `atoms` (the atoms before the change). It is
 * in the paragraph's language (atoms.language; English for languages without their own prose) and in the
 * address that goes with the tone after the change, so a tone change to "warm" in German already says "du".
 * A language change is announced in the old language: "Always reply in Spanish from now on."
 */
export function amendmentForChange(change: AtomChange, atoms: Atoms): string {
  const phrases = phrasesFor(atoms.language);
  const register = phrases.register(applyChange(atoms, change).tone);
  const sentence =
    change.dimension === "language"
      ? phrases.amendments.language(phrases.languageNames[change.value])
      : change.dimension === "domain"
        ? phrases.amendments.domain[change.value]
        : ordinalSentence(phrases, change.dimension, change.value);
  return address(sentence, register);
}

/**
 * `text` with `sentence` appended after a single space (a period is added if the text ends without one).
 * Appending the sentence the text already ends with changes nothing, so a double-clicked Accept is harmless.
 *
 * The result may reach 300 words: the user accepted this sentence explicitly, and dropping it, or cutting their
 * pinned text to make room, would overrule them. Callers show the word count (countWords) so the user can trim.
 */
export function appendAmendment(text: string, sentence: string): string {
  const addition = normalizeSentence(sentence);
  const base = text.trim();
  if (!addition) return base;
  if (!base) return addition;
  if (base.endsWith(addition)) return base;
  const closed = /[.!?…。！？]["'”»“)]?$/u.test(base) ? base : `${base}.`;
  return `${closed} ${addition}`;
}
