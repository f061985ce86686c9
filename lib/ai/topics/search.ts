/**
 * Finding the topic of a message: MiniSearch over the library, one document per topic and language (title and
 * terms boosted over the body). The ranking is MiniSearch's BM25; what this module decides is only whether the
 * best hit is an answer at all (`isOnTopic`), so a question outside the library gets the honest reply instead of
 * the nearest topic.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { STOPWORDS } from "@/lib/personality/features-lexicon";
import { LIBRARY } from "./index";
import { TOPIC_LANGUAGES, type Topic, type TopicLanguage } from "./types";

/** Words of a question that say how it is asked, not what it is about (all four languages). */
const ASKING =
  "way thing things something really actually also just like get make use know want need kind best more again continue elaborate expand further example examples go on " +
  "what how why when where who which does do did is are was can could would should explain describe tell show give me please about work works mean means happen happens " +
  "qué cómo por cuál cuándo dónde quién explica explícame dime describe funciona significa pasa puedes sobre es son " +
  "quoi comment pourquoi quel quelle quels quelles explique expliquez dis décris fonctionne marche signifie peux sur est-ce qu'est-ce c'est " +
  "was wie warum wann wo wer welche welcher erkläre erklär beschreibe funktioniert bedeutet kannst über ist sind";
const IGNORED = new Set([...Object.values(STOPWORDS).flatMap((list) => list.split(" ")), ...ASKING.split(" ")].map((w) => fold(w)));

/** Lower case, no accents, and an English/Romance plural "s" off, on both the index and the query. */
function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, "'");
}
function processTerm(term: string): string | null {
  const w = fold(term).replace(/^(?:l|d|qu|j|n|s|c)'/, "").replace(/'(?:s|re|ve|ll|d|m|t)$/, "");
  if (w.length < 2 || IGNORED.has(w) || /^\d+$/.test(w)) return null;
  return w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}
const tokenize = (text: string) => text.split(/[^\p{L}\p{N}'’-]+/u).flatMap((t) => t.split("-")).filter(Boolean);

type Doc = { id: string; topic: string; lang: TopicLanguage; title: string; terms: string; body: string };

const index = new MiniSearch<Doc>({
  fields: ["title", "terms", "body"],
  storeFields: ["topic", "lang"],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 3, terms: 3, body: 0.5 },
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    combineWith: "OR",
  },
});
index.addAll(
  LIBRARY.flatMap((topic) =>
    TOPIC_LANGUAGES.map((lang) => {
      const t = topic.text[lang];
      return { id: `${topic.id}:${lang}`, topic: topic.id, lang, title: t.title, terms: t.terms, body: `${t.levels[0]} ${t.levels[1]}` };
    }),
  ),
);

/** `language`: the language the question matched in, when it matched that one clearly better than the others. */
export type TopicHit = { topic: Topic; language: TopicLanguage | undefined; score: number };

/** A language wins the question when its document outscores the same topic in every other language by this much. */
export const LANGUAGE_LEAD = 1.2;

/** The words of a message the search looks for (what processTerm keeps). */
export const queryTerms = (message: string) => [...new Set(tokenize(message).flatMap((t) => processTerm(t) ?? []))];

/**
 * A hit is on topic when it matched two of the question's content words, or its only one, and at least one of
 * them in its title or terms (not only in the body, where any word can appear). One shared word in a longer
 * question is not enough: "the capital of France" is not compound interest.
 */
function isOnTopic(hit: SearchResult, asked: number): boolean {
  const matched = hit.queryTerms.length;
  const inHeading = Object.values(hit.match).some((fields) => fields.includes("title") || fields.includes("terms"));
  return inHeading && (matched >= 2 || asked === 1);
}

export function findTopic(message: string): TopicHit | undefined {
  const asked = queryTerms(message).length;
  if (asked === 0) return undefined;
  const results = index.search(message);
  const [best] = results;
  if (!best || !isOnTopic(best, asked)) return undefined;
  // "What is inflation?" matches the English and the German document alike: no evidence of either language.
  const rival = results.find((r) => r.topic === best.topic && r.lang !== best.lang);
  const language = !rival || best.score >= LANGUAGE_LEAD * rival.score ? (best.lang as TopicLanguage) : undefined;
  return { topic: LIBRARY.find((t) => t.id === best.topic)!, language, score: best.score };
}
