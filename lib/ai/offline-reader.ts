/**
 * How the offline model reads its prompt: the reader's paragraph (through readCues, the same reader of the
 * paragraph's wording the refinement loop uses), the surface instructions that pick the mode, and explicit
 * requests in the message ("briefly", "in Spanish") that override the paragraph for this reply, as a real
 * model would. Pure: strings in, targets out.
 */
import { DEFAULT_ATOMS, snapOrdinal, type Language, type OrdinalDim } from "../personality/atoms";
import { readCues, type Cues } from "../personality/paragraph-reader";
import { STOPWORDS } from "../personality/features-lexicon";
import { detectLanguage, measureFeatures, textStats } from "../personality/features";
import { PREAMBLE_SEPARATOR, SURFACE_INSTRUCTIONS } from "./prompts";
import type { Mode, Targets, WriteRequest } from "./offline-writer";

type Overrides = Partial<Omit<Targets, "mathComfort" | "domain">> & { mathComfort?: number; oneSentence?: boolean };

const LANGUAGE_WORDS: Record<Language, string> = {
  en: "english|inglés|ingles|anglais|englisch",
  es: "spanish|español|espanol|castellano|espagnol|spanisch",
  fr: "french|francés|frances|français|francais|französisch",
  de: "german|alemán|aleman|allemand|deutsch",
  pt: "portuguese|portugués|portugais|portugiesisch",
  it: "italian|italiano|italien|italienisch",
  zh: "chinese|chino|chinois|chinesisch|mandarin",
  ja: "japanese|japonés|japonais|japanisch",
};

/** Explicit requests, checked in order (a "without formulas" must win over the "formulas" inside it). */
const REQUEST_PATTERNS: ReadonlyArray<readonly [string, Overrides]> = [
  ["(?:in|en)\\s+(?:one|a single|a|una|une|einem)\\s+(?:sentence|line|frase|oración|phrase|satz)|one-liner", { length: 0, oneSentence: true }],
  ["briefly|in brief|be brief|keep it (?:short|brief)|short answer|in a few words|in a nutshell|tl;?dr|brevemente|en pocas palabras|brièvement|en bref|en quelques mots|kurz(?:\\s+gesagt)?|in kürze|in wenigen worten", { length: 0 }],
  ["in (?:great )?(?:detail|depth)|detailed|thoroughly|exhaustive(?:ly)?|comprehensive(?:ly)?|en detalle|detalladamente|a fondo|en détail|en profondeur|ausführlich|im detail|detailliert|gründlich", { length: 3 }],
  ["(?:no|without(?: any)?|skip the)\\s+(?:math|maths|equations?|formulas?|formulae)|(?:sin|sans|ohne)\\s+(?:matemáticas|fórmulas|ecuaciones|maths?|mathématiques|formules?|équations?|mathe|mathematik|formeln|gleichungen)", { mathComfort: 0 }],
  ["with (?:the )?(?:equations?|formulas?|formulae|math|maths)|show (?:me )?the math|mathematically|con (?:ecuaciones|fórmulas)|matemáticamente|avec des (?:équations|formules)|mathématiquement|mit (?:formeln|gleichungen)|mathematisch", { mathComfort: 3 }],
  ["formally|in a formal (?:tone|way|style|register)|formalmente|de (?:manera|forma) formal|formellement|de (?:façon|manière) formelle|förmlich|formell", { tone: 0 }],
  ["casually|casual|in a friendly way|warmly|informalmente|de (?:manera|forma) (?:casual|informal)|de (?:façon|manière) (?:décontractée|informelle)|locker|lässig|umgangssprachlich", { tone: 2 }],
  ["playfully|playful|make it fun|in a fun way|with (?:humou?r|jokes)|de forma divertida|con humor|de (?:façon|manière) ludique|avec humour|verspielt|mit humor", { tone: 3 }],
  ["in simple terms|in plain (?:english|words|language)|like i'?m (?:5|five)|eli5|for a (?:beginner|child|kid)|in layman'?s terms|en términos sencillos|de forma sencilla|en termes simples|in einfachen worten|einfach erklärt", { density: 0, level: 0 }],
  ["in technical terms|for (?:an )?experts?|at an expert level|rigorously|en términos técnicos|para (?:un )?expertos?|en termes techniques|pour (?:un )?experts?|fachlich|für experten", { density: 2, level: 3 }],
];

/** Whole words only; `\b` would not see the edge of "décontractée" or "español". */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "iu");
const REQUESTS = REQUEST_PATTERNS.map(([source, set]) => [words(source), set] as const);

const languageRequest = (Object.entries(LANGUAGE_WORDS) as [Language, string][]).map(
  ([language, names]) => [words(`(?:in|en|auf|em)\\s+(?:${names})`), language] as const,
);

/** The overrides a message asks for, and the message with those requests taken out (for finding the topic). */
export function readRequest(message: string): { overrides: Overrides; rest: string } {
  const overrides: Overrides = {};
  let rest = message;
  const seen = new Set<string>();
  for (const [re, set] of REQUESTS) {
    const match = rest.match(re);
    if (!match) continue;
    for (const [key, value] of Object.entries(set)) {
      if (!seen.has(key)) Object.assign(overrides, { [key]: value });
      seen.add(key);
    }
    rest = rest.replace(re, " ");
  }
  for (const [re, language] of languageRequest) {
    if (overrides.language === undefined && re.test(rest)) [overrides.language, rest] = [language, rest.replace(re, " ")];
  }
  return { overrides, rest };
}

const ALL_STOPWORDS = new Set(Object.values(STOPWORDS).flatMap((list) => list.split(" ")));
/** Words of a question that are not its subject. */
const ASKING = new Set(
  ("what how why when where who which whom whose explain describe tell show give help please could would should did does do was were i me my we our us you your " +
    "form forms formed work works happen happens mean means make makes made use used get gets know understand learn difference between about " +
    "summarize summarise summary simple quick question answer thing things really some any much many other something anything " +
    "more again else continue elaborate expand further detail details example examples process way part kind type " +
    "qué cómo por cuál cuáles cuándo dónde quién explica explícame explicar dime describe funciona funcionan significa puedes podrías mi me yo " +
    "quoi comment pourquoi quel quelle quels quelles explique expliquer expliquez dis décris fonctionne peux pourrais moi mon je " +
    "wie warum wann wo wer welche welcher erkläre erklär erklären beschreibe funktioniert bedeutet kannst könntest mir mich mein ich").split(" "),
);
const CONNECTORS = new Set(["and", "of", "in", "for", "y", "de", "del", "en", "et", "des", "du", "und", "von", "im", "e", "di", "do", "da"]);
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;

const isContent = (word: string) => {
  const w = word.toLowerCase();
  return !ALL_STOPWORDS.has(w) && !ASKING.has(w) && /\p{L}/u.test(w) && (w.length > 1 || /[A-Z]/.test(word));
};

const ARTICLES = new Set(["the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les", "der", "die", "das", "ein", "eine"]);
/** Words that follow a verb, not a subject: "Vaccines expose the …", "Black holes form when …", "Ice floats on …". */
const AFTER_VERB = new Set([...ARTICLES, "when", "if", "because", "by", "into", "to", "from", "with", "on", "at", "through", "cuando", "quand", "wenn"]);

/** The word after one of these is the verb ("Warum schwimmt Eis …", "What causes inflation?"), not the subject. */
const QUESTION_WORDS = new Set(
  "what how why when where who which qué cómo cuándo dónde quién cuál pourquoi comment quand où qui warum wie was wann wo wer wieso weshalb".split(" "),
);
/** French inversion: "flotte-t-elle", "fonctionne-t-il", "vient-il". */
const INVERTED_VERB = /-(?:t-)?(?:il|elle|ils|elles|on)$/i;

/** "How do vaccines train …": after a question word and an auxiliary, the subject runs up to the main verb. */
const AUXILIARY_QUESTION = /^\s*(?:how|why|when|where|what|which)\s+(?:do|does|did|can|could|will|would|should|might|may)\s/i;

/**
 * The subject of a question: the subject before the main verb of an auxiliary question ("vaccines" in "How do
 * vaccines train the immune system?"), else its longest run of content words ("recursion in Python"), where a
 * run after an article counts a little more: it is a noun, not the verb of "¿Por qué flota el hielo…?".
 */
export function extractTopic(message: string): string | undefined {
  const tokens = message.match(TOKEN_RE) ?? [];
  const runs: { words: string[]; next: string | undefined; score: number }[] = [];
  let run: string[] = [];
  let previous = "";
  let before = "";
  const close = (next?: string) => {
    while (run.length && !isContent(run.at(-1)!)) run.pop();
    const score = run.filter(isContent).length + (ARTICLES.has(before) ? 0.5 : 0);
    if (run.length) runs.push({ words: run.slice(0, 5), next: next?.toLowerCase(), score });
    run = [];
  };
  for (const token of tokens) {
    const verb = QUESTION_WORDS.has(previous) || INVERTED_VERB.test(token);
    if (isContent(token) && !verb) {
      if (run.length === 0) before = previous;
      run.push(token);
    } else if (run.length && CONNECTORS.has(token.toLowerCase())) run.push(token);
    else close(token);
    previous = token.toLowerCase();
  }
  close();
  let best = runs.reduce<{ words: string[]; score: number }>((a, r) => (r.score > a.score ? r : a), { words: [], score: 0 }).words;
  const [subject] = runs;
  if (AUXILIARY_QUESTION.test(message) && subject && subject.words.length >= 2 && AFTER_VERB.has(subject.next ?? "")) {
    best = subject.words.slice(0, -1);
  }
  if (best.length === 0) return undefined;
  const first = best[0]!;
  const atStart = tokens.filter((t) => /\p{L}/u.test(t))[0] === first;
  const keepCase = detectLanguage(message) === "de" || /^\p{Lu}{2}|\p{Lu}.*\p{Lu}/u.test(first);
  if (atStart && !keepCase) best[0] = first.charAt(0).toLowerCase() + first.slice(1);
  return best.join(" ");
}

/** The most frequent content words of a text (ties: first seen), in their usual written form. */
export function keyTerms(text: string, n: number): string[] {
  const counts = new Map<string, { count: number; first: number; form: string }>();
  let sentenceStart = true;
  (text.match(TOKEN_RE) ?? []).forEach((token, i) => {
    if (/^[.!?]$/.test(token)) sentenceStart = true;
    if (!/\p{L}/u.test(token)) return;
    const lower = token.toLowerCase();
    if (isContent(token) && lower.length >= 4 && /^\p{L}+$/u.test(token)) {
      const entry = counts.get(lower) ?? { count: 0, first: i, form: lower };
      if (!sentenceStart || /^\p{Lu}+$/u.test(token)) entry.form = token;
      entry.count++;
      counts.set(lower, entry);
    }
    sentenceStart = false;
  });
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, n)
    .map((e) => e.form);
}

/** What a pasted text is about: the subject it opens with ("Photosynthesis is …"), if it opens with one. */
function openingSubject(text: string): string | undefined {
  const words = (text.match(TOKEN_RE) ?? []).slice(0, 7);
  const start = words[0] && ARTICLES.has(words[0].toLowerCase()) ? 1 : 0;
  const subject: string[] = [];
  for (const word of words.slice(start)) {
    if (!isContent(word) || !/^\p{L}/u.test(word)) break;
    subject.push(word);
  }
  const next = words[start + subject.length]?.toLowerCase();
  if (subject.length >= 2 && next && AFTER_VERB.has(next)) subject.pop();
  if (subject.length === 0 || subject.length > 3) return undefined;
  const keepCase = start > 0 || detectLanguage(text) === "de" || /^\p{Lu}{2}/u.test(subject[0]!);
  if (!keepCase) subject[0] = subject[0]!.charAt(0).toLowerCase() + subject[0]!.slice(1);
  return subject.join(" ");
}

/** The paragraph and the surface instructions of a system prompt (lib/ai/prompts.ts builds it). */
export function splitSystem(system: string): { paragraph: string | undefined; instructions: string } {
  const at = system.indexOf(PREAMBLE_SEPARATOR);
  if (at >= 0) return { paragraph: system.slice(0, at).trim() || undefined, instructions: system.slice(at).trim() };
  // No separator: only surface instructions (no preamble), unless it is a bare paragraph from a direct caller.
  const bare = system.trim();
  const isInstructions = bare === "" || Object.values(SURFACE_INSTRUCTIONS).some((s) => s !== "" && bare.startsWith(s));
  return isInstructions ? { paragraph: undefined, instructions: bare } : { paragraph: bare, instructions: "" };
}

export function modeOf(instructions: string): Mode {
  const first = instructions.split(/(?<=[.!?])\s/)[0] ?? "";
  if (/summari[sz]e/i.test(first)) return "summarize";
  return /\bexplain/i.test(first) ? "explain" : "chat";
}

const ordinal = (dim: OrdinalDim, value: number | undefined) =>
  value === undefined ? DEFAULT_ATOMS[dim] : snapOrdinal(dim, value);

/** Everything the writer needs but the seed: paragraph cues, then the message's explicit requests on top. */
export function readPrompt(system: string, messages: string[]): Omit<WriteRequest, "seed"> {
  const { paragraph, instructions } = splitSystem(system);
  const mode = modeOf(instructions);
  const cues: Cues = paragraph ? readCues(paragraph) : {};
  const message = messages.at(-1) ?? "";
  const { overrides, rest } = readRequest(message);
  const askedIn = detectLanguage(rest);
  const { oneSentence, ...asked } = overrides;
  const targets: Targets = {
    tone: ordinal("tone", cues.tone),
    length: ordinal("length", cues.length),
    density: ordinal("density", cues.density),
    mathComfort: cues.mathComfort === undefined ? undefined : snapOrdinal("mathComfort", cues.mathComfort),
    level: ordinal("level", cues.level),
    // No domain in the paragraph: the question's own field, as a real model would answer in it.
    domain: cues.domain ?? measureFeatures(rest).domain ?? "general",
    language: cues.language ?? askedIn ?? "en",
    ...asked,
  };
  // A pasted text is about what it opens with ("Photosynthesis is …"), else about its most frequent terms.
  let topic = mode === "chat" ? extractTopic(rest) : openingSubject(rest);
  for (const earlier of messages.slice(0, -1).reverse()) topic ??= extractTopic(readRequest(earlier).rest);
  const keys = keyTerms(rest, 4);
  const sourceWords = mode === "summarize" ? textStats(rest).words : undefined;
  return { targets, mode, topic: topic ?? keys[0], keys, askedIn, sourceWords, ...(oneSentence ? { oneSentence } : {}) };
}
