/**
 * The L4 sweep (docs/design.md): flag drifting paragraphs in ONE set-based statement, then act on each flagged user
 * by provenance (lib/profile/evolution-writers.ts). Run every 15 minutes by pg-boss, by `npm run drift:sweep`,
 * and for one user by "Check for drift now" on the Profile Maker.
 *
 * Idempotent and safe to run twice or concurrently: the stale flag is the work list, every action re-reads it
 * under row locks and writes through the mirror's compare-and-set, so a second sweep finds nothing left to do.
 */
import "server-only";
import type { Db } from "@/db/client";
import { listProposedAmendments } from "@/db/queries/amendments";
import { listStaleUsers, sweepDriftMarks, type SweepResult } from "@/db/queries/drift";
import { AppError } from "@/lib/errors";
import type { WriterContext } from "@/lib/profile/writer-context";
import { resolveDrift, type DriftOutcome } from "@/lib/profile/evolution-writers";
import type { MirrorDeps } from "@/lib/profile/mirror";
import type { WriteResult } from "@/lib/profile/write-plan";
import { describeDriftOutcome } from "@/lib/profile/drift-notice";

export type DriftSweepResult = SweepResult & {
  outcomes: { userId: string; outcome: DriftOutcome }[];
  /** Users whose action failed: they keep their flag, so the next sweep (or the job's retry) tries again. */
  failures: { userId: string; error: unknown }[];
};

/** Users acted on per page of the work list, and how many of them at once (each holds a connection briefly). */
export const SWEEP_BATCH = 100;
export const SWEEP_CONCURRENCY = 4;

export async function runDriftSweep({
  db,
  deps,
  userId,
  batchSize = SWEEP_BATCH,
  concurrency = SWEEP_CONCURRENCY,
}: {
  db: Db;
  deps: MirrorDeps;
  /** Only this user (the "check now" path): their marks, then their flag. */
  userId?: string;
  batchSize?: number;
  concurrency?: number;
}): Promise<DriftSweepResult> {
  const marks = await sweepDriftMarks({ db, userId });
  const result: DriftSweepResult = { ...marks, outcomes: [], failures: [] };
  const act = async (id: string) => {
    try {
      result.outcomes.push({ userId: id, outcome: await resolveDrift({ db, userId: id, deps }) });
    } catch (error) {
      // One user's failure must not cost the others: log it, keep going, leave the flag for the retry.
      console.error(`[drift] acting on ${id} failed; it stays flagged for the next sweep`, error);
      result.failures.push({ userId: id, error });
    }
  };

  if (userId) {
    await act(userId);
    return result;
  }
  // Keyset pages over the stale paragraphs. A user left flagged (waiting, failed) is behind the cursor, so
  // every sweep ends; the next one meets them again.
  let after: string | null = null;
  for (;;) {
    const page = await listStaleUsers({ db, after, limit: batchSize });
    if (page.length === 0) break;
    await inPool(page, concurrency, act);
    after = page.at(-1)!;
    if (page.length < batchSize) break;
  }
  return result;
}

async function inPool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, lane));
}

/** "Check for drift now" on the Profile Maker: the same sweep, for the session's user only. */
export async function checkDriftNow(ctx: WriterContext): Promise<WriteResult> {
  const result = await runDriftSweep({ db: ctx.db, deps: ctx.deps, userId: ctx.userId });
  if (result.failures.length > 0) {
    throw new AppError(
      "internal:profile",
      "The drift check could not finish. Nothing was changed; your feedback is kept and the next check will pick it up.",
      { cause: result.failures[0]!.error },
    );
  }
  const outcome = result.outcomes[0]?.outcome ?? { kind: "none" };
  if (outcome.kind === "none") {
    const open = await listProposedAmendments({ db: ctx.db, userId: ctx.userId });
    if (open.some((a) => a.source === "drift")) {
      return { notice: "No new drift since the last check: the suggestion above still describes how your feedback moved." };
    }
  }
  return { notice: describeDriftOutcome(outcome) };
}
