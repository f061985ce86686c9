/** Test seams for the quotas: counters read and aged directly, so a test needs no clock and no sleep. */
import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { quotaCounter } from "@/db/schema";

/** Moves every counter's window `seconds` into the past, as that much time passing would. */
export async function ageQuotaWindows(db: Executor, seconds: number): Promise<void> {
  await db.update(quotaCounter).set({ windowStart: sql`${quotaCounter.windowStart} - make_interval(secs => ${seconds}::float8)` });
}

/** Every counter of a scope: its hits, largest first. */
export async function quotaHits(db: Executor, scope: string): Promise<number[]> {
  const rows = await db.select({ hits: quotaCounter.hits }).from(quotaCounter).where(eq(quotaCounter.scope, scope)).orderBy(desc(quotaCounter.hits));
  return rows.map((r) => r.hits);
}
