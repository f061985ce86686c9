import "server-only";
import { getDb } from "@/db/client";
import { getPromptParagraph } from "@/db/queries/summary";
import type { Provenance } from "@/db/schema";
import { normalizeParagraph } from "./prompts";

/**
 * The paragraph as the harness sends it. `text` is null when there is no preamble at all (provenance `empty`,
 * or nobody wrote a row yet); then `version` is 0, which is what responses record.
 */
export type Preamble =
  | { text: string; provenance: Exclude<Provenance, "empty">; version: number }
  | { text: null; provenance: "empty"; version: 0 };

export const NO_PREAMBLE: Preamble = { text: null, provenance: "empty", version: 0 };

/**
 * THE read of the paragraph for prompting (docs/design.md, L1): one primary-key lookup, no cache, no LLM call.
 * Only lib/ai/harness.ts calls it, and tests/source-scan.test.ts fails the build if anything else defines or
 * calls it: every surface then sees the paragraph exactly as stored, the moment it is stored.
 */
export async function readPreamble(userId: string): Promise<Preamble> {
  const row = await getPromptParagraph({ db: await getDb(), userId });
  return toPreamble(row);
}

/** Empty provenance, or a paragraph that is only whitespace, is no preamble: never a made-up default. */
export function toPreamble(row: { text: string; provenance: Provenance; version: number } | undefined): Preamble {
  const text = row ? normalizeParagraph(row.text) : "";
  if (!row || row.provenance === "empty" || text === "") return NO_PREAMBLE;
  return { text, provenance: row.provenance, version: row.version };
}
