/**
 * The offline model's answer to a question on a library topic (docs/design.md, "The offline model"): the
 * paragraph's targets pick WHAT is said (the level's text, the formula or the words-only intuition, the worked
 * example, code, caveats, related topics) and HOW (sentence density, tone frames, language), in Markdown as a
 * real model writes it. Deterministic: the same request gives the same answer.
 */
import type { Targets } from "./offline-reader";
import { contract, continued, mulberry32, properNouns, reflow, sentencesOf, type Rng } from "./offline-prose";
import { FALLBACK_NOTES, FRAMES, type Frames } from "./topics/frames";
import { LIBRARY, topicsOf } from "./topics/index";
import { TOPIC_LANGUAGES, type Topic, type TopicLanguage } from "./topics/types";

export type AnswerRequest = { topic: Topic; targets: Targets; oneSentence?: boolean; seed: number };

/** The library's language for a reader, and the note a reader in another language gets first. */
export function answerLanguage(language: Targets["language"]): { lang: TopicLanguage; note?: string } {
  if ((TOPIC_LANGUAGES as readonly string[]).includes(language)) return { lang: language as TopicLanguage };
  return { lang: "en", note: FALLBACK_NOTES[language as keyof typeof FALLBACK_NOTES] };
}

/** The library's names and German nouns, which keep their capital inside a sentence. */
let libraryNames: Set<string> | undefined;
const namesOf = () =>
  (libraryNames ??= properNouns(
    LIBRARY.flatMap((t) => Object.values(t.text).flatMap((x) => [x.title, ...x.levels, x.intuition, x.formula, x.example, x.caveat])),
  ));

/**
 * The sentences of a library text (the segmenter's pass over it), kept per language and text: the library is
 * fixed, so this holds at most one entry per text, and an answer splits five to eight of them. Each call gets
 * its own copy (a block's sentences are appended to).
 */
const librarySentences = new Map<string, readonly string[]>();
function sentencesOfLibrary(text: string, lang: TopicLanguage): string[] {
  const key = `${lang}\u0000${text}`;
  let sentences = librarySentences.get(key);
  if (!sentences) librarySentences.set(key, (sentences = sentencesOf(text, lang)));
  return [...sentences];
}

const pickFrom = (rnd: Rng) => <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** A block of the answer: prose (reflowed to the density, tone-marked) or Markdown kept as it is. */
type Block = { prose: string[] } | { raw: string };

export function writeAnswer({ topic, targets, oneSentence, seed }: AnswerRequest): string {
  const { lang, note } = answerLanguage(targets.language);
  const T = topic.text[lang];
  const F = FRAMES[lang];
  const pick = pickFrom(mulberry32(seed));
  const { length, density, level, tone } = targets;
  // A reader who said nothing about math gets the light default: the formula, every symbol named.
  const math = targets.mathComfort ?? 1;
  const says = (text: string) => sentencesOfLibrary(text, lang);
  // Plain words and short sentences: the reader asked for simpler prose, which is the text one level down.
  const textLevel = density === 0 ? Math.max(0, level - 1) : level;
  const core = says(T.levels[textLevel]!);

  if (oneSentence) return [note, core[0]].filter(Boolean).join("\n\n");

  const blocks: Block[] = [];
  /** Dense prose runs the formula's lead-in on from the sentence before it. */
  const formula = (): Block[] => {
    const last = blocks.at(-1);
    if (density >= 2 && last && "prose" in last) {
      last.prose.push(T.formula);
      return [{ raw: `$$\n${topic.formula}\n$$` }];
    }
    return [{ prose: [T.formula] }, { raw: `$$\n${topic.formula}\n$$` }];
  };
  const example = (): Block[] => [
    { raw: `**${F.labels.example}.**` },
    { prose: says(T.example) },
    ...(math >= 1 ? [{ raw: `$${topic.worked}$` }] : []),
  ];
  const opener = pick(F.open[tone]!).replace("{title}", continued(T.title, namesOf()));
  if (opener && length > 0) blocks.push({ raw: opener });

  if (length === 0) {
    blocks.push({ prose: core.slice(0, 2) });
    if (math >= 2) blocks.push({ raw: `$$\n${topic.formula}\n$$` });
  } else if (length === 1) {
    blocks.push({ prose: core });
    if (math === 0) blocks.push({ prose: [F.noMath, ...says(T.intuition).slice(0, 2)] });
    else blocks.push(...formula());
    if (math >= 2) blocks.push({ raw: `$${topic.worked}$` });
  } else {
    const exhaustive = length === 3;
    if (exhaustive && textLevel > 0) blocks.push({ prose: says(T.levels[textLevel - 1]!) });
    blocks.push({ prose: core });
    if (exhaustive && textLevel < 3) blocks.push({ raw: `**${F.labels.deeper}.**` }, { prose: says(T.levels[textLevel + 1]!) });
    if (math <= 1 || exhaustive) blocks.push({ prose: math === 0 ? [F.noMath, ...says(T.intuition)] : says(T.intuition) });
    if (math >= 1) blocks.push(...formula());
    blocks.push(...example());
    if (topic.code) blocks.push({ raw: `**${F.labels.code}.**\n\n\`\`\`${topic.code.language}\n${topic.code.source}\n\`\`\`` });
    if (exhaustive) {
      blocks.push({ raw: `**${F.labels.caveat}.**` }, { prose: says(T.caveat) });
      blocks.push({ raw: related(topic, lang, F) });
    }
  }
  const closer = length > 0 ? pick(F.close[tone]!) : "";
  if (closer) blocks.push({ raw: closer });
  const body = render(blocks, { density, tone, lang, F, pick });
  return [note, body].filter(Boolean).join("\n\n");
}

/** The other topics of the same domain, each with its newcomer-level first sentence. */
function related(topic: Topic, lang: TopicLanguage, F: Frames): string {
  const items = topicsOf(topic.domain)
    .filter((t) => t.id !== topic.id)
    .map((t) => `- **${t.text[lang].title}**: ${sentencesOfLibrary(t.text[lang].levels[0], lang)[0]}`);
  return `${F.labels.related}\n\n${items.join("\n")}`;
}

type Style = { density: number; tone: number; lang: TopicLanguage; F: Frames; pick: <T>(items: readonly T[]) => T };

/**
 * Prose blocks reflowed to the density; every other sentence after the first carries a tone prefix (formal,
 * warm, playful), playful sentences alternate with exclamations; warm and playful English contracts.
 */
function render(blocks: Block[], { density, tone, lang, F, pick }: Style): string {
  let n = 0;
  const paragraphs = blocks.map((block) => {
    if ("raw" in block) return block.raw;
    const sentences = reflow(block.prose, density, namesOf(), lang).map((s) => {
      const i = n++;
      let out = s;
      const prefixes = F.prefix[tone]!.filter(Boolean);
      if (i > 0 && i % 2 === 1 && prefixes.length > 0) out = pick(prefixes) + (lang === "de" ? out : continued(out, namesOf()));
      if (tone === 3 && i % 2 === 0 && out.endsWith(".")) out = `${F.exclaimOpen ?? ""}${out.slice(0, -1)}!`;
      return out;
    });
    const text = sentences.join(" ");
    return tone >= 2 && lang === "en" ? contract(text) : text;
  });
  return paragraphs.filter(Boolean).join("\n\n");
}

/** What the offline model says to a question outside its library: what it can talk about, and how to get more. */
export function writeUnknown(language: Targets["language"]): string {
  const { lang, note } = answerLanguage(language);
  const F = FRAMES[lang];
  const domains = [...new Set(LIBRARY.map((t) => t.domain))];
  const list = domains.map((d) => `- ${topicsOf(d).map((t) => t.text[lang].title).join(" · ")}`).join("\n");
  return [note, F.unknown.intro, `${F.unknown.list}\n\n${list}`, F.unknown.connect].filter(Boolean).join("\n\n");
}

