import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executePrepared, rowFromJson } from "@/db/prepared";
import {
  amendment,
  personalitySummary,
  personalitySummaryVersion,
  preferenceStat,
  profileAtoms,
  refinementCheck,
  type AmendmentRow,
  type ProfileAtomsRow,
  type RefinementCheckRow,
  type SummaryRow,
  type SummaryVersionRow,
} from "@/db/schema";
import { FOLDED_AMENDMENTS_MAX } from "./amendments";
import type { StatForEstimate } from "./signals";

/**
 * Checks read for the refinement figure and the "last check" line: enough to find ALIGNMENT_CHECKS judged ones
 * (lib/refinement/view.ts).
 */
export const VIEW_CHECKS = 10;

export type ProfileViewRows = {
  atoms: ProfileAtomsRow | null;
  summary: SummaryRow | null;
  /** listProposedAmendments' rows: every open proposal, oldest first. */
  proposed: AmendmentRow[];
  /** listSummaryVersions' rows: the newest `historyLimit` versions, newest first. */
  history: SummaryVersionRow[];
  /** How many versions there are, counted up to `versionsUpTo` (the longest list the page offers). */
  versions: number;
  /** listPreferenceStats' rows. */
  stats: StatForEstimate[];
  /** listRecentChecks' rows: the newest VIEW_CHECKS checks, newest first. */
  checks: RefinementCheckRow[];
  /** listFoldableAmendments' rows: the newest FOLDED_AMENDMENTS_MAX accepted drift/refinement ones, oldest first. */
  foldable: AmendmentRow[];
  /** countSkips: the skip signals so far. */
  skips: number;
};

/**
 * Everything the Profile Maker page shows, in ONE prepared statement (one round trip) instead of eight: each part
 * is the same indexed lookup, in the same order, as the separate query it replaces (named in ProfileViewRows).
 * Every mutation of the page answers with this view, so it runs on every control change.
 */
export async function readProfileViewRows({
  db,
  userId,
  historyLimit,
  versionsUpTo,
}: {
  db: Executor;
  userId: string;
  historyLimit: number;
  versionsUpTo: number;
}): Promise<ProfileViewRows> {
  const [row] = await executePrepared<{
    atoms: Record<string, unknown> | null;
    summary: Record<string, unknown> | null;
    proposed: Record<string, unknown>[];
    history: Record<string, unknown>[];
    versions: number;
    stats: Record<string, unknown>[];
    checks: Record<string, unknown>[];
    foldable: Record<string, unknown>[];
    skips: number;
  }>(
    db,
    "profile_view",
    sql`select
      (select to_jsonb(a) from profile_atoms a where a.user_id = u.id) as atoms,
      (select to_jsonb(s) from personality_summary s where s.user_id = u.id) as summary,
      (select coalesce(jsonb_agg(to_jsonb(p) order by p.created_at, p.id), '[]'::jsonb)
        from amendment p where p.user_id = u.id and p.status = 'proposed') as proposed,
      (select coalesce(jsonb_agg(to_jsonb(h) order by h.version desc), '[]'::jsonb)
        from (select * from personality_summary_version where user_id = u.id
              order by version desc limit ${historyLimit}::int) h) as history,
      (select count(*)::int from (select 1 from personality_summary_version where user_id = u.id
              limit ${versionsUpTo}::int) v) as versions,
      (select coalesce(jsonb_agg(jsonb_build_object('dimension', ps.dimension, 'state', ps.state, 'n', ps.n,
          'last_drift_at', ps.last_drift_at)), '[]'::jsonb)
        from preference_stat ps where ps.user_id = u.id) as stats,
      (select coalesce(jsonb_agg(to_jsonb(c) order by c.created_at desc, c.id desc), '[]'::jsonb)
        from (select * from refinement_check where user_id = u.id
              order by created_at desc, id desc limit ${sql.raw(String(VIEW_CHECKS))}) c) as checks,
      (select coalesce(jsonb_agg(to_jsonb(f) order by f.decided_at desc, f.created_at desc), '[]'::jsonb)
        from (select * from amendment where user_id = u.id and status in ('accepted', 'folded') and source <> 'nudge'
              order by decided_at desc, created_at desc limit ${sql.raw(String(FOLDED_AMENDMENTS_MAX))}) f) as foldable,
      (select count(*)::int from signal where user_id = u.id and source = 'skip') as skips
    from (select ${userId}::uuid as id) u`,
  );
  return {
    atoms: row!.atoms ? rowFromJson(profileAtoms, row!.atoms) : null,
    summary: row!.summary ? rowFromJson(personalitySummary, row!.summary) : null,
    proposed: row!.proposed.map((a) => rowFromJson(amendment, a)),
    history: row!.history.map((h) => rowFromJson(personalitySummaryVersion, h)),
    versions: row!.versions,
    stats: row!.stats.map((json) => {
      const { dimension, state, n, lastDriftAt } = rowFromJson(preferenceStat, json);
      return { dimension, state, n, lastDriftAt };
    }),
    checks: row!.checks.map((c) => rowFromJson(refinementCheck, c)),
    foldable: row!.foldable.map((a) => rowFromJson(amendment, a)).reverse(),
    skips: row!.skips,
  };
}
