import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { personalitySummary, type SummaryRow } from "@/db/schema";

/** The user's paragraph row, or null before anyone wrote one (provenance `empty`). */
export async function getSummary({ db, userId }: { db: Executor; userId: string }): Promise<SummaryRow | null> {
  const [row] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, userId));
  return row ?? null;
}
