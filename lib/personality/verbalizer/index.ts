/**
 * L5, the verbalizer (docs/design.md): atoms + about-me + folded amendments → the paragraph. Two implementations
 * behind one type: the LLM one (lib/ai) and the offline one here, which is also the LLM's fallback.
 */
import { verbalizeOffline, type VerbalizerInput } from "./offline";
import { MAX_PARAGRAPH_WORDS, countWords } from "./text";

export { ABOUT_ME_EXCERPT_CHARS, ABOUT_ME_EXCERPT_WORDS, verbalizeOffline, type VerbalizerInput } from "./offline";
export { MAX_PARAGRAPH_WORDS, countWords } from "./text";
export { PROSE_LANGUAGES, type ProseLanguage } from "./phrases";

/**
 * A verbalizer that may fail. The LLM one bounds its own time (the harness aborts the call after
 * VERBALIZER_TIMEOUT_MS, lib/env.ts) and throws, which verbalizeWithFallback turns into the offline paragraph.
 */
export type Verbalizer = (input: VerbalizerInput) => Promise<string>;

export const offlineVerbalizer: Verbalizer = async (input) => verbalizeOffline(input);

export type Verbalized = { text: string; by: "llm" | "offline"; error?: unknown };

/**
 * The model's paragraph when it arrives in time and keeps the contract (non-empty, under MAX_PARAGRAPH_WORDS);
 * otherwise the offline paragraph, with the reason in `error` for the caller to log. Never throws.
 */
export async function verbalizeWithFallback(input: VerbalizerInput, llm: Verbalizer | undefined): Promise<Verbalized> {
  if (!llm) return { text: verbalizeOffline(input), by: "offline" };
  try {
    const text = (await llm(input)).trim();
    if (!text) throw new Error("verbalizer: empty paragraph");
    if (countWords(text) >= MAX_PARAGRAPH_WORDS) throw new Error(`verbalizer: paragraph of ${countWords(text)} words`);
    return { text, by: "llm" };
  } catch (error) {
    return { text: verbalizeOffline(input), by: "offline", error };
  }
}
