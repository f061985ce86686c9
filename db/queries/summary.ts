import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { executePrepared } from "@/db/prepared";
import { personalitySummary, type SummaryRow } from "@/db/schema";

/** The user's paragraph row, or null before anyone wrote one (provenance `empty`). */
export async function getSummary({ db, userId }: { db: Executor; userId: string }): Promise<SummaryRow | null> {
  const [row] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, userId));
  return row ?? null;
}

export type PromptParagraphRow = Pick<SummaryRow, "text" | "provenance" | "version">;

const READ_PREAMBLE = "select text, provenance, version from personality_summary where user_id = $1";

/**
 * The paragraph's three prompt columns by primary key, as a server-side prepared statement (executePrepared: a
 * plan made once per connection, not data: every call still reads the row): on PostgreSQL a named statement,
 * one round trip; on PGlite one EXECUTE message, where drizzle's `.prepare()` parsed and planned on every call.
 * Only lib/ai/preamble.ts calls it (docs/design.md, L1).
 */
export async function getPromptParagraph({ db, userId }: { db: Db; userId: string }): Promise<PromptParagraphRow | undefined> {
  const [row] = await executePrepared<PromptParagraphRow>(db, "read_preamble", { sql: READ_PREAMBLE, params: [userId] });
  return row;
}
