import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { amendment, personalitySummary, type AmendmentRow, type Provenance } from "@/db/schema";
import type { Dimension } from "@/lib/personality/atoms";

export type FlaggedUser = { userId: string; provenance: Provenance; staleDims: Dimension[]; version: number };
export type SweepResult = { scanned: number; flagged: FlaggedUser[] };

/**
 * The set-based half of the L4 sweep, in ONE statement: take every stat row changed since the last sweep
 * (clearing `dirty` and the pending drift mark), and flag the paragraphs of users with a drifting dimension
 * as stale. Never writes a paragraph; what follows is decided by provenance (lib/personality/provenance.ts).
 * `userId` narrows it to one user (the "check now" path). `users` narrows it to the next that many users with
 * a dirty row after `after` (user id order, over the partial index `preference_stat_dirty_idx`): a chunk, so
 * a sweep on PGlite's one connection never holds it for long (lib/jobs/drift-sweep.ts); `last` is the chunk's
 * last user (the next chunk's `after`), null when it found none.
 */
export async function sweepDriftMarks({
  db,
  userId,
  after,
  users,
}: {
  db: Executor;
  userId?: string;
  after?: string | null;
  users?: number;
}): Promise<SweepResult & { last: string | null; users: number }> {
  const onlyUser = userId ? sql`and user_id = ${userId}` : sql``;
  // A chunk is a range of user ids, (after, its N-th dirty user], so both halves are range scans of the partial
  // index: the cost of a chunk follows its rows, not all the dirty rows.
  const from = after ? sql`and user_id > ${after}` : sql``;
  const chunk =
    users === undefined
      ? sql``
      : sql`${from} and user_id <= (
          select user_id from (
            select distinct user_id from preference_stat where dirty ${from} order by user_id limit ${users}
          ) c order by user_id desc limit 1
        )`;
  const result = await db.execute(sql`
    with target as (
      select user_id, dimension, drift_detected_at as fired from preference_stat
      where dirty ${onlyUser} ${chunk}
      for update
    ), changed as (
      -- RETURNING sees the new row, so the pending mark is carried from \`target\`.
      update preference_stat p set dirty = false, drift_detected_at = null
      from target t
      where p.user_id = t.user_id and p.dimension = t.dimension
      returning t.user_id, t.dimension, t.fired
    ), drifting as (
      select user_id, array_agg(dimension) as dims from changed where fired is not null group by user_id
    ), flagged as (
      update personality_summary s
      set stale = true,
          stale_dims = array(select distinct d from unnest(s.stale_dims || drifting.dims) as d order by d)
      from drifting
      where s.user_id = drifting.user_id and s.provenance <> 'empty'
      returning s.user_id, s.provenance, s.stale_dims, s.version
    )
    select
      (select count(*)::int from changed) as scanned,
      (select count(distinct user_id)::int from changed) as users,
      (select max(user_id::text) from changed) as last,
      coalesce((select json_agg(json_build_object(
        'userId', user_id, 'provenance', provenance, 'staleDims', stale_dims, 'version', version
      )) from flagged), '[]'::json) as flagged
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
  const row = rows[0] as { scanned: number; users: number; last: string | null; flagged: FlaggedUser[] | string };
  const flagged = typeof row.flagged === "string" ? (JSON.parse(row.flagged) as FlaggedUser[]) : row.flagged;
  return { scanned: row.scanned, users: row.users, last: row.last, flagged };
}

/**
 * One page of the sweep's work list: users whose paragraph is flagged stale, in user id order after `after`
 * (keyset paging over the partial index `summary_stale_idx`). A user stays on the list until acted on, so a
 * failure, or an onboarding paragraph still short of the evolution threshold, is simply met again next sweep.
 */
export async function listStaleUsers({
  db,
  after,
  limit,
}: {
  db: Executor;
  after: string | null;
  limit: number;
}): Promise<string[]> {
  const rows = await db
    .select({ userId: personalitySummary.userId })
    .from(personalitySummary)
    .where(after ? and(eq(personalitySummary.stale, true), gt(personalitySummary.userId, after)) : eq(personalitySummary.stale, true))
    .orderBy(asc(personalitySummary.userId))
    .limit(limit);
  return rows.map((r) => r.userId);
}

/**
 * Marks `dims` as handled: removes them from `stale_dims`, and clears `stale` when none remain. Only those: a
 * dimension the sweep flagged after the caller read the row stays flagged for the next one. Does not touch the
 * paragraph's version (the flag is bookkeeping, not content). Returns the row's flag before and after.
 */
export async function resolveStaleDims({
  tx,
  userId,
  dims,
}: {
  tx: Tx;
  userId: string;
  dims: readonly string[];
}): Promise<{ wasStale: boolean; remaining: string[] } | null> {
  const [before] = await tx
    .select({ stale: personalitySummary.stale })
    .from(personalitySummary)
    .where(eq(personalitySummary.userId, userId))
    .for("update");
  if (!before) return null;
  const list = sql`array[${sql.join(
    dims.map((d) => sql`${d}`),
    sql`, `,
  )}]::text[]`;
  const [row] = await tx
    .update(personalitySummary)
    .set({
      staleDims: sql`array(select d from unnest(${personalitySummary.staleDims}) as d where not (d = any(${list})) order by d)`,
      stale: sql`exists (select 1 from unnest(${personalitySummary.staleDims}) as d where not (d = any(${list})))`,
    })
    .where(eq(personalitySummary.userId, userId))
    .returning({ staleDims: personalitySummary.staleDims });
  return { wasStale: before.stale, remaining: row?.staleDims ?? [] };
}

/** The open drift proposal of a user (at most one is kept open), locked for the rest of the transaction. */
export async function lockOpenDriftProposal({ tx, userId }: { tx: Tx; userId: string }): Promise<AmendmentRow | null> {
  const [row] = await tx
    .select()
    .from(amendment)
    .where(and(eq(amendment.userId, userId), eq(amendment.status, "proposed"), eq(amendment.source, "drift")))
    .orderBy(asc(amendment.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}
