import "server-only";
import type { AmendmentRow, RefinementCheckRow } from "@/db/schema";

/** The alignment figure counts the thumbs predicted over this many recent checks that judged something. */
export const ALIGNMENT_CHECKS = 3;

/** What the Profile Maker shows about the refinement loop, as plain serializable data. */
export type RefinementView = {
  /** How often the paragraph predicted the user's thumbs in the newest judged checks; null before any. */
  alignment: { checks: number; predicted: number; sampled: number } | null;
  /** The newest check of any outcome (insufficient and failed included). */
  last: { status: RefinementCheckRow["status"]; reason: string; createdAt: string } | null;
  /** A sentence a check produced for a paragraph the automation owns, waiting for its next re-emission. */
  waiting: { text: string } | null;
  /** Suggestions dismissed so far (any source), each recorded as a skip signal. */
  skips: number;
};

/**
 * The view from its rows (pure; db/queries/profile-view.ts reads them with the rest of the page): `checks` the
 * newest VIEW_CHECKS, newest first; `foldable` listFoldableAmendments' rows. `pinned`: on a pinned paragraph an
 * accepted sentence was appended to the text, so nothing is waiting.
 */
export function refinementViewOf({
  checks,
  foldable,
  skips,
  pinned,
}: {
  checks: RefinementCheckRow[];
  foldable: AmendmentRow[];
  skips: number;
  pinned: boolean;
}): RefinementView {
  const judged = checks.filter((c) => (c.status === "aligned" || c.status === "diverged") && c.sampled > 0).slice(0, ALIGNMENT_CHECKS);
  const sampled = judged.reduce((n, c) => n + c.sampled, 0);
  const last = checks[0];
  // "accepted" refinement sentences are the ones no re-emission has used yet (it marks them folded).
  const waiting = pinned ? undefined : foldable.findLast((a) => a.source === "refinement" && a.status === "accepted");
  return {
    alignment: judged.length ? { checks: judged.length, predicted: sampled - judged.reduce((n, c) => n + c.wrong, 0), sampled } : null,
    last: last ? { status: last.status, reason: last.reason, createdAt: last.createdAt.toISOString() } : null,
    waiting: waiting ? { text: waiting.text } : null,
    skips,
  };
}
