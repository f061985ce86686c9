/** What each queue does. Handlers are idempotent: a job that runs twice, or retries, changes nothing twice. */
import { getDatabase } from "@/db/client";
import type { JobHandlers, Schedule } from "./boss";
import { runDriftSweep } from "./drift-sweep";
import { DRIFT_SWEEP, DRIFT_SWEEP_CRON } from "./queues";

export const jobSchedules: Schedule[] = [{ name: DRIFT_SWEEP, cron: DRIFT_SWEEP_CRON }];

export function jobHandlers(): JobHandlers {
  return {
    [DRIFT_SWEEP]: async () => {
      const result = await runDriftSweep({ database: await getDatabase() });
      console.log(`[jobs] drift sweep: ${result.scanned} stats read, ${result.flagged.length} users flagged`);
    },
  };
}
