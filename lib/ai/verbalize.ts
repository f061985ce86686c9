import "server-only";
import { env } from "@/lib/env";
import {
  DIMENSION_LABELS,
  LANGUAGE_NAMES,
  ORDINAL_DIMS,
  optionLabel,
  type Atoms,
} from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { generateWithFastModel } from "./harness";
import { VERBALIZER_INSTRUCTIONS } from "./prompts";

export type VerbalizeInput = { atoms: Atoms; aboutMe: string; amendments: string[] };
export type Verbalized = { text: string; by: "llm" | "offline" };

/** The paragraph's word limit (DESIGN.md, "Personality summary"). */
export const MAX_PARAGRAPH_WORDS = 300;
/** Room for 300 words in any of the eight languages (CJK text costs more tokens per word). */
const MAX_OUTPUT_TOKENS = 700;

/**
 * Write-time verbalization (L5). With a model configured: one bounded fast-model call through the harness,
 * falling back to the offline verbalizer when it fails, exceeds VERBALIZER_TIMEOUT_MS, or returns something
 * that is not a usable paragraph. Without one: the offline verbalizer. Never throws.
 */
export async function verbalize(input: VerbalizeInput): Promise<Verbalized> {
  try {
    const raw = await generateWithFastModel({
      instructions: VERBALIZER_INSTRUCTIONS,
      prompt: describeForModel(input),
      maxOutputTokens: MAX_OUTPUT_TOKENS,
      timeoutMs: env().VERBALIZER_TIMEOUT_MS,
    });
    if (raw !== null) {
      const text = cleanParagraph(raw);
      if (text) return { text, by: "llm" };
      console.warn("[verbalize] the model's paragraph was empty or too long; using the offline verbalizer");
    }
  } catch (err) {
    console.warn("[verbalize] model call failed; using the offline verbalizer:", err instanceof Error ? err.message : err);
  }
  return { text: verbalizeOffline(input), by: "offline" };
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

/** Trims wrapping quotes and whitespace; null when empty or over the word limit. */
export function cleanParagraph(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/^["“'`]+|["”'`]+$/g, "")
    .trim();
  if (!text) return null;
  const words = text.split(/\s+/).length;
  return words > MAX_PARAGRAPH_WORDS ? null : text;
}
