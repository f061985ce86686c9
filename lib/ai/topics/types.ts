/**
 * The shape of the offline model's topic library (docs/design.md, "The offline model"): what it knows, written
 * for this project, per topic and per language. Everything here is content; finding a topic is search.ts, and
 * writing an answer from one is lib/ai/offline-answer.ts.
 */
import type { Domain } from "@/lib/personality/atoms";

/** The languages the library is written in; a reader who wants another gets English with a note. */
export const TOPIC_LANGUAGES = ["en", "es", "fr", "de"] as const;
export type TopicLanguage = (typeof TOPIC_LANGUAGES)[number];

export type TopicText = {
  /** The topic as a heading would name it. */
  title: string;
  /** Words people use when they ask about it (synonyms, paraphrases): indexed beside the title. */
  terms: string;
  /** What to say at each level: newcomer, student, practitioner, expert (a few sentences each). */
  levels: readonly [string, string, string, string];
  /** The idea in words, without a symbol: what a reader who avoids math gets instead of the formula. */
  intuition: string;
  /** The sentence that introduces the formula and names its symbols. */
  formula: string;
  /** A worked example, in words and numbers. */
  example: string;
  /** The usual mistake, or where the idea stops holding. */
  caveat: string;
};

export type Topic = {
  id: string;
  domain: Domain;
  /** The formula, as LaTeX for a `$$…$$` block. */
  formula: string;
  /** The worked example's arithmetic, as LaTeX for an inline `$…$`. */
  worked: string;
  /** A short program, for topics that have one. */
  code?: { language: string; source: string };
  text: Record<TopicLanguage, TopicText>;
};
