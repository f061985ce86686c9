import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { Provenance } from "@/db/schema";
import type { Dimension } from "@/lib/personality/atoms";

export type FlaggedUser = { userId: string; provenance: Provenance; staleDims: Dimension[]; version: number };
export type SweepResult = { scanned: number; flagged: FlaggedUser[] };

/**
 * The set-based half of the L4 sweep, in ONE statement: take every stat row changed since the last sweep
 * (clearing `dirty` and the pending drift mark), and flag the paragraphs of users with a drifting dimension
 * as stale. Never writes a paragraph; what follows is decided by provenance (lib/personality/provenance.ts).
 * `userId` narrows it to one user (the "check now" path).
 */
export async function sweepDriftMarks({ db, userId }: { db: Executor; userId?: string }): Promise<SweepResult> {
  const onlyUser = userId ? sql`and user_id = ${userId}` : sql``;
  const result = await db.execute(sql`
    with target as (
      select user_id, dimension, drift_detected_at as fired from preference_stat
      where dirty ${onlyUser}
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
      coalesce((select json_agg(json_build_object(
        'userId', user_id, 'provenance', provenance, 'staleDims', stale_dims, 'version', version
      )) from flagged), '[]'::json) as flagged
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
  const row = rows[0] as { scanned: number; flagged: FlaggedUser[] | string };
  const flagged = typeof row.flagged === "string" ? (JSON.parse(row.flagged) as FlaggedUser[]) : row.flagged;
  return { scanned: row.scanned, flagged };
}
