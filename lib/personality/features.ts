/**
 * Measured features of an AI response (docs/design.md, "Signals"): what a thumb on that response says about each
 * dimension. Pure: text in, values out. Ordinals are on the option-value scale of atoms.ts
 * (index / (options − 1)), so a reply a reader would call "detailed" measures ≈ 2/3. A dimension the text gives
 * no evidence on is absent from the result, and then a thumb emits nothing for it.
 */
import {
  CATEGORICAL_DIMS,
  ORDINAL_DIMS,
  categoryIndex,
  type CategoricalDim,
  type Domain,
  type Language,
  type OrdinalDim,
} from "./atoms";
import {
  DOMAIN_LEXICON,
  FORMAL_MARKERS,
  GENERAL_TECH_TERMS,
  NO_MATH_MARKERS,
  PLAYFUL_MARKERS,
  STOPWORDS,
  WARM_MARKERS,
  compileLexicon,
  countHits,
  isHit,
  lexiconWords,
  type LexiconWords,
} from "./features-lexicon";

export type Features = Partial<{
  tone: number;
  length: number;
  density: number;
  mathComfort: number;
  level: number;
  domain: Domain;
  language: Language;
}>;

export type ThumbSignal = { dimension: OrdinalDim; value: number } | { dimension: CategoricalDim; category: number };

/** Word counts a reader calls brief · balanced · detailed · exhaustive; option boundaries fall halfway between. */
export const LENGTH_WORD_ANCHORS = [30, 90, 200, 400] as const;
/** Chinese and Japanese run without spaces; about two characters make one English-sized word. */
export const CJK_CHARS_PER_WORD = 2;
/** Words per sentence of plain · moderate · dense · expert prose (children's books ≈ 8, academic prose ≈ 30). */
export const WORDS_PER_SENTENCE_ANCHORS = [8, 14, 21, 30] as const;
/**
 * Share of long words in plain · moderate · dense · expert prose (children's books ≈ 0.14, news ≈ 0.23,
 * academic prose ≈ 0.38); averaged with the sentence length above.
 */
export const LONG_WORD_SHARE_ANCHORS = [0.14, 0.23, 0.31, 0.38] as const;
/**
 * Letters that make a word "long": one more in the Romance languages and German, whose average word is about a
 * letter longer than English, so the same register measures alike. (Chinese and Japanese: sentence length only.)
 */
export const LONG_WORD_MIN_LETTERS: Record<Language, number> = { en: 7, es: 8, fr: 8, pt: 8, it: 8, de: 8, zh: 99, ja: 99 };
/** Shorter segments (titles, "Yes.", a formula on its own line) say nothing about sentence length. */
export const MIN_SENTENCE_WORDS = 3;
/** A segment at least this share math tokens is a displayed formula, not prose, and is left out of density. */
export const FORMULA_SEGMENT_MATH_SHARE = 0.3;
/** Below these word counts the text is too short to judge density, tone, level (a "Sure." reply). */
export const MIN_WORDS = { density: 12, tone: 12, level: 25, math: 5 } as const;
/**
 * Math-token share where a reply reads light · comfortable · fluent. Any math at all is at least "light";
 * a reply with none is "avoid" only when it says so ("no formulas needed"), otherwise it is no evidence:
 * most questions (cooking, history) need no math whatever the reader's comfort.
 */
export const MATH_SHARE_ANCHORS = [0.02, 0.06, 0.12] as const;
/**
 * Marker rates per sentence at which a text reads fully formal / warm, and the playful rate (exclamations,
 * emoji, playful phrases) at which playfulness starts and saturates. One marker every two or three sentences is
 * what a reader notices; a single "!" in a long reply is not enough to call it playful.
 */
export const TONE_RATES = { formalFull: 0.4, warmFull: 0.5, playfulStart: 0.1, playfulFull: 0.4 } as const;
/**
 * Share of technical terms (jargon, acronyms) of newcomer · student · practitioner · expert text. The lexicon
 * knows only part of any field's jargon, so these sit below the true share an expert text has.
 */
export const TECH_SHARE_ANCHORS = [0.004, 0.015, 0.03, 0.055] as const;
/** A domain needs a few keyword hits, a minimum share, and a clear lead over the runner-up. */
export const DOMAIN_EVIDENCE = { minHits: 2, minShare: 0.01, margin: 1.5 } as const;
/**
 * Stopword hits the winning language needs, and its lead over the runner-up (es/pt and fr/it share many
 * function words). Chinese/Japanese are told by script: CJK share of letters, and kana for Japanese.
 */
export const LANGUAGE_EVIDENCE = { minHits: 3, margin: 1.3, cjkShare: 0.3, cjkMinChars: 6, kanaShareForJa: 0.05 } as const;

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER_RE = /\p{L}/gu;
const FENCED_CODE_RE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm;
/** `$$…$$` and `$…$` spans as Markdown writes math. */
const MATH_SPAN_RE = /\$\$[\s\S]+?\$\$|\$[^$\n]+\$/g;
const SEGMENT_SPLIT_RE = /\n+|(?<=[.!?…])\s+|(?<=[。！？])/u;
/** Operators, relations and math-only symbols: a token with one of these is math on its own. */
const MATH_SYMBOL_RE = /[=+×÷^²³√∑∫∂∞≈≠≤≥±−·′∆Δπσμλθ∇⇒∝∈ⁿ₀₁₂]|\\(?:frac|sum|int|sqrt)/u;
const FUNCTION_RE = /^[\p{L}]{1,3}\([^)\s]{1,12}\)/u;
const COEFFICIENT_RE = /^\d+[a-z]$/;
/** Operands that belong to a formula when they stand next to math: numbers, single-letter variables, "mod". */
const OPERAND_RE = /^(?:\d+(?:[.,]\d+)?|\p{L}|…|mod|log|ln|sin|cos|exp|lim|max|min|dx|dt)$/u;
const ACRONYM_RE = /^[A-Z]{2,5}s?$/;
const NOT_ACRONYMS = new Set(["OK", "TV", "AM", "PM", "US", "UK", "EU", "UN"]);

const domainLexicons = Object.entries(DOMAIN_LEXICON).map(([domain, lex]) => ({
  domain: domain as Domain,
  lexicon: compileLexicon(`${lex.words} ${lex.tech}`),
}));
const techLexicon = compileLexicon([GENERAL_TECH_TERMS, ...Object.values(DOMAIN_LEXICON).map((d) => d.tech)].join(" "));
const stopwordLexicons = Object.entries(STOPWORDS).map(([lang, list]) => [lang, compileLexicon(list, { plurals: false })] as const);
const formal = compileLexicon(FORMAL_MARKERS);
const warm = compileLexicon(WARM_MARKERS);
const playful = compileLexicon(PLAYFUL_MARKERS);
const noMath = compileLexicon(NO_MATH_MARKERS);
const CONTRACTION_RE = /^(?:\p{L}+n['’]t|\p{L}+['’](?:re|ve|ll|m|d)|(?:it|that|there|here|what|let|who|he|she)['’]s)$/u;

/** Piecewise-linear map of x onto 0 … 1 through evenly spaced anchors (clamped at both ends). */
function ramp(x: number, anchors: readonly number[]): number {
  const last = anchors.length - 1;
  if (x <= anchors[0]!) return 0;
  if (x >= anchors[last]!) return 1;
  let i = 0;
  while (x > anchors[i + 1]!) i++;
  return (i + (x - anchors[i]!) / (anchors[i + 1]! - anchors[i]!)) / last;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const wordsOf = (text: string) =>
  (text.replace(CJK_RE, " ").match(WORD_RE) ?? []).map((w) => (w.includes("’") ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase()));
const unitsOf = (text: string, words: readonly string[]) => words.length + count(text, CJK_RE) / CJK_CHARS_PER_WORD;
/** A segment (a sentence, a line) with its words, counted once for every measure that reads it. */
type Segment = { s: string; words: string[]; units: number };
const segmentOf = (s: string): Segment => {
  const words = wordsOf(s);
  return { s, words, units: unitsOf(s, words) };
};

const stripPunctuation = (raw: string) => raw.replace(/^[("'“«[]+|[)"'”».,;:!?\]]+$/g, "");

/**
 * Math tokens are the tokens of formula spans: runs of symbols and operands that contain at least one symbol,
 * so "h(k) = k mod m" is five math tokens and the "a" of ordinary prose is none.
 */
function mathShare(text: string, units: number): { math: number; share: number } {
  const tokens = text.split(/\s+/).filter(Boolean);
  let math = 0;
  let span = 0;
  let symbolic = false;
  const flush = () => {
    if (symbolic) math += span;
    [span, symbolic] = [0, false];
  };
  for (const raw of tokens) {
    const token = stripPunctuation(raw) || raw;
    if (MATH_SYMBOL_RE.test(token) || FUNCTION_RE.test(raw) || FUNCTION_RE.test(token) || COEFFICIENT_RE.test(token)) [span, symbolic] = [span + 1, true];
    else if (OPERAND_RE.test(token)) span++;
    else flush();
    if (/[,;:.!?]$/.test(raw)) flush();
  }
  flush();
  return { math, share: math / Math.max(1, tokens.length, units) };
}

type LanguageEvidence = { cjk: number; kana: number; letters: number; hits: Map<string, number> };

/**
 * A function word of several languages ("a", "do", "de", "la") is weak evidence for each: it counts 1/k for each
 * of its k languages. Counted whole, "How do I rebuild a carburetor on a motorcycle?" was Portuguese on "do" and
 * two "a"s; now English wins on "how", "I" and "on", words of its own.
 */
function languageEvidence(text: string, words: readonly string[] = wordsOf(text)): LanguageEvidence {
  const hits = new Map<string, number>(stopwordLexicons.map(([lang]) => [lang, 0]));
  const prepared = lexiconWords(words);
  const langs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    langs.length = 0;
    for (const [lang, lex] of stopwordLexicons) if (isHit(prepared, i, lex)) langs.push(lang);
    for (const lang of langs) hits.set(lang, hits.get(lang)! + 1 / langs.length);
  }
  return { cjk: count(text, CJK_RE), kana: count(text, KANA_RE), letters: count(text, LETTER_RE), hits };
}

function decideLanguage({ cjk, kana, letters, hits }: LanguageEvidence): Language | undefined {
  if (cjk >= LANGUAGE_EVIDENCE.cjkMinChars && cjk / Math.max(1, letters) >= LANGUAGE_EVIDENCE.cjkShare) {
    return kana / cjk >= LANGUAGE_EVIDENCE.kanaShareForJa ? "ja" : "zh";
  }
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < LANGUAGE_EVIDENCE.minHits) return undefined;
  if (second && best[1] < LANGUAGE_EVIDENCE.margin * second[1]) return undefined;
  return best[0] as Language;
}

/** The language of a text by stopwords (or script), or undefined when the evidence is thin or split. */
export function detectLanguage(text: string): Language | undefined {
  return decideLanguage(languageEvidence(text));
}

/** A reply whose first paragraph and remainder are confidently in different languages is mixed: no evidence. */
function measureLanguage(text: string, words: readonly string[]): Language | undefined {
  const cut = text.search(/\n\s*\n/);
  if (cut < 0) return decideLanguage(languageEvidence(text, words));
  const first = languageEvidence(text.slice(0, cut));
  const rest = languageEvidence(text.slice(cut));
  const [a, b] = [decideLanguage(first), decideLanguage(rest)];
  if (a && b && a !== b) return undefined;
  return decideLanguage({
    cjk: first.cjk + rest.cjk,
    kana: first.kana + rest.kana,
    letters: first.letters + rest.letters,
    hits: new Map([...first.hits].map(([lang, n]) => [lang, n + (rest.hits.get(lang) ?? 0)])),
  });
}

function measureDensity(segments: Segment[], language: Language | undefined): number | undefined {
  const prose = segments.filter(({ s, units }) => units >= MIN_SENTENCE_WORDS && mathShare(s, units).share < FORMULA_SEGMENT_MATH_SHARE);
  const units = prose.reduce((sum, p) => sum + p.units, 0);
  if (prose.length === 0 || units < MIN_WORDS.density) return undefined;
  const sentenceScore = ramp(units / prose.length, WORDS_PER_SENTENCE_ANCHORS);
  const latin = prose.flatMap((p) => p.words);
  const cjkHeavy = language === "zh" || language === "ja";
  if (cjkHeavy || latin.length === 0) return sentenceScore;
  const minLetters = LONG_WORD_MIN_LETTERS[language ?? "en"];
  // A word of fewer code units than minLetters cannot have that many letters: no need to count them.
  const long = latin.filter((w) => w.length >= minLetters && count(w, LETTER_RE) >= minLetters).length;
  return (sentenceScore + ramp(long / latin.length, LONG_WORD_SHARE_ANCHORS)) / 2;
}

function measureMath(text: string, words: LexiconWords, units: number): number | undefined {
  if (units < MIN_WORDS.math) return undefined;
  const { math, share } = mathShare(text, units);
  if (math === 0) return countHits(words, noMath, text) > 0 ? 0 : undefined;
  if (share <= MATH_SHARE_ANCHORS[0]) return 1 / 3;
  return 1 / 3 + (2 / 3) * ramp(share, MATH_SHARE_ANCHORS);
}

function measureTone(text: string, words: LexiconWords, sentences: number): number {
  const per = (n: number) => n / Math.max(1, sentences);
  const contractions = words.words.filter((w) => CONTRACTION_RE.test(w)).length;
  const f = per(countHits(words, formal, text));
  const w = per(countHits(words, warm, text) + contractions);
  const p = per(count(text, /[!！]+/g) + count(text, /\p{Extended_Pictographic}/gu) + countHits(words, playful, text));
  const base = 1 / 3 - Math.min(1, f / TONE_RATES.formalFull) / 3 + Math.min(1, w / TONE_RATES.warmFull) / 3;
  const play = Math.min(1, Math.max(0, (p - TONE_RATES.playfulStart) / (TONE_RATES.playfulFull - TONE_RATES.playfulStart)));
  return Math.min(1, Math.max(0, base + (1 - base) * play));
}

function measureLevel(text: string, words: LexiconWords, units: number): number | undefined {
  if (units < MIN_WORDS.level) return undefined;
  const jargon = countHits(words, techLexicon, text);
  const acronyms = (text.match(/\b[A-Z]{2,5}s?\b/g) ?? []).filter((a) => ACRONYM_RE.test(a) && !NOT_ACRONYMS.has(a)).length;
  return ramp((jargon + acronyms) / units, TECH_SHARE_ANCHORS);
}

function measureDomain(text: string, words: LexiconWords, units: number): Domain | undefined {
  const scored = domainLexicons
    .map(({ domain, lexicon }) => ({ domain, hits: countHits(words, lexicon, text) }))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scored;
  if (!best || best.hits < DOMAIN_EVIDENCE.minHits || best.hits / units < DOMAIN_EVIDENCE.minShare) return undefined;
  return second && best.hits < DOMAIN_EVIDENCE.margin * second.hits ? undefined : best.domain;
}

/** Running counts the offline writer steers by: the same units measureFeatures uses. */
export function textStats(text: string): { words: number; mathTokens: number; techTerms: number } {
  const words = wordsOf(text);
  const units = words.length + count(text, CJK_RE) / CJK_CHARS_PER_WORD;
  return { words: units, mathTokens: mathShare(text, units).math, techTerms: countHits(words, techLexicon, text) };
}

/**
 * Each text, segment and word list is split and counted once and shared by the measures (a thumb measures its
 * reply on the request path: bench #2).
 */
export function measureFeatures(text: string): Features {
  const list = wordsOf(text);
  const units = unitsOf(text, list);
  if (units === 0) return {};
  const words = lexiconWords(list);
  // Code is not prose: its lines say nothing about sentence length.
  const segments = text.replace(FENCED_CODE_RE, "\n").split(SEGMENT_SPLIT_RE).map(segmentOf).filter((s) => s.units > 0);
  const language = measureLanguage(text, list);
  const features: Features = { length: ramp(units, LENGTH_WORD_ANCHORS) };
  const density = measureDensity(segments, language);
  if (density !== undefined) features.density = density;
  const mathComfort = measureMath(text, words, units);
  if (mathComfort !== undefined) features.mathComfort = mathComfort;
  // A "!" in code or a formula (a factorial, `!==`) is no exclamation.
  if (units >= MIN_WORDS.tone) features.tone = measureTone(text.replace(FENCED_CODE_RE, " ").replace(MATH_SPAN_RE, " "), words, segments.length);
  const level = measureLevel(text, words, units);
  if (level !== undefined) features.level = level;
  const domain = measureDomain(text, words, units);
  if (domain) features.domain = domain;
  if (language) features.language = language;
  return features;
}

/**
 * The signals a thumb on a response emits (docs/design.md, "Signals"): up emits the measured values, down their
 * reflection 1 − v; categoricals only on up. Dimensions without evidence emit nothing.
 */
export function thumbSignals(features: Features, thumb: "up" | "down"): ThumbSignal[] {
  const signals: ThumbSignal[] = [];
  for (const dimension of ORDINAL_DIMS) {
    const value = features[dimension];
    if (value !== undefined) signals.push({ dimension, value: thumb === "up" ? value : 1 - value });
  }
  if (thumb === "down") return signals;
  for (const dimension of CATEGORICAL_DIMS) {
    const key = features[dimension];
    if (key !== undefined) signals.push({ dimension, category: categoryIndex(dimension, key) });
  }
  return signals;
}
