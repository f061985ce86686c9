/**
 * The inverse of the verbalizer: what a paragraph's wording says about each dimension. Used by the offline
 * demo model (replies follow the paragraph) and the offline refinement judge (docs/design.md, L6). Reads every
 * paragraph verbalizeOffline writes back to its exact atoms, and free text a user types in en/es/fr/de.
 */
import {
  CATEGORICAL_DIMS,
  ORDINAL_DIMS,
  isOrdinal,
  optionsOf,
  ordinalValue,
  snapOrdinal,
  type Atoms,
  type Dimension,
  type Domain,
  type Language,
} from "./atoms";
import { LEXICON_DE } from "./verbalizer/lexicon-de";
import { LEXICON_EN } from "./verbalizer/lexicon-en";
import { LEXICON_ES } from "./verbalizer/lexicon-es";
import { LEXICON_FR } from "./verbalizer/lexicon-fr";
import type { CueLexicon } from "./verbalizer/phrases";

/** Ordinals on the option-value scale (index / (options − 1)); categoricals as option keys. */
export type Cues = {
  tone?: number;
  length?: number;
  density?: number;
  mathComfort?: number;
  level?: number;
  domain?: Domain;
  language?: Language;
};

type Rule = { dim: Dimension; value: number | string; re: RegExp };
/**
 * The rules; for each word, the rules with a phrase that needs it (and the phrase's second word, which it needs
 * too); `always`: the rules that run on every text.
 */
type Rules = { list: Rule[]; needs: Map<string, { rule: number; also: string | null }[]>; always: number[] };
type Match = { start: number; end: number; rule: Rule };

/** All languages at once: a paragraph may mix them (an English amendment appended to Spanish text). */
const LEXICONS: readonly CueLexicon[] = [LEXICON_EN, LEXICON_ES, LEXICON_FR, LEXICON_DE];
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Lower case, no accents (é = e, ü = u), ß = ss, straight apostrophes, single spaces. */
export function normalizeForCues(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ");
}

/**
 * Quoted text is somebody's own words, not an instruction: the verbalizer quotes the about-me ("I used to hate
 * long answers"), and a user quoting a phrase is not asking for it.
 */
const QUOTED = /“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|"[^"]*"/g;

function wholeWords(source: string): string {
  return CJK.test(source) ? `(?:${source})` : `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
}

/** A word, as the boundaries of a phrase see it: a run of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Every text a phrase (the lexicons' small pattern language: literals, `(?:a|b)` groups, `?`, `[- ]`) matches,
 * or null for anything else or more than `limit` texts. The reader takes each text's longest words as its keys.
 */
export function expandPhrase(source: string, limit = 4096): string[] | null {
  let at = 0;
  const alternation = (): string[] | null => {
    const out: string[] = [];
    for (;;) {
      const seq = sequence();
      if (!seq) return null;
      out.push(...seq);
      if (out.length > limit) return null;
      if (source[at] !== "|") return out;
      at++;
    }
  };
  const sequence = (): string[] | null => {
    let texts = [""];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      let atom: string[] | null;
      const c = source[at]!;
      if (c === "(") {
        if (!source.startsWith("(?:", at)) return null;
        at += 3;
        atom = alternation();
        if (!atom || source[at] !== ")") return null;
        at++;
      } else if (c === "[") {
        const end = source.indexOf("]", at);
        if (end < 0) return null;
        atom = [...source.slice(at + 1, end)];
        if (atom.some((ch) => ch === "\\" || ch === "^")) return null;
        at = end + 1;
      } else if ("\\*+{}.^$?".includes(c)) return null;
      else {
        atom = [c];
        at++;
      }
      if (source[at] === "?") {
        atom = ["", ...atom];
        at++;
      }
      if (texts.length * atom.length > limit) return null;
      texts = texts.flatMap((t) => atom.map((a) => t + a));
    }
    return texts;
  };
  const texts = alternation();
  return texts && at === source.length ? texts : null;
}

function compileRules(): Rules {
  const rules: Rule[] = [];
  const needs: Rules["needs"] = new Map();
  const always: number[] = [];
  for (const dim of [...ORDINAL_DIMS, ...CATEGORICAL_DIMS] as Dimension[]) {
    optionsOf(dim).forEach((option, index) => {
      const sources = LEXICONS.flatMap(
        (lexicon) => (lexicon[dim] as Partial<Record<string, readonly string[]>> | undefined)?.[option] ?? [],
      );
      if (sources.length === 0) return;
      // Longer alternatives first, so a rule prefers its longest phrase at a given position.
      const alternatives = [...new Set(sources.map(normalizeForCues))].sort((a, b) => b.length - a.length);
      const rule = -1 + rules.push({
        dim,
        value: isOrdinal(dim) ? ordinalValue(dim, index) : option,
        re: new RegExp(alternatives.map(wholeWords).join("|"), "gu"),
      });
      // The words each text of a phrase must contain, its two longest (the rarest, as a rule: "basics", not
      // "the"). A phrase stands between word boundaries, so each of its words is a whole word of a text it matches
      // in; a phrase in a CJK script (no boundaries), or one that cannot be expanded, makes the rule run always.
      const texts = alternatives.map((a) => (CJK.test(a) ? null : expandPhrase(a)));
      if (texts.some((t) => !t || t.some((x) => !x.match(WORD)))) always.push(rule);
      else
        for (const text of new Set(texts.flat() as string[])) {
          const [key, also = null] = [...new Set(text.match(WORD))].sort((a, b) => b.length - a.length);
          const entries = needs.get(key!) ?? needs.set(key!, []).get(key!)!;
          entries.push({ rule, also });
        }
    });
  }
  return { list: rules, needs, always };
}

const RULES = compileRules();

/**
 * Cues in a paragraph. Overlapping phrases resolve leftmost-longest ("expert prose" is density, not level;
 * "no math" is math comfort, not the domain); then, per dimension, the LAST cue wins, so an amendment
 * appended at the end overrides what the paragraph said before. A dimension nothing speaks to is absent.
 */
export function readCues(paragraph: string): Cues {
  let cues = recentlyRead.get(paragraph);
  if (cues) recentlyRead.delete(paragraph);
  else cues = scanCues(paragraph);
  recentlyRead.set(paragraph, cues);
  if (recentlyRead.size > RECENTLY_READ_MAX) recentlyRead.delete(recentlyRead.keys().next().value!);
  return { ...cues };
}

/**
 * The paragraphs read most recently, least recent first. A reader's paragraph comes with every model call made
 * for them, and scanning it runs a dozen or more large regular expressions: the offline model's share of the
 * preamble's cost to the first token (bench #5, issue 16). A paragraph's text is its own key, so a changed paragraph is read
 * afresh; this keeps nothing between the store and the harness (the preamble is still read on every call).
 */
const RECENTLY_READ_MAX = 256;
const recentlyRead = new Map<string, Cues>();

/**
 * The cues of a paragraph. Only the rules with a phrase whose two key words are in the text run (`everyRule`: all,
 * the tests' reference): each rule is a large Unicode expression, and in the server, where the rest of a request
 * has pushed their compiled code out of the caches, running all ~35 of them cost ~0.5 ms a paragraph against
 * 0.03 ms in a loop alone (README, Benchmarks). The rules that run, run in their order, so ties resolve as before.
 */
export function scanCues(paragraph: string, { everyRule = false } = {}): Cues {
  const text = normalizeForCues(paragraph).replace(QUOTED, " ");
  const matches: Match[] = [];
  const run = new Array<boolean>(RULES.list.length).fill(everyRule);
  for (const i of RULES.always) run[i] = true;
  const words = new Set(text.match(WORD));
  for (const word of words) {
    for (const { rule, also } of RULES.needs.get(word) ?? []) if (also === null || words.has(also)) run[rule] = true;
  }
  for (const [i, rule] of RULES.list.entries()) {
    if (!run[i]) continue;
    // exec over matchAll: matchAll clones the regex on every call, which recompiles these large alternations.
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      matches.push({ start: m.index, end: m.index + m[0].length, rule });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const cues: Record<string, number | string> = {};
  let spanStart = -1;
  let spanEnd = -1;
  for (const { start, end, rule } of matches) {
    const sameSpan = start === spanStart && end === spanEnd;
    if (!sameSpan && start < spanEnd) continue;
    spanStart = start;
    spanEnd = end;
    cues[rule.dim] = rule.value;
  }
  return cues as Cues;
}

/** The atoms with every cued dimension replaced (ordinals snapped to the nearest option). */
export function applyCues(atoms: Atoms, cues: Cues): Atoms {
  const next = { ...atoms };
  for (const dim of ORDINAL_DIMS) {
    const value = cues[dim];
    if (value !== undefined) next[dim] = snapOrdinal(dim, value);
  }
  if (cues.domain) next.domain = cues.domain;
  if (cues.language) next.language = cues.language;
  return next;
}

/** The cues that exactly describe a set of atoms: what readCues(verbalizeOffline(atoms)) returns. */
export function cuesOf(atoms: Atoms): Required<Cues> {
  return {
    tone: ordinalValue("tone", atoms.tone),
    length: ordinalValue("length", atoms.length),
    density: ordinalValue("density", atoms.density),
    mathComfort: ordinalValue("mathComfort", atoms.mathComfort),
    level: ordinalValue("level", atoms.level),
    domain: atoms.domain,
    language: atoms.language,
  };
}
