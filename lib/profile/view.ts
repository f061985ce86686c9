import "server-only";
import type { Db } from "@/db/client";
import { atomsOf } from "@/db/queries/profile";
import { listSummaryVersions } from "@/db/queries/profile";
import { readProfileViewRows } from "@/db/queries/profile-view";
import { estimatesOf, type PreferenceEstimate } from "./preference-estimates";
import type { AmendmentRow, Provenance, SummaryVersionRow } from "@/db/schema";
import type { Atoms, Dimension } from "@/lib/personality/atoms";
import { driftingDims } from "@/lib/personality/evolution";
import { evidenceOf } from "./evolution-writers";
import { refinementViewOf, type RefinementView } from "@/lib/refinement/view";

/** Everything the Profile Maker page shows, as plain serializable data (dates as ISO strings). */
export type ProfileView = {
  atoms: Atoms;
  aboutMe: string;
  atomsVersion: number;
  summary: {
    text: string;
    provenance: Provenance;
    version: number;
    reason: string;
    updatedAt: string;
    stale: boolean;
  };
  amendments: {
    id: string;
    text: string;
    source: AmendmentRow["source"];
    evidence: Record<string, unknown>;
    createdAt: string;
  }[];
  /**
   * The newest HISTORY_SHOWN versions, newest first: what the history card shows before "Show all". The rest
   * is read when asked for (loadHistory), so a control change does not answer with 50 versions of the paragraph.
   */
  history: HistoryEntry[];
  /** How many versions "Show all" lists (all of them, up to HISTORY_LIMIT). */
  historyCount: number;
  estimates: Partial<Record<Dimension, PreferenceEstimate>>;
  /**
   * Dimensions marked as drifting until resolved: flagged by the sweep and not yet acted on, or stated by an
   * open drift proposal (a pinned paragraph) that the user has not accepted or dismissed yet.
   */
  drifting: Dimension[];
  /** The refinement loop: the alignment figure, the last check, a sentence waiting to be folded in. */
  refinement: RefinementView;
  /** The server's clock when this was read, so "3 minutes ago" renders the same on server and client. */
  now: string;
};

export type HistoryEntry = { version: number; text: string; provenance: Provenance; reason: string; createdAt: string };

/** The longest history the page lists. */
export const HISTORY_LIMIT = 50;
/** The versions every view carries (the history card's collapsed list). */
export const HISTORY_SHOWN = 5;

const historyEntry = (h: SummaryVersionRow): HistoryEntry => ({
  version: h.version,
  text: h.text,
  provenance: h.provenance,
  reason: h.reason,
  createdAt: h.createdAt.toISOString(),
});

/** The whole history the page lists: the newest HISTORY_LIMIT versions, newest first. */
export async function loadHistory({ db, userId }: { db: Db; userId: string }): Promise<HistoryEntry[]> {
  return (await listSummaryVersions({ db, userId, limit: HISTORY_LIMIT })).map(historyEntry);
}

/**
 * The page's data for one user, or null before onboarding: one statement (db/queries/profile-view.ts), since
 * every mutation of the page answers with it.
 */
export async function loadProfileView({ db, userId }: { db: Db; userId: string }): Promise<ProfileView | null> {
  const rows = await readProfileViewRows({ db, userId, historyLimit: HISTORY_SHOWN, versionsUpTo: HISTORY_LIMIT });
  const { atoms, summary, proposed: amendments, history } = rows;
  if (!atoms || !summary || summary.provenance === "empty") return null;
  const refinement = refinementViewOf({ checks: rows.checks, foldable: rows.foldable, skips: rows.skips, pinned: summary.provenance === "user" });
  return {
    atoms: atomsOf(atoms),
    aboutMe: atoms.aboutMe,
    atomsVersion: atoms.version,
    summary: {
      text: summary.text,
      provenance: summary.provenance,
      version: summary.version,
      reason: summary.reason,
      updatedAt: summary.updatedAt.toISOString(),
      stale: summary.stale,
    },
    amendments: amendments.map((a) => ({
      id: a.id,
      text: a.text,
      source: a.source,
      evidence: a.evidence,
      createdAt: a.createdAt.toISOString(),
    })),
    history: history.map(historyEntry),
    historyCount: rows.versions,
    estimates: estimatesOf(rows.stats),
    drifting: driftingDims([...summary.staleDims, ...amendments.flatMap((a) => (a.source === "drift" ? evidenceOf(a).dims : []))]),
    refinement,
    now: new Date().toISOString(),
  };
}
