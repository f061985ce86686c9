/**
 * pg-boss on the app's own database: through the PGlite adapter in-process on the embedded database, by URL
 * on PostgreSQL (where any number of `npm run worker` processes share the queue via SKIP LOCKED).
 */
import { logFailure } from "@/lib/log";
import { PgBoss, fromPglite } from "pg-boss";
import type { Database } from "@/db/client";
import { inBackground } from "@/db/background";
import { QUEUES } from "./queues";

export type JobHandlers = Record<string, (data: unknown) => Promise<void>>;
/** A cron per queue; `cron: null` removes a schedule an earlier start may have stored. */
export type Schedule = { name: string; cron: string | null };

/**
 * `work: false` gives a send-only engine (an app instance on PostgreSQL whose jobs run in `npm run worker`):
 * no polling, no cron, no maintenance.
 */
export async function startBoss(
  database: Database,
  opts: { work: boolean; handlers?: JobHandlers; schedules?: Schedule[] },
): Promise<PgBoss> {
  const mode = { supervise: opts.work, schedule: opts.work };
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite", ...mode })
    : new PgBoss({ connectionString: database.url ?? undefined, max: 4, ...mode });
  boss.on("error", (err) => logFailure("jobs", "pg-boss error", err));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
  }
  if (!opts.work) return boss;
  for (const s of opts.schedules ?? []) {
    if (s.cron) await boss.schedule(s.name, s.cron);
    else await boss.unschedule(s.name);
  }
  for (const [name, handler] of Object.entries(opts.handlers ?? {})) {
    // Background work: on PGlite its statements give way to the requests' (db/background.ts).
    await boss.work(name, { batchSize: 1, ...workerPace(database) }, async ([job]) => {
      if (!job) return;
      try {
        await inBackground(() => handler(job.data));
      } catch (err) {
        // pg-boss keeps the error in the job row only; without this line a job that fails every retry (as every
        // diverging refinement check once did) leaves no trace in the server log.
        logFailure("jobs", "a job failed; pg-boss retries it until its retry limit", err, { queue: name, job: job.id });
        throw err;
      }
    });
  }
  return boss;
}

/**
 * How fast a worker takes jobs. On PGlite the app process runs them one at a time at pg-boss's pace (a 2 s
 * poll), so a request never waits behind more than one. On PostgreSQL (`npm run worker`, or an app started with
 * JOBS_IN_APP=true, which then shares its process with the jobs) two pollers every 0.5 s each, so 50 users'
 * refinement checks (one per 20 replies each, several per user per minute under the load run) keep up instead
 * of queueing, where the per-user singleton would absorb the next one (docs/drift-and-evolution.md). The
 * singleton keys still hold: one check per user at a time, one sweep.
 */
export function workerPace(database: Pick<Database, "pglite">): { pollingIntervalSeconds?: number; localConcurrency?: number } {
  return database.pglite ? {} : { pollingIntervalSeconds: 0.5, localConcurrency: 2 };
}
