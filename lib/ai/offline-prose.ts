/**
 * Sentence tools the offline model writes with: splitting on the platform's sentence segmenter (Intl.Segmenter,
 * ICU's rules, so "e.g." and "3.98 °C" do not end a sentence), and reflowing sentences to a density: plain prose
 * cuts a sentence at its semicolons, dense prose joins two sentences into one, expert prose three.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: "sentence" })));
  return s;
}

/** The sentences of a text, trimmed, in order. */
export function sentencesOf(text: string, lang = "en"): string[] {
  return [...segmenter(lang).segment(text.replace(/\s+/g, " "))].map((s) => s.segment.trim()).filter(Boolean);
}

/**
 * Names and German nouns keep their capital after a joiner or a prefix; every other word goes lower case. A name
 * is a word the texts also write capitalized in the middle of a sentence ("Newton", "Timsort", "Wasser").
 */
export function properNouns(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    // After a colon a sentence starts again (German capitalizes there): not a name.
    for (const sentence of sentencesOf(text).flatMap((s) => s.split(/[:;]\s+/))) {
      const words = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
      for (const w of words.slice(1)) if (/^\p{Lu}\p{L}/u.test(w)) names.add(w);
    }
  }
  return names;
}

/** A sentence read after a joiner or a prefix: its first word goes lower case unless it is a name. */
export function continued(sentence: string, names: ReadonlySet<string>): string {
  const first = /^[\p{L}][\p{L}'’-]*/u.exec(sentence)?.[0];
  if (!first || names.has(first) || /^\p{Lu}{2}/u.test(first)) return sentence;
  return first.charAt(0).toLowerCase() + sentence.slice(1);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withoutStop = (s: string) => s.replace(/[.!?]+$/u, "");

/** Where plain prose cuts a sentence in two: semicolons, colons, dashes, and ", and"/", but"/", so" in the four languages. */
const PLAIN_BREAKS = /\s?[;:]\s+|\s—\s|,\s(?:and|but|so|while|y|pero|así que|mientras|et|mais|donc|alors que|und|aber|also|während)\s/u;

/** Sentences at a density (0 plain … 3 expert): cut at semicolons, as written, or joined two or three at a time. */
export function reflow(sentences: readonly string[], density: number, names: ReadonlySet<string>, lang = "en"): string[] {
  const semicolon = lang === "fr" ? " ; " : "; ";
  if (density === 0) {
    return sentences.flatMap((s) => {
      const parts = s.split(PLAIN_BREAKS).filter((p) => p.trim());
      // A clause too short to stand alone stays where it was.
      if (parts.some((p) => p.split(/\s+/).length < 4)) return [s];
      return parts.map((part, i) => capitalize(part.trim()) + (i < parts.length - 1 ? "." : ""));
    });
  }
  if (density === 1) return [...sentences];
  const per = density === 2 ? 2 : 3;
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += per) {
    const group = sentences.slice(i, i + per);
    out.push(group.map((s, k) => (k < group.length - 1 ? withoutStop(s) : s)).map((s, k) => (k > 0 ? continued(s, names) : s)).join(semicolon));
  }
  return out;
}

/** English contractions a warm or playful reply uses (features.ts reads them as warmth). */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bit is\b/g, "it's"],
  [/\bIt is\b/g, "It's"],
  [/\bthat is\b/g, "that's"],
  [/\bdoes not\b/g, "doesn't"],
  [/\bdo not\b/g, "don't"],
  [/\bis not\b/g, "isn't"],
  [/\bcannot\b/g, "can't"],
  [/\byou are\b/g, "you're"],
  [/\bthey are\b/g, "they're"],
];
export const contract = (text: string) => CONTRACTIONS.reduce((t, [re, to]) => t.replace(re, to), text);
