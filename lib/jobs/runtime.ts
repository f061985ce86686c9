/**
 * The job engine of this process, started on first use and cached on globalThis. Jobs RUN here always on
 * PGlite (the only process allowed to open its data folder) and on PostgreSQL only with JOBS_IN_APP=true;
 * otherwise this process only enqueues, and `npm run worker` (any number of them) runs the jobs.
 */
import type { PgBoss } from "pg-boss";
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env";
import { startBoss } from "./boss";
import { jobHandlers, jobSchedules } from "./handlers";

const g = globalThis as typeof globalThis & { __profileMakerJobs?: Promise<PgBoss> };

export function jobEngine(): Promise<PgBoss> {
  if (!g.__profileMakerJobs) {
    g.__profileMakerJobs = (async () => {
      const database = await getDatabase();
      const work = env().JOBS_IN_APP ?? database.driver === "pglite";
      return startBoss(database, { work, handlers: jobHandlers(), schedules: jobSchedules() });
    })();
    g.__profileMakerJobs.catch(() => {
      g.__profileMakerJobs = undefined;
    });
  }
  return g.__profileMakerJobs;
}
