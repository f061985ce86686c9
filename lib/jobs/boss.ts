/**
 * pg-boss on the app's own database: through the PGlite adapter in-process on the embedded database, by URL
 * on PostgreSQL (where any number of `npm run worker` processes share the queue via SKIP LOCKED).
 */
import { PgBoss, fromPglite } from "pg-boss";
import type { Database } from "@/db/client";
import { QUEUES } from "./queues";

export type JobHandlers = Record<string, (data: unknown) => Promise<void>>;

export async function startBoss(
  database: Database,
  opts: { handlers?: JobHandlers; schedules?: { name: string; cron: string }[] },
): Promise<PgBoss> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite" })
    : new PgBoss({ connectionString: database.url ?? undefined, max: 4 });
  boss.on("error", (err) => console.error("[jobs]", err));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
  }
  for (const s of opts.schedules ?? []) await boss.schedule(s.name, s.cron);
  for (const [name, handler] of Object.entries(opts.handlers ?? {})) {
    await boss.work(name, { batchSize: 1 }, async ([job]) => {
      if (job) await handler(job.data);
    });
  }
  return boss;
}
