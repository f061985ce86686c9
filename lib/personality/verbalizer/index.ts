/**
 * L5, the verbalizer (DESIGN.md): atoms + about-me + folded amendments → the paragraph. Two implementations
 * behind one type: the LLM one (lib/ai) and the offline one here, which is also the LLM's fallback.
 */
import { verbalizeOffline, type VerbalizerInput } from "./offline";
import { MAX_PARAGRAPH_WORDS, countWords } from "./text";

export { ABOUT_ME_EXCERPT_CHARS, ABOUT_ME_EXCERPT_WORDS, verbalizeOffline, type VerbalizerInput } from "./offline";
export { MAX_PARAGRAPH_WORDS, countWords } from "./text";
export { PROSE_LANGUAGES, type ProseLanguage } from "./phrases";

/** `signal` aborts a model call that ran out of time; the offline verbalizer ignores it. */
export type Verbalizer = (input: VerbalizerInput, options?: { signal?: AbortSignal }) => Promise<string>;

export const offlineVerbalizer: Verbalizer = async (input) => verbalizeOffline(input);

/** How long the LLM verbalizer may take before the offline one answers instead (DESIGN.md, L5). */
export const VERBALIZER_TIMEOUT_MS = 5_000;

export type Verbalized = { text: string; by: "llm" | "offline"; error?: unknown };

/**
 * The model's paragraph when it arrives in time and keeps the contract (non-empty, under MAX_PARAGRAPH_WORDS);
 * otherwise the offline paragraph, with the reason in `error` for the caller to log. Never throws.
 */
export async function verbalizeWithFallback(
  input: VerbalizerInput,
  llm: Verbalizer | undefined,
  { timeoutMs = VERBALIZER_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Verbalized> {
  if (!llm) return { text: verbalizeOffline(input), by: "offline" };
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`verbalizer: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const text = (await Promise.race([llm(input, { signal: controller.signal }), timeout])).trim();
    if (!text) throw new Error("verbalizer: empty paragraph");
    if (countWords(text) >= MAX_PARAGRAPH_WORDS) throw new Error(`verbalizer: paragraph of ${countWords(text)} words`);
    return { text, by: "llm" };
  } catch (error) {
    return { text: verbalizeOffline(input), by: "offline", error };
  } finally {
    clearTimeout(timer);
  }
}
