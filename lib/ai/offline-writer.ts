/**
 * The offline model's writer: composes a reply on the message's topic that visibly follows the targets and
 * that measureFeatures (lib/personality/features.ts) measures back onto them. It steers by the same counts the
 * measure uses (words, math tokens, jargon) while composing, then keeps the best of a few seeded drafts, so the
 * round trip holds by construction rather than by luck. Deterministic: the same request gives the same reply.
 */
import { snapOrdinal, type Domain, type Language } from "../personality/atoms";
import { measureFeatures, textStats, type Features } from "../personality/features";
import { EMOJI, FALLBACK_NOTES, FORMULAS, PHRASES, type Phrases } from "./offline-phrases";

export type Mode = "chat" | "explain" | "summarize";
/** Ordinals as option indexes; mathComfort undefined = the reader said nothing, so the reply takes no stance. */
export type Targets = {
  tone: number;
  length: number;
  density: number;
  mathComfort: number | undefined;
  level: number;
  domain: Domain;
  language: Language;
};
export type WriteRequest = {
  targets: Targets;
  mode: Mode;
  /** What the reply is about (offline-reader.ts); undefined falls back to "this topic". */
  topic: string | undefined;
  /** The most frequent content words of the message: what a summary or explanation talks about. */
  keys: string[];
  /** The language the message itself is written in: a topic in another language gets quotation marks. */
  askedIn: Language | undefined;
  /** Words in the text to summarize: a summary never runs longer than its text. */
  sourceWords?: number;
  oneSentence?: boolean;
  seed: number;
};

/** Word budgets inside each length option's band (features.ts boundaries 60 / 145 / 300); summaries run shorter. */
const WORD_BUDGET: Record<Mode, readonly number[]> = {
  chat: [34, 92, 210, 410],
  explain: [34, 92, 210, 410],
  summarize: [26, 72, 165, 330],
};
/** Math-token and jargon shares aimed at, mid-band of features.ts's anchors for each option. */
const MATH_SHARE_TARGET = [0, 0.018, 0.065, 0.14];
/** Below this share a math unit goes in even past the word budget: the reply must show its math option. */
const MATH_SHARE_FLOOR = [0, 0.001, 0.045, 0.1];
const TECH_SHARE_TARGET = [0, 0.016, 0.037, 0.08];
const ATTEMPTS = 12;

type Rng = () => number;
type Unit = { text: string; clause?: boolean };

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cycles through a shuffled list so nothing repeats until everything has been used. */
function bag<T>(items: readonly T[], rnd: Rng): () => T {
  let pool: T[] = [];
  return () => {
    if (pool.length === 0) {
      pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
    }
    return pool.pop()!;
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A template read after a prefix or a joiner: its own first word goes lower case, a leading slot stays a slot. */
const continued = (template: string) => (template.startsWith("{A}") ? `{a}${template.slice(3)}` : template.charAt(0).toLowerCase() + template.slice(1));
const listOf = (items: string[], and: string) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

export function writeReply(input: WriteRequest): string {
  const request = { ...input, targets: { ...input.targets, length: effectiveLength(input) } };
  let best = "";
  let bestScore = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && bestScore > 0; attempt++) {
    const text = compose(request, mulberry32(request.seed + attempt * 0x9e3779b1));
    const score = distance(measureFeatures(text), request);
    if (score < bestScore) [best, bestScore] = [text, score];
  }
  return best;
}

function effectiveLength({ mode, targets, sourceWords }: WriteRequest): number {
  let length = targets.length;
  while (mode === "summarize" && sourceWords !== undefined && length > 0 && WORD_BUDGET.summarize[length]! > sourceWords) length--;
  return length;
}

function distance(f: Features, { targets, mode, oneSentence }: WriteRequest): number {
  let score = 0;
  const ordinal = (dim: "tone" | "length" | "density" | "mathComfort" | "level", target: number, weight = 1) => {
    const v = f[dim];
    score += weight * (v === undefined ? 2 : Math.abs(snapOrdinal(dim, v) - target));
  };
  if (!oneSentence) ordinal("length", targets.length, 2);
  ordinal("density", targets.density, oneSentence ? 0.5 : 1);
  ordinal("tone", targets.tone);
  if (targets.mathComfort === undefined || mode === "summarize") score += f.mathComfort === undefined ? 0 : 1;
  else if (!oneSentence) ordinal("mathComfort", targets.mathComfort);
  ordinal("level", targets.level, 0.5);
  if (f.language !== (targets.language in PHRASES ? targets.language : undefined)) score += 3;
  if (mode === "chat" && targets.domain !== "general" && f.domain !== targets.domain) score += 0.5;
  return score;
}

function compose(request: WriteRequest, rnd: Rng): string {
  const { targets, mode, keys, askedIn } = request;
  const { tone, density, level, domain, mathComfort } = targets;
  const native = targets.language in PHRASES;
  const P: Phrases = native ? PHRASES[targets.language as keyof typeof PHRASES] : PHRASES.en;
  const note = native ? undefined : FALLBACK_NOTES[targets.language as keyof typeof FALLBACK_NOTES];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

  let topic = request.topic ?? P.fallbackTopic;
  if (request.topic && native && askedIn && askedIn !== targets.language) topic = `${P.quotes[0]}${topic}${P.quotes[1]}`;
  const others = keys.filter((k) => k !== request.topic);
  const aspect = bag(mode === "summarize" && others.length >= 2 ? others : P.aspects[domain], rnd);
  const keyAspect = bag(others.length > 0 ? others : P.aspects[domain], rnd);
  const jargon = bag(P.jargon[domain], rnd);
  const formula = bag(FORMULAS[domain], rnd);
  const pools = mode === "summarize" ? P.summary : P;
  const [plain, mid, rich, join] = [bag(pools.plain, rnd), bag(pools.mid, rnd), bag(pools.rich, rnd), bag(P.joins, rnd)];
  /** Two sentences (or templates) as one: how dense prose gets long sentences without new wording. */
  const joined = (a: string, b: string) => `${a.replace(/[.!?]$/, "")}${join()}${continued(b)}`;
  const [mathLead, mathOne, mathSmall] = [bag(P.math.lead, rnd), bag(P.math.one, rnd), bag(P.math.small, rnd)];
  // Summaries add nothing the text does not say: no jargon of their own; plain prose keeps jargon scarce.
  const jargonTarget = mode === "summarize" ? 0 : TECH_SHARE_TARGET[level]! / (density === 0 ? 2 : 1);
  const budgetFor = (closer: string | undefined) => WORD_BUDGET[mode][targets.length]! - (closer ? textStats(closer).words : 0);
  let budget = budgetFor(undefined);

  const totals = { words: note ? textStats(note).words : 0, mathTokens: 0, techTerms: 0 };
  let slot = 0;
  const nextAspect = () => {
    slot++;
    // Measured against the reply's expected size, so a short reply does not front-load its jargon.
    if (totals.techTerms < jargonTarget * Math.max(totals.words, budget * 0.6)) return jargon();
    return mode === "explain" && slot % 2 === 0 ? keyAspect() : aspect();
  };
  const fill = (template: string) =>
    template
      .replace(/\{A\}/g, () => capitalize(nextAspect()))
      .replace(/\{a\}/g, nextAspect)
      .replace(/\{t\}/g, topic)
      .replace(/\{k\}/g, listOf(keys.slice(0, 3), P.and))
      .replace(/\{j\}/g, () => listOf([jargon(), jargon()], P.and))
      .replace(/\{f\}/g, formula);
  const commit = (sentence: string) => {
    const stats = textStats(sentence);
    totals.words += stats.words;
    totals.mathTokens += stats.mathTokens;
    totals.techTerms += stats.techTerms;
    return sentence;
  };

  /** Openers and closers come short first: plain prose takes a short one, dense prose a long one. */
  const fitting = <T>(list: readonly T[]) => (density === 0 ? list.slice(0, 2) : density >= 2 && list.length > 2 ? list.slice(2) : list);
  const closer = targets.length > 0 ? fill(pick(fitting(P.close[tone]!))) : undefined;
  budget = budgetFor(closer);
  // The opener (or lead) carries the first tone marker; expert prose merges it into the first sentence.
  let proseIndex = mode === "chat" && !(density === 3 && tone !== 3) ? 0 : 1;
  const written = new Set<string>();
  /** Every other sentence carries a marker of its tone (every third for playful, whose "!" fills the gaps). */
  function tonePrefix(i: number): string {
    const prefixes = tone === 0 && density === 0 ? P.prefix[0].slice(0, 3) : P.prefix[tone]!.filter(Boolean);
    const marked = tone === 3 ? i % 3 === 0 : tone !== 1 && i % 2 === 0;
    return marked && prefixes.length > 0 ? pick(prefixes) : "";
  }
  const prose = (): string => {
    const i = proseIndex++;
    const draft = [plain, mid, () => (i % 2 ? joined(mid(), plain()) : rich()), () => joined(rich(), rich())][density]!;
    // A one-sentence reply must name its topic; a long one never says the same sentence twice.
    let template = draft();
    for (let tries = 0; tries < 8 && request.oneSentence && !template.includes("{t}"); tries++) template = draft();
    const prefix = tonePrefix(i);
    if (prefix) template = prefix + continued(template);
    if (tone === 3 && (i % 2 === 1 || request.oneSentence) && template.endsWith(".")) template = `${P.exclaimOpen ?? ""}${template.slice(0, -1)}!`;
    let sentence = fill(template);
    for (let tries = 0; tries < 3 && written.has(sentence); tries++) sentence = fill(template);
    written.add(sentence);
    return sentence;
  };
  // Summaries add no math of their own either; explain and chat follow the reader's comfort.
  const math = mode === "summarize" ? undefined : mathComfort;
  /** A formula stands alone (it is not prose); a small expression or jargon clause is a sentence or a clause. */
  const mathUnit = (): Unit | undefined => {
    if (math === undefined || math === 0) return undefined;
    const deficit = MATH_SHARE_TARGET[math]! * Math.max(totals.words, 30) - totals.mathTokens;
    if (deficit < 0.4) return undefined;
    // The first unit is sized for the whole reply, so a brief fluent reply still gets a formula.
    const wanted = totals.mathTokens === 0 ? MATH_SHARE_TARGET[math]! * budget : deficit;
    if (math === 3 || (math === 2 && wanted >= 3.5)) return { text: fill(mathLead()) };
    return { text: fill(math === 1 ? mathOne() : mathSmall()), clause: density >= 2 };
  };
  let sinceJargon = 0;
  const jargonUnit = (): Unit | undefined => {
    if (++sinceJargon < (level === 3 ? 2 : 3) || level < 2 || density < 1 || totals.techTerms >= jargonTarget * Math.max(totals.words, 20)) return undefined;
    sinceJargon = 0;
    return { text: fill(pick(P.jargonFrames)), clause: density >= 2 };
  };

  if (request.oneSentence) return [note, prose()].filter(Boolean).join("\n\n");

  const head: string[] = [];
  // Explain and summarize open on the text itself; their tone rides on a prefix, not on a second opener.
  if (mode === "chat" && (density <= 1 || targets.length > 0)) head.push(commit(fill(pick(fitting(P.open[tone]!)))));
  if (mode !== "chat") {
    const [prefix, lead] = [tonePrefix(0), pick(P.lead[mode])];
    head.push(commit(fill(prefix ? prefix + continued(lead) : lead)));
  }
  if (mode !== "chat" && keys.length >= 2 && targets.length > 0) head.push(commit(fill(pick(P.lead.keys))));
  while (density >= 2 && head.length > 1) head.unshift(joined(head.shift()!, head.shift()!));

  const body: string[] = [];
  /**
   * Adds a unit unless it would leave the reply further from its budget than stopping here (`force`: the one
   * unit that carries a dimension's evidence goes in regardless). A clause joins the previous sentence, which is
   * how dense prose keeps its long sentences while carrying math and jargon.
   */
  const add = (unit: Unit | undefined, force = false): boolean => {
    if (unit === undefined) return true;
    const after = totals.words + textStats(unit.text).words;
    if (!force && body.length > 0 && Math.abs(after - budget) >= Math.abs(totals.words - budget)) return false;
    commit(unit.text);
    if (unit.clause && body.length > 0) body.push(joined(body.pop()!, unit.text));
    else body.push(unit.text);
    return true;
  };
  const mathShort = () => math !== undefined && totals.mathTokens < MATH_SHARE_FLOOR[math]! * (totals.words + 8);
  while (body.length < 80 && add({ text: prose() })) {
    if (body.length === 1 && math === 0) add({ text: pick(P.math.none), clause: density >= 1 }, true);
    if (!add(mathUnit(), mathShort()) || !add(jargonUnit())) break;
  }
  if (mathShort()) add(mathUnit(), true);
  // Expert prose has no short sentences: the opener becomes a clause of the first one.
  if (density === 3 && tone !== 3 && head.length === 1 && body.length > 0) body[0] = joined(head.pop()!, body[0]!);

  const perParagraph = [5, 4, 3, 2][density]!;
  const paragraphs: string[][] = [head];
  body.forEach((sentence, i) => {
    if (i > 0 && i % perParagraph === 0) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence);
  });
  for (const p of tone === 3 ? paragraphs : []) {
    if (p.length > 0 && !/\p{Extended_Pictographic}$/u.test(p.at(-1)!)) p[p.length - 1] += ` ${pick(EMOJI)}`;
  }
  if (closer && targets.length >= 2) paragraphs.push([closer]);
  else if (closer) paragraphs.at(-1)!.push(closer);
  let text = paragraphs.filter((p) => p.length > 0).map((p) => p.join(" ")).join("\n\n");
  if (tone >= 2 && P.contractions) for (const [re, to] of P.contractions) text = text.replace(re, to);
  return note ? `${note}\n\n${text}` : text;
}
