/**
 * The wording the offline verbalizer writes (phrases-xx.ts) and the wording the cue reader understands
 * (lexicon-xx.ts), per language. Every phrase a PhraseSet writes for an option carries a marker that the
 * lexicons map back to exactly that option and to nothing else; cues.test.ts proves the round trip.
 */
import type { Domain, Language, ORDINAL_ATOMS, OrdinalDim } from "../atoms";
import { PHRASES_DE } from "./phrases-de";
import { PHRASES_EN } from "./phrases-en";
import { PHRASES_ES } from "./phrases-es";
import { PHRASES_FR } from "./phrases-fr";

export type OptionOf<D extends OrdinalDim> = (typeof ORDINAL_ATOMS)[D][number];

/**
 * One statement in two reading levels: `plain` (short sentence, common words) for plain and moderate
 * paragraphs, `rich` (longer, denser) for dense and expert ones.
 */
export type Clause = { plain: string; rich: string };

/**
 * How the paragraph addresses the reader: usted / vous / Sie, or tú / tu / du. Phrases write both forms as
 * `{formal|informal}`; English has a single form and never uses the braces.
 */
export type Register = "formal" | "informal";

export type PhraseSet = {
  /** The address that goes with a tone (option index): the paragraph models the register replies should use. */
  register: (tone: number) => Register;
  level: Record<OptionOf<"level">, Clause>;
  domain: Record<Domain, Clause>;
  tone: Record<OptionOf<"tone">, Clause>;
  length: Record<OptionOf<"length">, Clause>;
  /** One wording per option: each density option is only ever written at its own reading level. */
  density: Record<OptionOf<"density">, string>;
  mathComfort: Record<OptionOf<"mathComfort">, Clause>;
  /** Names of the reply languages in this language ("Spanish", "español", "espagnol", "Spanisch"). */
  languageNames: Record<Language, string>;
  /** The language sentence, given a name from `languageNames`. */
  reply: (languageName: string) => string;
  /** The about-me sentence around an excerpt that is already free of quotation marks. */
  aboutMe: (excerpt: string) => string;
  /** Joins two plain clauses into one sentence in moderate paragraphs (", and "). */
  and: string;
  /** Joins two rich clauses into one sentence in expert paragraphs ("; ", French "\u00a0; "). */
  semicolon: string;
  /** A clause's first word as it reads after a joiner (German keeps nouns and "Sie" capitalized). */
  lowerFirst: (clause: string) => string;
  /** One sentence per new option, for amendments (amendments.ts): "You now prefer …". */
  amendments: {
    tone: Record<OptionOf<"tone">, string>;
    length: Record<OptionOf<"length">, string>;
    density: Record<OptionOf<"density">, string>;
    mathComfort: Record<OptionOf<"mathComfort">, string>;
    level: Record<OptionOf<"level">, string>;
    domain: Record<Domain, string>;
    language: (languageName: string) => string;
  };
};

/**
 * What the cue reader understands: per dimension and option, phrases as regular-expression sources. They are
 * matched case- and accent-insensitively (ß = ss), on whole words (except CJK), so write them in lower case and
 * without accents need not be exact. Never use upper-case escapes (\S, \W): sources are lower-cased.
 */
export type CueLexicon = {
  [D in OrdinalDim]?: Partial<Record<OptionOf<D>, readonly string[]>>;
} & {
  domain?: Partial<Record<Domain, readonly string[]>>;
  language?: Partial<Record<Language, readonly string[]>>;
};

/** Languages with their own prose; the others are written in English that asks for replies in their language. */
export const PROSE_LANGUAGES = ["en", "es", "fr", "de"] as const satisfies readonly Language[];
export type ProseLanguage = (typeof PROSE_LANGUAGES)[number];

const SETS: Record<ProseLanguage, PhraseSet> = { en: PHRASES_EN, es: PHRASES_ES, fr: PHRASES_FR, de: PHRASES_DE };

export function proseLanguage(language: Language): ProseLanguage {
  return (PROSE_LANGUAGES as readonly Language[]).includes(language) ? (language as ProseLanguage) : "en";
}

export function phrasesFor(language: Language): PhraseSet {
  return SETS[proseLanguage(language)];
}

/** Picks the `{formal|informal}` alternatives of a phrase. */
export function address(text: string, register: Register): string {
  return text.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, formal: string, informal: string) =>
    register === "formal" ? formal : informal,
  );
}
