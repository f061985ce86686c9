/** What each queue does. Handlers are idempotent: a job that runs twice, or retries, changes nothing twice. */
import { getDatabase, getDb } from "@/db/client";
import { userExists } from "@/db/queries/user-data";
import { verbalize } from "@/lib/ai/verbalize";
import { env } from "@/lib/env";
import type { JobHandlers, Schedule } from "./boss";
import { PGLITE_PACING, POSTGRES_PACING, runDriftSweep } from "./drift-sweep";
import { runGuestPurge } from "./guest-purge";
import { DRIFT_SWEEP, GUEST_PURGE, REFINEMENT_CHECK, type RefinementCheckJob } from "./queues";
import { runRefinementCheck } from "@/lib/refinement/check";

/**
 * The drift sweep's cron (DRIFT_SWEEP_CRON, every 15 minutes by default) and the guest purge's
 * (GUEST_PURGE_CRON, daily); "off" leaves a job to its on-demand runs.
 */
export function jobSchedules(): Schedule[] {
  const e = env();
  const on = (cron: string) => (cron === "off" ? null : cron);
  return [
    { name: DRIFT_SWEEP, cron: on(e.DRIFT_SWEEP_CRON) },
    { name: GUEST_PURGE, cron: on(e.GUEST_PURGE_CRON) },
  ];
}

export function jobHandlers(): JobHandlers {
  return {
    [DRIFT_SWEEP]: async () => {
      // On PGlite this runs in the app process, on its one connection: in small steps that let requests first.
      const { db, driver } = await getDatabase();
      const pacing = driver === "pglite" ? PGLITE_PACING : POSTGRES_PACING;
      const result = await runDriftSweep({ db, deps: { verbalize }, pacing });
      const acted = result.outcomes.filter((o) => o.outcome.kind !== "none" && o.outcome.kind !== "waiting").length;
      console.log(
        `[jobs] drift sweep: ${result.scanned} stats read, ${result.flagged.length} users flagged, ${acted} acted on, ${result.failures.length} failed`,
      );
      // Thrown after every other user was handled: pg-boss retries the job with backoff, and the retry meets
      // only the users still flagged.
      if (result.failures.length > 0) {
        throw new Error(`drift sweep: ${result.failures.length} user(s) failed and stay flagged`, { cause: result.failures[0]!.error });
      }
    },
    [GUEST_PURGE]: async () => {
      await runGuestPurge({ db: await getDb(), retentionDays: env().GUEST_RETENTION_DAYS });
    },
    // One user's check; every run records its outcome (a failed model judge included), so only a database
    // failure throws, and pg-boss retries it. "stately" keeps a retry from overlapping a newer check.
    [REFINEMENT_CHECK]: async (data) => {
      const { userId } = data as Partial<RefinementCheckJob>;
      if (typeof userId !== "string") throw new Error("refinement check: the job carries no user id");
      const db = await getDb();
      // Queued before the user deleted their account (or the guest was purged): nothing to do, nothing to write.
      if (!(await userExists({ db, userId }))) {
        console.log(`[jobs] refinement check for ${userId}: the user no longer exists; skipped`);
        return;
      }
      const check = await runRefinementCheck({ db, userId, deps: { verbalize } });
      console.log(`[jobs] refinement check for ${userId}: ${check.status}. ${check.reason}`);
    },
  };
}
