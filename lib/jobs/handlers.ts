/** What each queue does. Handlers are idempotent: a job that runs twice, or retries, changes nothing twice. */
import { getDb } from "@/db/client";
import { verbalize } from "@/lib/ai/verbalize";
import { env } from "@/lib/env";
import type { JobHandlers, Schedule } from "./boss";
import { runDriftSweep } from "./drift-sweep";
import { DRIFT_SWEEP, REFINEMENT_CHECK, type RefinementCheckJob } from "./queues";
import { runRefinementCheck } from "@/lib/refinement/check";

/** The drift sweep's cron (DRIFT_SWEEP_CRON, every 15 minutes by default); "off" runs it on demand only. */
export function jobSchedules(): Schedule[] {
  const cron = env().DRIFT_SWEEP_CRON;
  return [{ name: DRIFT_SWEEP, cron: cron === "off" ? null : cron }];
}

export function jobHandlers(): JobHandlers {
  return {
    [DRIFT_SWEEP]: async () => {
      const result = await runDriftSweep({ db: await getDb(), deps: { verbalize } });
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
    // One user's check; every run records its outcome (a failed model judge included), so only a database
    // failure throws, and pg-boss retries it. "stately" keeps a retry from overlapping a newer check.
    [REFINEMENT_CHECK]: async (data) => {
      const { userId } = data as Partial<RefinementCheckJob>;
      if (typeof userId !== "string") throw new Error("refinement check: the job carries no user id");
      const check = await runRefinementCheck({ db: await getDb(), userId, deps: { verbalize } });
      console.log(`[jobs] refinement check for ${userId}: ${check.status}. ${check.reason}`);
    },
  };
}
