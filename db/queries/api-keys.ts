import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executePrepared } from "@/db/prepared";
import { aiResponse, apiKey, type ApiKeyRow } from "@/db/schema";

/** A key as its owner sees it on the keys page: never its hash, and the key itself only once (at creation). */
export type ApiKeyUsage = Pick<ApiKeyRow, "id" | "name" | "prefix" | "createdAt" | "lastUsedAt" | "revokedAt"> & {
  replies: number;
  up: number;
  down: number;
};

export async function insertApiKey({
  db,
  values,
}: {
  db: Executor;
  values: Pick<ApiKeyRow, "userId" | "name" | "prefix" | "hash">;
}): Promise<Pick<ApiKeyRow, "id" | "createdAt">> {
  const [row] = await db.insert(apiKey).values(values).returning({ id: apiKey.id, createdAt: apiKey.createdAt });
  return row!;
}

/** The live key with this hash, and whose it is; null for an unknown or revoked key. One prepared lookup. */
export async function findLiveKey({ db, hash }: { db: Executor; hash: string }): Promise<{ id: string; userId: string; name: string } | null> {
  const [row] = await executePrepared<{ id: string; user_id: string; name: string }>(
    db,
    "api_key_by_hash",
    sql`select id, user_id, name from api_key where hash = ${hash} and revoked_at is null`,
  );
  return row ? { id: row.id, userId: row.user_id, name: row.name } : null;
}

/**
 * Records a use of the key. At most one write a minute per key: a busy app would otherwise queue every
 * request on the same row's lock, and the page shows the last use to the minute anyway.
 */
export async function touchApiKey({ db, id }: { db: Executor; id: string }): Promise<void> {
  await executePrepared(
    db,
    "api_key_touch",
    sql`update api_key set last_used_at = now()
        where id = ${id}::uuid and (last_used_at is null or last_used_at < now() - interval '60 seconds')`,
  );
}

/** Revokes one of the user's keys (from then on it is a 401); false when it is not theirs or already revoked. */
export async function revokeApiKey({ db, userId, id }: { db: Executor; userId: string; id: string }): Promise<boolean> {
  const rows = await db
    .update(apiKey)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKey.id, id), eq(apiKey.userId, userId), isNull(apiKey.revokedAt)))
    .returning({ id: apiKey.id });
  return rows.length === 1;
}

/** The user's keys, newest first, each with its app's replies and thumbs. */
export async function listApiKeys({ db, userId }: { db: Executor; userId: string }): Promise<ApiKeyUsage[]> {
  const rows = await db
    .select({
      id: apiKey.id,
      name: apiKey.name,
      prefix: apiKey.prefix,
      createdAt: apiKey.createdAt,
      lastUsedAt: apiKey.lastUsedAt,
      revokedAt: apiKey.revokedAt,
      replies: sql<number>`count(${aiResponse.id})::int`,
      up: sql<number>`count(*) filter (where ${aiResponse.thumb} = 1)::int`,
      down: sql<number>`count(*) filter (where ${aiResponse.thumb} = -1)::int`,
    })
    .from(apiKey)
    .leftJoin(aiResponse, and(eq(aiResponse.apiKeyId, apiKey.id), eq(aiResponse.userId, userId)))
    .where(eq(apiKey.userId, userId))
    .groupBy(apiKey.id)
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id));
  return rows;
}
