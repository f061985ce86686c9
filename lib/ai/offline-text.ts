/**
 * Explain and Summarize offline, on the text the reader pasted (docs/design.md, "The offline model"). Both rank
 * the passage's sentences with TextRank (Mihalcea & Tarau, 2004): sentences are the nodes of a graph whose
 * edges weigh the words two sentences share, |Si ∩ Sj| / (log|Si| + log|Sj|), and PageRank (damping 0.85) gives
 * each sentence its centrality. Words come from Intl.Segmenter (the platform's ICU word segmenter), lower-cased,
 * stopwords dropped (the `stopword` package's lists), a plural "s" folded. Nothing is added that the passage does not say: Summarize quotes its
 * best sentences in their order, Explain restates them and glosses its terms with the passage's own definitions.
 */
import { deu, eng, fra, spa } from "stopword";
import { detectLanguage } from "../personality/features";
import { STOPWORDS } from "../personality/features-lexicon";
import type { Targets } from "./offline-reader";
import { answerLanguage } from "./offline-answer";
import { properNouns, reflow, sentencesOf } from "./offline-prose";
import { FRAMES } from "./topics/frames";

/** Words a summary may take at each length option (features.ts bands: brief < 60 < balanced < 145 < detailed < 300). */
export const SUMMARY_WORDS = [40, 90, 180, 340] as const;
/** A summary keeps at most this share of the passage's sentences: it is shorter than what it summarizes. */
export const SUMMARY_MAX_SHARE = 0.5;
/** How much centrality counts against overlap with the sentences already chosen (MMR). */
export const MMR_LAMBDA = 0.6;
const DAMPING = 0.85;
const ITERATIONS = 40;
/** Sentences Explain restates, and terms it glosses, per length and level. */
const EXPLAIN_SENTENCES = [2, 3, 5, 7] as const;
const GLOSSED_TERMS = [4, 3, 2, 0] as const;

/** The `stopword` package's lists for the four languages, and the feature lexicon's for the other two. */
const STOP = new Set([...eng, ...spa, ...fra, ...deu, ...Object.values(STOPWORDS).flatMap((l) => l.split(" "))]);
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/** Content words of a sentence: what TextRank compares. */
export function contentWords(sentence: string): string[] {
  return [...wordSegmenter.segment(sentence.toLowerCase())]
    .filter((s) => s.isWordLike && /\p{L}/u.test(s.segment) && s.segment.length > 2 && !STOP.has(s.segment))
    .map((s) => (s.segment.length > 4 && s.segment.endsWith("s") && !s.segment.endsWith("ss") ? s.segment.slice(0, -1) : s.segment));
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** TextRank centrality of each sentence (same order as the input). */
export function textRank(sentences: readonly string[]): number[] {
  const bags = sentences.map((s) => new Set(contentWords(s)));
  const n = sentences.length;
  const weight = (i: number, j: number) => {
    const [a, b] = [bags[i]!, bags[j]!];
    if (a.size < 2 || b.size < 2) return 0;
    let shared = 0;
    for (const w of a) if (b.has(w)) shared++;
    return shared / (Math.log(a.size) + Math.log(b.size));
  };
  const w = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : weight(i, j))));
  const out = w.map((row) => row.reduce((x, y) => x + y, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < ITERATIONS; it++) {
    score = score.map((_, i) => 1 - DAMPING + DAMPING * w.reduce((sum, row, j) => sum + (out[j]! > 0 ? (row[i]! / out[j]!) * score[j]! : 0), 0));
  }
  return score;
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
};

/**
 * The best sentences within a word budget and a count, chosen by maximal marginal relevance (Carbonell &
 * Goldstein, 1998): each pick maximizes MMR_LAMBDA · centrality − (1 − MMR_LAMBDA) · its overlap with what is
 * already chosen, so a summary covers the passage's points instead of restating its centre three times.
 * Returned in the passage's order; the first pick always goes in, however long.
 */
export function rankSentences(sentences: readonly string[], budget: number, maxCount: number): string[] {
  const scores = textRank(sentences);
  const top = Math.max(...scores);
  const bags = sentences.map((s) => new Set(contentWords(s)));
  const chosen: number[] = [];
  let words = 0;
  const left = new Set(sentences.map((_, i) => i));
  while (chosen.length < maxCount && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const overlap = chosen.reduce((m, j) => Math.max(m, jaccard(bags[i]!, bags[j]!)), 0);
      const value = MMR_LAMBDA * (scores[i]! / top) - (1 - MMR_LAMBDA) * overlap;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    left.delete(best);
    const size = countWords(sentences[best]!);
    if (chosen.length > 0 && words + size > budget) continue;
    chosen.push(best);
    words += size;
  }
  return chosen.sort((a, b) => a - b).map((i) => sentences[i]!);
}

const passageLanguage = (text: string) => {
  const lang = detectLanguage(text);
  return lang === "es" || lang === "fr" || lang === "de" ? lang : "en";
};

export function writeSummary(text: string, targets: Targets): string {
  const { lang, note } = answerLanguage(targets.language);
  const F = FRAMES[lang];
  const source = passageLanguage(text);
  const sentences = sentencesOf(text, source);
  const translated = source !== lang ? F.summary.untranslated : undefined;
  if (sentences.length < 3) return [note, translated, `${F.summary.nothing} ${sentences.join(" ")}`].filter(Boolean).join("\n\n");
  const maxCount = Math.max(1, Math.ceil(sentences.length * SUMMARY_MAX_SHARE));
  const picked = rankSentences(sentences, SUMMARY_WORDS[targets.length]!, maxCount);
  const body = targets.length >= 2 && picked.length > 2 ? picked.map((s) => `- ${s}`).join("\n") : picked.join(" ");
  return [note, translated, `**${F.summary.lead}**`, body].filter(Boolean).join("\n\n");
}

/** Words that introduce a definition right after a term, in the four languages. */
const DEFINES = "is|are|means|refers to|es|son|significa|est|sont|désigne|ist|sind|bedeutet|heißt";
/** Words that carry a reason or a consequence: the sentence that says why the passage matters. */
const BECAUSE = /\b(?:because|therefore|so that|which means|as a result|thus|porque|por eso|por lo tanto|parce que|donc|c'est pourquoi|weil|deshalb|daher|darum)\b/iu;

/** Words that name a term right after them ("animals called polyps", "a tank called a castellum"). */
const NAMED = /(?:called|known as|named|llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|appelée?s?|nommée?s?|genannt|namens)\s+(?:(?:a|an|the|el|la|los|las|un|una|le|la|les|un|une|der|die|das|ein|eine)\s+)?(\p{L}[\p{L}-]+)/giu;
/** A sentence that opens by defining its subject ("An aqueduct is a channel …"). */
const OPENS_DEFINITION = /^(?:(?:a|an|the|el|la|un|una|le|la|un|une|der|die|das|ein|eine)\s+)?(\p{L}[\p{L}-]+)\s+(?:is|are|es|son|est|sont|ist|sind)\s+(?:a|an|the|un|una|une|ein|eine)\s/iu;
/** Verbs and fillers that frequency alone would call terms. */
const NOT_TERMS = new Set("called named known built made used became begun began often about their there which these those other".split(" "));

/**
 * The passage's terms: first the ones it names or defines itself, then its most frequent long content words
 * (two uses or more), in the form they first appear.
 */
function keyTerms(sentences: readonly string[], n: number): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    const t = term.toLowerCase();
    if (!NOT_TERMS.has(t) && !terms.some((x) => contentWords(x)[0] === contentWords(t)[0])) terms.push(t);
  };
  for (const s of sentences) {
    for (const m of s.matchAll(NAMED)) add(m[1]!);
    const opening = OPENS_DEFINITION.exec(s);
    if (opening) add(opening[1]!);
  }
  const counts = new Map<string, { count: number; first: number; form: string }>();
  let at = 0;
  for (const s of sentences) {
    for (const seg of wordSegmenter.segment(s)) {
      if (!seg.isWordLike) continue;
      const [word] = contentWords(seg.segment);
      if (!word || word.length < 6) continue;
      const entry = counts.get(word) ?? { count: 0, first: at++, form: seg.segment.toLowerCase() };
      entry.count++;
      counts.set(word, entry);
    }
  }
  [...counts.values()]
    .filter((e) => e.count >= 2)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .forEach((e) => add(e.form));
  return terms.slice(0, n);
}

/** The passage's own definition of a term: a sentence where the term is followed by "is", "means", "(…)". */
function definitionOf(term: string, sentences: readonly string[]): string | undefined {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![\\p{L}])${escaped}\\p{L}{0,2}(?:,[^,]{1,60},)?\\s+(?:${DEFINES})\\s|(?<![\\p{L}])${escaped}\\p{L}{0,2}\\s*\\(`, "iu");
  return sentences.find((s) => re.test(s)) ?? sentences.find((s) => [...s.matchAll(NAMED)].some((m) => m[1]!.toLowerCase() === term));
}

export function writeExplanation(text: string, targets: Targets): string {
  const { lang, note } = answerLanguage(targets.language);
  const F = FRAMES[lang];
  const source = passageLanguage(text);
  const sentences = sentencesOf(text, source);
  const count = Math.min(sentences.length, EXPLAIN_SENTENCES[targets.length]!);
  const ranked = rankSentences(sentences, Infinity, count);
  // The sentence that gives a reason is said once, under "why it matters".
  const why = targets.length >= 1 ? sentences.find((s) => BECAUSE.test(s)) : undefined;
  const key = ranked.filter((s) => s !== why);
  const parts: string[] = [note, source !== lang ? F.summary.untranslated : undefined, `**${F.explain.lead}**`].filter((p): p is string => Boolean(p));
  const restated = reflow(key, targets.density, properNouns([text]), source);
  parts.push(targets.density <= 1 && restated.length > 1 ? restated.map((s) => `- ${s}`).join("\n") : restated.join(" "));

  const terms = keyTerms(sentences, Math.max(GLOSSED_TERMS[targets.level]!, 3));
  const glossed = terms.slice(0, GLOSSED_TERMS[targets.level]);
  if (glossed.length > 0) {
    const lines = glossed.map((term) => {
      const definition = definitionOf(term, sentences);
      return `- **${term}**: ${definition ? `${F.explain.defined} “${definition}”` : F.explain.undefined}`;
    });
    parts.push(`**${F.explain.terms}:**\n\n${lines.join("\n")}`);
  } else if (terms.length > 0) {
    parts.push(`**${F.explain.terms}:** ${terms.join(", ")}.`);
  }
  if (why) parts.push(`**${F.explain.why}** ${why}`);
  return parts.join("\n\n");
}
