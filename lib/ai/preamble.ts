import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import { personalitySummary, type Provenance } from "@/db/schema";
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
 * THE read of the paragraph for prompting (DESIGN.md, L1): one primary-key lookup, no cache, no LLM call.
 * Only lib/ai/harness.ts calls it, and tests/source-scan.test.ts fails the build if anything else defines or
 * calls it: every surface then sees the paragraph exactly as stored, the moment it is stored.
 */
export async function readPreamble(userId: string): Promise<Preamble> {
  // Built once per database client (a query plan, not data: every call still reads the row), so the hot path
  // skips query building — the read costs about one round trip.
  const [row] = await preparedQuery(await getDb(), "read_preamble", prepareRead).execute({ userId });
  return toPreamble(row);
}

function prepareRead(db: Executor) {
  return db
    .select({
      text: personalitySummary.text,
      provenance: personalitySummary.provenance,
      version: personalitySummary.version,
    })
    .from(personalitySummary)
    .where(eq(personalitySummary.userId, sql.placeholder("userId")))
    .prepare("read_preamble");
}

/** Empty provenance, or a paragraph that is only whitespace, is no preamble: never a made-up default. */
export function toPreamble(row: { text: string; provenance: Provenance; version: number } | undefined): Preamble {
  const text = row ? normalizeParagraph(row.text) : "";
  if (!row || row.provenance === "empty" || text === "") return NO_PREAMBLE;
  return { text, provenance: row.provenance, version: row.version };
}
