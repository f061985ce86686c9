/**
 * How the offline model reads its prompt: the reader's paragraph (through readCues, the same reader of the
 * paragraph's wording the refinement loop uses), the surface instructions that pick the mode, and explicit
 * requests in the message ("briefly", "in Spanish") that override the paragraph for this reply, as a real
 * model would. Pure: strings in, targets out.
 */
import { DEFAULT_ATOMS, snapOrdinal, type Domain, type Language, type OrdinalDim } from "../personality/atoms";
import { readCues, type Cues } from "../personality/paragraph-reader";
import { detectLanguage, measureFeatures } from "../personality/features";
import { PREAMBLE_SEPARATOR, SURFACE_INSTRUCTIONS } from "./prompts";

export type Mode = "chat" | "explain" | "summarize";
/** Ordinals as option indexes; mathComfort undefined = the reader said nothing about math. */
export type Targets = {
  tone: number;
  length: number;
  density: number;
  mathComfort: number | undefined;
  level: number;
  domain: Domain;
  language: Language;
};
/** What the offline model reads from a prompt: the targets, the mode, and the message without its requests. */
export type Reading = {
  targets: Targets;
  mode: Mode;
  /** The latest message with its explicit requests taken out: what to search, or the text to work on. */
  message: string;
  /** Earlier user messages, newest first, requests taken out: where a follow-up's topic is. */
  earlier: string[];
  /** The language the message is written in, when it shows enough evidence. */
  askedIn: Language | undefined;
  /** False when neither the paragraph, a request nor the message says the language (it is then "en"). */
  languageKnown: boolean;
  oneSentence?: boolean;
};

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

/** Paragraph cues, then the message's explicit requests on top. */
export function readPrompt(system: string, messages: string[]): Reading {
  const { paragraph, instructions } = splitSystem(system);
  const mode = modeOf(instructions);
  const cues: Cues = paragraph ? readCues(paragraph) : {};
  const { overrides, rest } = readRequest(messages.at(-1) ?? "");
  const askedIn = detectLanguage(rest);
  const { oneSentence, ...asked } = overrides;
  const targets: Targets = {
    tone: ordinal("tone", cues.tone),
    length: ordinal("length", cues.length),
    density: ordinal("density", cues.density),
    mathComfort: cues.mathComfort === undefined ? undefined : snapOrdinal("mathComfort", cues.mathComfort),
    level: ordinal("level", cues.level),
    domain: cues.domain ?? measureFeatures(rest).domain ?? "general",
    language: cues.language ?? askedIn ?? "en",
    ...asked,
  };
  const earlier = messages.slice(0, -1).reverse().map((m) => readRequest(m).rest);
  const languageKnown = cues.language !== undefined || askedIn !== undefined || asked.language !== undefined;
  return { targets, mode, message: rest, earlier, askedIn, languageKnown, ...(oneSentence ? { oneSentence } : {}) };
}
