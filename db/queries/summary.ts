import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import { personalitySummary, type SummaryRow } from "@/db/schema";

/** The user's paragraph row, or null before anyone wrote one (provenance `empty`). */
export async function getSummary({ db, userId }: { db: Executor; userId: string }): Promise<SummaryRow | null> {
  const [row] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, userId));
  return row ?? null;
}

export type PromptParagraphRow = Pick<SummaryRow, "text" | "provenance" | "version">;

/**
 * The paragraph's three prompt columns by primary key, through a statement prepared once per database client
 * (a query plan, not data: every call still reads the row), so the hot path skips query building — the read
 * costs about one round trip. Only lib/ai/preamble.ts calls it (docs/design.md, L1).
 */
export async function getPromptParagraph({ db, userId }: { db: Db; userId: string }): Promise<PromptParagraphRow | undefined> {
  const [row] = await preparedQuery(db, "read_preamble", prepareRead).execute({ userId });
  return row;
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
