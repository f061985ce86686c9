/**
 * The L4 sweep (docs/design.md): flag drifting paragraphs in ONE set-based statement, then act on each flagged user
 * by provenance (lib/profile/evolution-writers.ts). Run every 15 minutes by pg-boss, by `npm run drift:sweep`,
 * and for one user by "Check for drift now" on the Profile Maker.
 *
 * Idempotent and safe to run twice or concurrently: the stale flag is the work list, every action re-reads it
 * under row locks and writes through the mirror's compare-and-set, so a second sweep finds nothing left to do.
 */
import "server-only";
import { logFailure } from "@/lib/log";
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

/**
 * How the sweep shares the database with requests. On PostgreSQL the worker has connections of its own: the
 * marks in one statement, four users at a time. On PGlite one connection serves the whole app process, every
 * statement waits for the one before it, and the job engine runs in that process (docs/design.md, "Storage,
 * jobs and scale"): there the marks go in chunks of `markUsers` users, the users one at a time, and before
 * each statement the sweep gives way (`pause`) so the requests already waiting run first; the job handler
 * also runs it as background work (db/background.ts), whose every step waits for a quiet moment of the
 * connection. A request then waits behind one small step of the sweep, never behind the sweep.
 */
export type SweepPacing = { markUsers?: number; concurrency: number; pause?: () => Promise<void> };

export const POSTGRES_PACING: SweepPacing = { concurrency: SWEEP_CONCURRENCY };
export const PGLITE_PACING: SweepPacing = { markUsers: 10, concurrency: 1, pause: giveWay };

/**
 * Lets everything already waiting on the event loop run first (I/O callbacks: requests that arrived, replies
 * from the database), so their statements queue at the database before the sweep's next one.
 */
export function giveWay(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function runDriftSweep({
  db,
  deps,
  userId,
  batchSize = SWEEP_BATCH,
  pacing = POSTGRES_PACING,
}: {
  db: Db;
  deps: MirrorDeps;
  /** Only this user (the "check now" path): their marks, then their flag. */
  userId?: string;
  batchSize?: number;
  pacing?: SweepPacing;
}): Promise<DriftSweepResult> {
  const { concurrency, markUsers, pause } = pacing;
  const result: DriftSweepResult = { scanned: 0, flagged: [], outcomes: [], failures: [] };
  if (userId || markUsers === undefined) {
    const marks = await sweepDriftMarks({ db, userId });
    result.scanned = marks.scanned;
    result.flagged = marks.flagged;
  } else {
    // Chunks in user id order; a user made dirty behind the cursor meanwhile is the next sweep's.
    let after: string | null = null;
    for (;;) {
      await pause?.();
      const marks = await sweepDriftMarks({ db, after, users: markUsers });
      result.scanned += marks.scanned;
      result.flagged.push(...marks.flagged);
      if (marks.users < markUsers || !marks.last) break;
      after = marks.last;
    }
  }
  const act = async (id: string) => {
    await pause?.();
    try {
      result.outcomes.push({ userId: id, outcome: await resolveDrift({ db, userId: id, deps }) });
    } catch (error) {
      // One user's failure must not cost the others: log it, keep going, leave the flag for the retry.
      logFailure("drift", "acting failed; it stays flagged for the next sweep", error, { userId: id });
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
    await pause?.();
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
