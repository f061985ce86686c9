import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executePrepared, rowFromJson } from "@/db/prepared";
import { aiResponse, personalitySummaryVersion, type AiResponseRow, type Provenance } from "@/db/schema";
import type { StatState } from "@/lib/personality/aggregator";
import type { Dimension } from "@/lib/personality/atoms";

/**
 * Stores the output of a single-shot surface (explain, summarize, preview) or of a gateway request (with its
 * key), and answers how many responses of the user the refinement loop counts now (countStoredResponses, this
 * one included): one statement, so the trigger needs no query of its own.
 */
export async function insertResponse({
  db,
  values,
}: {
  db: Executor;
  values: Pick<AiResponseRow, "id" | "userId" | "surface" | "prompt" | "text" | "summaryVersion" | "status"> &
    Partial<Pick<AiResponseRow, "apiKeyId" | "app">>;
}): Promise<number> {
  const { id, userId, surface, prompt, text, summaryVersion, status } = values;
  const [row] = await executePrepared<{ counted: number }>(
    db,
    "insert_response",
    sql`with response as (
        insert into ai_response (id, user_id, surface, prompt, text, summary_version, status, api_key_id, app)
        values (${id}::uuid, ${userId}::uuid, ${surface}::surface, ${prompt}::text, ${text}::text, ${summaryVersion}::int,
          ${status}::text, ${values.apiKeyId ?? null}::uuid, ${values.app ?? null}::text)
        returning status
      )
      select (select count(*)::int from ai_response where user_id = ${userId}::uuid and status <> 'error')
        + (select count(*)::int from response where status <> 'error') as counted`,
  );
  return row!.counted;
}

/** One of the user's responses, by id. */
type ResponseArg = { db: Executor; userId: string; id: string };

/**
 * What a thumb decides from, in one statement: one of the user's responses (null when it is not theirs), the
 * user's stat states and each stat row's version (xmin), which the write then compare-and-sets
 * (db/queries/write-plan.ts).
 */
export async function readThumbSnapshot({
  db,
  userId,
  id,
}: ResponseArg): Promise<{ response: AiResponseRow; stats: Map<Dimension, StatState>; statRows: Map<Dimension, string> } | null> {
  const [row] = await executePrepared<{
    response: Record<string, unknown>;
    stats: Record<string, StatState>;
    stat_rows: Record<string, string>;
  }>(
    db,
    "thumb_snapshot",
    sql`select to_jsonb(r) as response,
        (select coalesce(jsonb_object_agg(dimension, state), '{}'::jsonb) from preference_stat where user_id = r.user_id) as stats,
        (select coalesce(jsonb_object_agg(dimension, xmin::text), '{}'::jsonb) from preference_stat where user_id = r.user_id) as stat_rows
      from ai_response r where r.id = ${id}::uuid and r.user_id = ${userId}::uuid`,
  );
  if (!row) return null;
  return {
    response: rowFromJson(aiResponse, row.response),
    stats: new Map(Object.entries(row.stats)) as Map<Dimension, StatState>,
    statRows: new Map(Object.entries(row.stat_rows)) as Map<Dimension, string>,
  };
}

/** The latest preview response of the user, for showing it (and its thumb) when the Profile Maker opens. */
export async function latestPreview({ db, userId }: { db: Executor; userId: string }): Promise<AiResponseRow | null> {
  const [row] = await db
    .select()
    .from(aiResponse)
    .where(and(eq(aiResponse.userId, userId), eq(aiResponse.surface, "preview")))
    .orderBy(desc(aiResponse.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * The paragraph as it was at `version`, from its history: what a stored reply was generated with. A display
 * read for the "What the AI sees" panel, never a prompt input (prompts read through the harness only).
 */
export async function summaryAtVersion({
  db,
  userId,
  version,
}: {
  db: Executor;
  userId: string;
  version: number;
}): Promise<{ text: string; provenance: Provenance; version: number } | null> {
  const [row] = await db
    .select({
      text: personalitySummaryVersion.text,
      provenance: personalitySummaryVersion.provenance,
      version: personalitySummaryVersion.version,
    })
    .from(personalitySummaryVersion)
    .where(and(eq(personalitySummaryVersion.userId, userId), eq(personalitySummaryVersion.version, version)))
    .orderBy(desc(personalitySummaryVersion.id))
    .limit(1);
  return row ?? null;
}
