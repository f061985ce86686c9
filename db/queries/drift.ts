import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { amendment, personalitySummary, type AmendmentRow } from "@/db/schema";

/**
 * `marks`: the detector-fired marks the sweep took; `flagged`: how many paragraphs it flagged stale. Counts, not
 * lists: the per-user half reads its work list from the flags (listStaleUsers), and building a list of 62,500
 * users in the statement cost more than flagging them (issue 16, bench #3).
 */
export type SweepResult = { marks: number; flagged: number };

/**
 * The set-based half of the L4 sweep, in ONE statement over the `drift_mark` table only: take every pending
 * mark, and flag the paragraphs of their users as stale with the marked dimensions. Its cost follows the users
 * whose detector fired, never the stat rows that merely changed (issue 16). Never writes a paragraph; what
 * follows is decided by provenance (lib/personality/provenance.ts). `userId` narrows it to one user (the "check
 * now" path). `users` narrows it to the marks of the next that many users after `after` (user id order, a
 * range of the key): a chunk, so a sweep on PGlite's one connection never holds it for long
 * (lib/jobs/drift-sweep.ts); `last` is the chunk's last user (the next chunk's `after`), null when none.
 *
 * Lock order is the writers' (paragraph row, then marks): the paragraphs are flagged first, and the marks are
 * deleted only after (the scalar subquery makes the delete wait for `flagged`). A mark that fired again while
 * the sweep ran (`fired_at` moved) is not deleted: that firing is the next sweep's.
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
}): Promise<SweepResult & { users: number; last: string | null }> {
  const onlyUser = userId ? sql`and user_id = ${userId}` : sql``;
  const from = after ? sql`and user_id > ${after}` : sql``;
  const chunk =
    users === undefined
      ? sql``
      : sql`${from} and user_id <= (
          select user_id from (
            select distinct user_id from drift_mark where true ${from} order by user_id limit ${users}
          ) c order by user_id desc limit 1
        )`;
  const result = await db.execute(sql`
    with taken as (
      select user_id, dimension, fired_at from drift_mark where true ${onlyUser} ${chunk}
    ), drifting as (
      select user_id, array_agg(dimension order by dimension) as dims from taken group by user_id
    ), flagged as (
      -- A paragraph not stale yet (the usual case) takes the marked dimensions as they are: a mark is unique
      -- per dimension, so they are distinct already.
      update personality_summary s
      set stale = true,
          stale_dims = case when s.stale_dims = '{}' then drifting.dims
            else array(select distinct d from unnest(s.stale_dims || drifting.dims) as d order by d) end
      from drifting
      where s.user_id = drifting.user_id and s.provenance <> 'empty'
      returning 1
    ), cleared as (
      delete from drift_mark m using taken t
      where m.user_id = t.user_id and m.dimension = t.dimension and m.fired_at = t.fired_at
        and (select count(*) from flagged) >= 0
      returning 1
    )
    select
      (select count(*)::int from taken) as marks,
      (select count(*)::int from flagged) as flagged,
      (select count(distinct user_id)::int from taken) as users,
      (select max(user_id::text) from taken) as last
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
  const row = rows[0] as { marks: number; flagged: number; users: number; last: string | null };
  return { marks: Number(row.marks), flagged: Number(row.flagged), users: Number(row.users), last: row.last };
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

/**
 * The sweep's "confirmed" outcome (the drift points at the options already set) in ONE statement: settles
 * `dims` as resolveStaleDims does, but only while the atoms and the paragraph are still at the versions the
 * decision read and the paragraph is still flagged; both rows are locked in the mirror's order (atoms, then
 * paragraph). Returns false when something moved meanwhile, so the caller reads again. On PGlite the sweep
 * shares the app's one connection, and the transaction of four statements this replaces held it for all of
 * them and the JavaScript between (lib/jobs/drift-sweep.ts).
 */
export async function settleConfirmedDrift({
  db,
  userId,
  atomsVersion,
  summaryVersion,
  dims,
}: {
  db: Executor;
  userId: string;
  atomsVersion: number;
  summaryVersion: number;
  dims: readonly string[];
}): Promise<boolean> {
  const list = sql`array[${sql.join(
    dims.map((d) => sql`${d}`),
    sql`, `,
  )}]::text[]`;
  const result = await db.execute(sql`
    with a as (
      select 1 from profile_atoms where user_id = ${userId} and version = ${atomsVersion} for update
    ), s as (
      update personality_summary t
      set stale_dims = array(select d from unnest(t.stale_dims) as d where not (d = any(${list})) order by d),
          stale = exists (select 1 from unnest(t.stale_dims) as d where not (d = any(${list})))
      where t.user_id = ${userId} and t.version = ${summaryVersion} and t.stale and exists (select 1 from a)
      returning 1
    )
    select count(*)::int as n from s
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
  return Number((rows[0] as { n: number }).n) === 1;
}
