/**
 * The offline verbalizer (docs/design.md, L5): deterministic, template-based prose in the user's language, used when
 * no model is configured and as the fallback when the model call fails. The paragraph's own reading level
 * follows `density`: plain short sentences for "plain", longer compound ones for "expert".
 */
import { CATEGORICAL_ATOMS, ORDINAL_ATOMS, type Atoms, type Dimension, type OrdinalDim } from "../atoms";
import { applyCues, readCues } from "../paragraph-reader";
import { address, phrasesFor, type Clause, type OptionOf, type PhraseSet, type Register } from "./phrases";
import { MAX_PARAGRAPH_WORDS, countWords, excerpt, normalizeSentence } from "./text";

export type VerbalizerInput = { atoms: Atoms; aboutMe: string; amendments: readonly string[] };

/** The about-me is quoted, not paraphrased: at most this much of it, its first sentences when they fit. */
export const ABOUT_ME_EXCERPT_WORDS = 45;
export const ABOUT_ME_EXCERPT_CHARS = 320;
/** Less room than this and the quote is left out rather than cut to a fragment. */
const ABOUT_ME_MIN_WORDS = 6;

type Layout = { wording: keyof Clause; groups: readonly (readonly Dimension[])[] };

const SINGLES = [["level"], ["domain"], ["tone"], ["length"], ["density"], ["mathComfort"], ["language"]] as const;
const PAIRS = [["level", "domain"], ["tone", "length"], ["density", "mathComfort"], ["language"]] as const;
/**
 * Words per sentence come out near 7 · 14 · 20 · 30 for plain · moderate · dense · expert, close to the anchors
 * features.ts measures density by, so the paragraph reads at the level it asks for.
 */
const LAYOUTS: Record<OptionOf<"density">, Layout> = {
  plain: { wording: "plain", groups: SINGLES },
  moderate: { wording: "plain", groups: PAIRS },
  dense: { wording: "rich", groups: SINGLES },
  expert: { wording: "rich", groups: PAIRS },
};
const WHO: readonly Dimension[] = ["level", "domain"];

/** The option at an index, clamped: a stored index out of range must not break the paragraph. */
function option<D extends OrdinalDim>(dim: D, index: number): OptionOf<D> {
  const options = ORDINAL_ATOMS[dim];
  return options[Math.min(options.length - 1, Math.max(0, Math.round(index)))] as OptionOf<D>;
}

function clause(dim: Dimension, atoms: Atoms, phrases: PhraseSet, wording: keyof Clause): string {
  switch (dim) {
    case "level":
      return phrases.level[option("level", atoms.level)][wording];
    case "domain":
      return phrases.domain[CATEGORICAL_ATOMS.domain.includes(atoms.domain) ? atoms.domain : "general"][wording];
    case "tone":
      return phrases.tone[option("tone", atoms.tone)][wording];
    case "length":
      return phrases.length[option("length", atoms.length)][wording];
    case "density":
      return phrases.density[option("density", atoms.density)];
    case "mathComfort":
      return phrases.mathComfort[option("mathComfort", atoms.mathComfort)][wording];
    case "language":
      return phrases.reply(phrases.languageNames[atoms.language] ?? phrases.languageNames.en);
  }
}

/** Clauses joined into one sentence: every period but the last goes, every clause but the first reads on. */
function sentence(clauses: string[], phrases: PhraseSet, joiner: string): string {
  const last = clauses.length - 1;
  return clauses
    .map((c, i) => (i === 0 ? c : phrases.lowerFirst(c)))
    .map((c, i) => (i < last ? c.replace(/\.$/, "") : c))
    .join(joiner);
}

/**
 * Amendments are kept in order, newest last (the cue reader lets the last statement win). Exact repeats keep
 * their last copy, and an amendment whose every cue is restated by a later one is dropped as superseded.
 */
function foldAmendments(amendments: readonly string[]): string[] {
  const list = amendments.map(normalizeSentence).filter(Boolean);
  const unique = list.filter((a, i) => list.findLastIndex((b) => b.toLowerCase() === a.toLowerCase()) === i);
  const dims = unique.map((a) => Object.keys(readCues(a)));
  return unique.filter((_, i) => {
    const mine = dims[i] ?? [];
    const later = new Set(dims.slice(i + 1).flat());
    return mine.length === 0 || mine.some((d) => !later.has(d));
  });
}

type Parts = { who: string[]; how: string[]; amendments: string[]; register: Register };

/**
 * The paragraph without the about-me. A dimension an amendment speaks to loses its base sentence (the amendment
 * is the newer word on it), and an amended density also sets the reading level.
 */
function compose(atoms: Atoms, phrases: PhraseSet, amendments: string[]): Parts {
  const cues = readCues(amendments.join(" "));
  const effective = { ...atoms, density: applyCues(atoms, { density: cues.density }).density };
  const layout = LAYOUTS[option("density", effective.density)];
  const register = phrases.register(effective.tone);
  const joiner = layout.wording === "plain" ? phrases.and : phrases.semicolon;
  const parts: Parts = { who: [], how: [], amendments, register };
  for (const group of layout.groups) {
    const dims = group.filter((d) => !(d in cues));
    if (dims.length === 0) continue;
    const text = sentence(
      dims.map((d) => address(clause(d, atoms, phrases, layout.wording), register)),
      phrases,
      joiner,
    );
    (WHO.includes(dims[0]!) ? parts.who : parts.how).push(text);
  }
  return parts;
}

const words = (parts: Parts) => countWords([...parts.who, ...parts.how, ...parts.amendments].join(" "));

function aboutMeSentence(aboutMe: string, phrases: PhraseSet, register: Register, room: number): string | undefined {
  const lead = address(phrases.aboutMe("\u0000"), register);
  const budget = Math.min(ABOUT_ME_EXCERPT_WORDS, room - countWords(lead.replace("\u0000", "")));
  if (budget < ABOUT_ME_MIN_WORDS) return undefined;
  const quoted = excerpt(aboutMe, budget, ABOUT_ME_EXCERPT_CHARS);
  return quoted ? lead.replace("\u0000", quoted) : undefined;
}

/**
 * The paragraph for a set of atoms, the about-me and the amendments to fold in: second person, in the atoms'
 * language (English asking for replies in that language when there is no prose for it), always under
 * MAX_PARAGRAPH_WORDS. When amendments would not fit, the oldest go first; the about-me quote gets what is left.
 */
export function verbalizeOffline({ atoms, aboutMe, amendments }: VerbalizerInput): string {
  const phrases = phrasesFor(atoms.language);
  let parts = compose(atoms, phrases, foldAmendments(amendments));
  while (parts.amendments.length > 0 && words(parts) >= MAX_PARAGRAPH_WORDS) {
    parts = compose(atoms, phrases, parts.amendments.slice(1));
  }
  const room = MAX_PARAGRAPH_WORDS - 1 - words(parts);
  const about = aboutMeSentence(aboutMe, phrases, parts.register, room);
  return [...parts.who, ...(about ? [about] : []), ...parts.how, ...parts.amendments].join(" ");
}
