import "server-only";
import { env } from "@/lib/env";
import { DIMENSION_LABELS, LANGUAGE_NAMES, ORDINAL_DIMS, optionLabel } from "@/lib/personality/atoms";
import { verbalizeWithFallback, type Verbalized, type Verbalizer, type VerbalizerInput } from "@/lib/personality/verbalizer";
import { generateWithFastModel } from "./harness";
import { VERBALIZER_INSTRUCTIONS } from "./prompts";

export type VerbalizeInput = VerbalizerInput;
export type { Verbalized };

/** Room for 300 words in any of the eight languages (CJK text costs more tokens per word). */
const MAX_OUTPUT_TOKENS = 700;

/** The LLM verbalizer: one bounded fast-model call through the harness; undefined when no model is configured. */
const llmVerbalizer: Verbalizer = async (input) => {
  const text = await generateWithFastModel({
    instructions: VERBALIZER_INSTRUCTIONS,
    prompt: describeForModel(input),
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    // The one time bound of the call: the harness aborts it, the fallback then answers offline.
    timeoutMs: env().VERBALIZER_TIMEOUT_MS,
  });
  if (text === null) throw new Error("verbalizer: no model configured");
  return stripQuotes(text);
};

/**
 * Write-time verbalization (L5). With a model configured: the LLM verbalizer, with the offline verbalizer as the
 * fallback when the call fails, exceeds VERBALIZER_TIMEOUT_MS, or breaks the paragraph's contract (empty, 300
 * words or more): verbalizeWithFallback decides. Without one: the offline verbalizer. Never throws.
 */
export async function verbalize(input: VerbalizeInput): Promise<Verbalized> {
  const e = env();
  const configured = Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL);
  const result = await verbalizeWithFallback(input, configured ? llmVerbalizer : undefined);
  if (result.error) {
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    console.warn(`[verbalize] using the offline verbalizer: ${reason}`);
  }
  return result;
}

/** The atoms as the model reads them: option names, not indexes. */
export function describeForModel({ atoms, aboutMe, amendments }: VerbalizeInput): string {
  const lines = ORDINAL_DIMS.map((dim) => `${DIMENSION_LABELS[dim]}: ${optionLabel(atoms, dim)}`);
  lines.push(`Domain: ${atoms.domain}`);
  lines.push(`Language: ${LANGUAGE_NAMES[atoms.language]} (write the paragraph in ${LANGUAGE_NAMES[atoms.language]})`);
  if (aboutMe.trim()) lines.push(`About me, in their words: ${aboutMe.trim()}`);
  for (const a of amendments) lines.push(`Amendment to fold in: ${a}`);
  return lines.join("\n");
}

/** Models like to wrap the paragraph in quotes. */
export function stripQuotes(raw: string): string {
  return raw
    .trim()
    .replace(/^["“'`]+|["”'`]+$/g, "")
    .trim();
}
