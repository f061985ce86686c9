import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executePrepared, rowFromJson } from "@/db/prepared";
import {
  amendment,
  personalitySummary,
  profileAtoms,
  type AmendmentRow,
  type ProfileAtomsRow,
  type SummaryRow,
} from "@/db/schema";
import type { StatState } from "@/lib/personality/aggregator";
import { DIMENSIONS, type Dimension } from "@/lib/personality/atoms";
import { EVOLUTION_THRESHOLD, type Evidence } from "@/lib/personality/provenance";
import { FOLDED_AMENDMENTS_MAX } from "./amendments";

export type MirrorSnapshotRows = {
  atoms: ProfileAtomsRow | null;
  summary: SummaryRow | null;
  /** listFoldableAmendments' rows: the newest FOLDED_AMENDMENTS_MAX accepted drift/refinement ones, oldest first. */
  folded: AmendmentRow[];
  /** The open control-change proposals (at most one per dimension). */
  nudgeProposals: AmendmentRow[];
  /** Counted only while the paragraph is `onboarding` (countEvidence's rule), else zeros. */
  evidence: Evidence;
  /** The L3 state of every dimension read (`statDims`; default all) that has a stat row. */
  stats: Map<Dimension, StatState>;
  /** Each of those rows' version (its xmin), which the write plan compare-and-sets (db/queries/write-plan.ts). */
  statRows: Map<Dimension, string>;
};

/**
 * Everything a mirror writer decides from, in ONE statement (one round trip) instead of five: the atoms, the
 * paragraph, the foldable amendments, the open control proposals, the evidence toward evolution and the
 * stat states. Each part is the same indexed lookup the separate queries made (db/queries/*.ts).
 */
export async function readMirrorSnapshot({
  db,
  userId,
  statDims,
}: {
  db: Executor;
  userId: string;
  /** Only these dimensions' stat rows (a control change touches one; seven states are ~5 KB to read). */
  statDims?: readonly Dimension[];
}): Promise<MirrorSnapshotRows> {
  const dims = statDims ? statDims.join(",") : null;
  const [row] = await executePrepared<{
    atoms: Record<string, unknown> | null;
    summary: Record<string, unknown> | null;
    folded: Record<string, unknown>[];
    proposals: Record<string, unknown>[];
    thumbs: number | null;
    adjustments: number | null;
    stats: Record<string, StatState>;
    stat_rows: Record<string, string>;
  }>(
    db,
    "mirror_snapshot",
    sql`select
      (select to_jsonb(a) from profile_atoms a where a.user_id = u.id) as atoms,
      (select to_jsonb(s) from personality_summary s where s.user_id = u.id) as summary,
      (select coalesce(jsonb_agg(to_jsonb(f) order by f.decided_at desc, f.created_at desc), '[]'::jsonb)
        from (select * from amendment where user_id = u.id and status in ('accepted', 'folded') and source <> 'nudge'
              order by decided_at desc, created_at desc limit ${sql.raw(String(FOLDED_AMENDMENTS_MAX))}) f) as folded,
      (select coalesce(jsonb_agg(to_jsonb(o)), '[]'::jsonb)
        from amendment o where o.user_id = u.id and o.status = 'proposed' and o.source = 'nudge') as proposals,
      case when (select provenance from personality_summary where user_id = u.id) = 'onboarding' then
        (select count(*)::int from (select 1 from ai_response where user_id = u.id and thumb is not null
          limit ${sql.raw(String(EVOLUTION_THRESHOLD.thumbs))}) t) end as thumbs,
      case when (select provenance from personality_summary where user_id = u.id) = 'onboarding' then
        (select count(*)::int from (select 1 from signal where user_id = u.id and source = 'nudge'
          limit ${sql.raw(String(EVOLUTION_THRESHOLD.adjustments))}) n) end as adjustments,
      (select coalesce(jsonb_object_agg(dimension, state), '{}'::jsonb) from preference_stat
        where user_id = u.id and (u.dims is null or dimension = any(string_to_array(u.dims, ',')))) as stats,
      (select coalesce(jsonb_object_agg(dimension, xmin::text), '{}'::jsonb) from preference_stat
        where user_id = u.id and (u.dims is null or dimension = any(string_to_array(u.dims, ',')))) as stat_rows
    from (select ${userId}::uuid as id, ${dims}::text as dims) u`,
  );
  const stats = new Map<Dimension, StatState>();
  const statRows = new Map<Dimension, string>();
  for (const [dim, state] of Object.entries(row!.stats)) {
    if ((DIMENSIONS as readonly string[]).includes(dim)) {
      stats.set(dim as Dimension, state);
      statRows.set(dim as Dimension, row!.stat_rows[dim]!);
    }
  }
  return {
    atoms: row!.atoms ? rowFromJson(profileAtoms, row!.atoms) : null,
    summary: row!.summary ? rowFromJson(personalitySummary, row!.summary) : null,
    folded: row!.folded.map((a) => rowFromJson(amendment, a)).reverse(),
    nudgeProposals: row!.proposals.map((a) => rowFromJson(amendment, a)),
    evidence: { thumbs: row!.thumbs ?? 0, adjustments: row!.adjustments ?? 0 },
    stats,
    statRows,
  };
}
