import "server-only";
import type { Db } from "@/db/client";
import { listProposedAmendments } from "@/db/queries/amendments";
import { atomsOf, getProfileAtoms, listSummaryVersions } from "@/db/queries/profile";
import { getPreferenceEstimates, type PreferenceEstimate } from "./preference-estimates";
import { getSummary } from "@/db/queries/summary";
import type { AmendmentRow, Provenance } from "@/db/schema";
import type { Atoms, Dimension } from "@/lib/personality/atoms";
import { driftingDims } from "@/lib/personality/evolution";
import { evidenceOf } from "./evolution-writers";
import { loadRefinementView, type RefinementView } from "@/lib/refinement/view";

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
  history: { version: number; text: string; provenance: Provenance; reason: string; createdAt: string }[];
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

export const HISTORY_LIMIT = 50;

/** The page's data for one user, or null before onboarding. */
export async function loadProfileView({ db, userId }: { db: Db; userId: string }): Promise<ProfileView | null> {
  const [atoms, summary, amendments, history, estimates] = await Promise.all([
    getProfileAtoms({ db, userId }),
    getSummary({ db, userId }),
    listProposedAmendments({ db, userId }),
    listSummaryVersions({ db, userId, limit: HISTORY_LIMIT }),
    getPreferenceEstimates({ db, userId }),
  ]);
  if (!atoms || !summary || summary.provenance === "empty") return null;
  const refinement = await loadRefinementView({ db, userId, pinned: summary.provenance === "user" });
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
    history: history.map((h) => ({
      version: h.version,
      text: h.text,
      provenance: h.provenance,
      reason: h.reason,
      createdAt: h.createdAt.toISOString(),
    })),
    estimates,
    drifting: driftingDims([...summary.staleDims, ...amendments.flatMap((a) => (a.source === "drift" ? evidenceOf(a).dims : []))]),
    refinement,
    now: new Date().toISOString(),
  };
}
