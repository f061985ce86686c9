/**
 * Word counting, sentence splitting and excerpting shared by the verbalizer, the amendments and their tests.
 */

/** The paragraph contract (docs/design.md, L5): a paragraph has fewer than this many words. */
export const MAX_PARAGRAPH_WORDS = 300;

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
const CJK_ONE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated tokens, each CJK character counted as a word of its own. Deliberately conservative:
 * never below a naive `split(/\s+/)` count (a lone "—" or French "\u00a0:" counts), so "under 300 words" holds
 * however a reader or a validator counts, and an unspaced Chinese about-me cannot pass as one "word".
 */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const cjk = token.match(CJK_CHAR)?.length ?? 0;
    const rest = token.replace(CJK_CHAR, "");
    if (cjk === 0) n += 1;
    else n += cjk + (LETTER_OR_DIGIT.test(rest) ? 1 : 0);
  }
  return n;
}

/** The longest prefix of `text` with at most `max` words, cut at a token boundary (inside a CJK run if needed). */
export function truncateWords(text: string, max: number): string {
  let used = 0;
  let end = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const c = countWords(m[0]);
    if (used + c <= max) {
      used += c;
      end = m.index + m[0].length;
      continue;
    }
    let prefix = "";
    for (const ch of m[0]) {
      if (used + countWords(prefix + ch) > max) break;
      prefix += ch;
    }
    if (prefix && CJK_ONE.test(prefix)) end = m.index + prefix.length;
    break;
  }
  return text.slice(0, end);
}

/** Sentences, split after . ! ? … (and a closing quote) followed by space, or after 。！？ */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”»“)]?)\s+|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One line, single spaces, ending in sentence punctuation (a period is added when it has none). */
export function normalizeSentence(sentence: string): string {
  const s = sentence.replace(/\s+/g, " ").trim();
  if (!s) return "";
  return /[.!?…。！？]["'”»“)]?$/u.test(s) ? s : `${s}.`;
}

const QUOTE_CHARS = /[“”„‟«»‹›"]/g;

/**
 * The part of the about-me that fits `maxWords` and `maxChars`: whole leading sentences when they fill at least
 * half the budget, otherwise a word-boundary cut. Quotation marks inside become apostrophes, because the
 * verbalizer wraps the excerpt in quotes and the cue reader skips quoted text (a self-description is not an
 * instruction: "I used to hate long answers" must not set the length).
 */
export function excerpt(text: string, maxWords: number, maxChars: number): string {
  const clean = text.replace(QUOTE_CHARS, "'").replace(/\s+/g, " ").trim();
  if (!clean || maxWords <= 0) return "";
  if (countWords(clean) <= maxWords && clean.length <= maxChars) return clean;
  let whole = "";
  for (const s of splitSentences(clean)) {
    const next = !whole ? s : /[。！？]$/u.test(whole) ? whole + s : `${whole} ${s}`;
    if (countWords(next) > maxWords - 1 || next.length > maxChars - 2) break;
    whole = next;
  }
  if (whole && countWords(whole) * 2 >= maxWords) return `${whole} …`;
  let cut = truncateWords(clean, maxWords);
  if (cut.length > maxChars - 1) {
    const hard = cut.slice(0, maxChars - 1);
    const space = hard.lastIndexOf(" ");
    cut = space > maxChars / 2 ? hard.slice(0, space) : hard;
  }
  return `${cut.replace(/[\s,;:.!?\-–—]+$/u, "")}…`;
}

/** Lower-cases the first letter: how a clause reads after a joiner in English, Spanish and French. */
export function lowerInitial(clause: string): string {
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}
