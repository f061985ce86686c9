/**
 * Scale-out (issue 16), PostgreSQL only: the load run against TWO `next start` instances (autocannon spreads
 * the connections round-robin) with TWO `npm run worker` processes on one database, the drift sweep scheduled
 * every minute. After the load: 0 errors, 0 mirror-invariant violations, and every scheduled sweep and every
 * due refinement check run exactly once, counted three ways (pg-boss's job rows, the workers' own log lines of
 * each run, and the rows a check leaves). Then the same setup through PgBouncer in transaction pooling
 * (DATABASE_POOL_MODE=transaction: no named prepared statements) against the direct arm of the same run.
 * The bare baseline route is measured once, on the same two instances of the direct arm.
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { REFINEMENT } from "@/lib/personality/refinement";
import type { BenchContext } from "./context";
import { createPostgresDatabase, databaseUrl, dropPostgresDatabase, query } from "./db";
import { RICH_REPLY } from "./fixtures";
import { checkInvariant } from "./invariant";
import { loadRun } from "./load";
import { PGBOUNCER, reachable } from "./pool";
import { figure, verdict, type Figure, type Outcome } from "./report";
import { appEnv, spawnTracked, startServer, stop, type Server } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const TSX_BIN = path.join("node_modules", ".bin", "tsx");
const INSTANCES = 2;
const WORKERS = 2;
/** Every minute (pg-boss files one job per minute slot, whichever instance's cron pass sees it first). */
const SWEEP_CRON = "* * * * *";
const DRAIN_TIMEOUT_MS = 120_000;

type Runs = { sweeps: number; checks: number };
type Arm = { name: "direct" | "pgbouncer"; url: string; poolMode: "session" | "transaction" };

/** Two workers, each counting the job runs it logs ("[jobs] drift sweep: …", "[jobs] refinement check …"). */
async function startWorkers(arm: Arm, runs: Runs, log: BenchContext["log"]) {
  const env = appEnv(arm.url, { DATABASE_POOL_MODE: arm.poolMode, DRIFT_SWEEP_CRON: SWEEP_CRON, GUEST_PURGE_CRON: "off" });
  const workers: ChildProcess[] = [];
  for (let i = 0; i < WORKERS; i++) {
    let ready = false;
    const w = spawnTracked(TSX_BIN, ["--conditions=react-server", "lib/jobs/worker.ts"], env, (line) => {
      if (line.startsWith("[jobs] drift sweep:")) runs.sweeps++;
      else if (line.startsWith("[jobs] refinement check for")) runs.checks++;
      else if (line.startsWith("Worker running")) ready = true;
    });
    // One at a time: each creates pg-boss's schema and queues if they are missing.
    for (let t = 0; !ready; t++) {
      if (w.child.exitCode !== null) throw new Error(`worker exited with ${w.child.exitCode}:\n${w.tail.output}`);
      if (t >= 240) throw new Error(`worker did not start within 120 s:\n${w.tail.output}`);
      await sleep(500);
    }
    workers.push(w.child as ChildProcess);
  }
  log(`${arm.name}: ${WORKERS} workers running (sweep cron "${SWEEP_CRON}")`);
  return workers;
}

const PENDING = sql`select count(*)::int as n from pgboss.job
  where name in ('drift-sweep', 'refinement-check', '__pgboss__send-it') and state in ('created', 'retry', 'active')`;

/** Stops the schedule, then waits (bounded) until no sweep, check or cron forward is queued or running. */
async function drain(db: Db): Promise<number> {
  await db.execute(sql`delete from pgboss.schedule`);
  // A cron pass that read the schedule before the delete may still forward its slot: give it a pass's time.
  await sleep(2_000);
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const [row] = await query<{ n: number }>(db, PENDING);
    if (row!.n === 0 || Date.now() > deadline) return row!.n;
    await sleep(500);
  }
}

type Counts = {
  sweepSlots: number;
  distinctSlots: number;
  sweepJobs: number;
  sweepCompleted: number;
  sweepRetries: number;
  sweepRuns: number;
  checkJobs: number;
  checkCompleted: number;
  checkRuns: number;
  checkRows: number;
  checksExpected: number;
  usersOff: number;
  pending: number;
};

async function countJobs(db: Db, runs: Runs, pending: number): Promise<Counts> {
  const [slots] = await query<{ n: number; d: number }>(
    db,
    sql`select count(*)::int as n, count(distinct data->>'slot')::int as d from pgboss.job
        where name = '__pgboss__send-it' and data->>'name' = 'drift-sweep'`,
  );
  const jobs = await query<{ name: string; n: number; completed: number; retries: number }>(
    db,
    sql`select name, count(*)::int as n, (count(*) filter (where state = 'completed'))::int as completed,
          coalesce(sum(retry_count), 0)::int as retries
        from pgboss.job where name in ('drift-sweep', 'refinement-check') group by name`,
  );
  const of = (name: string) => jobs.find((j) => j.name === name) ?? { n: 0, completed: 0, retries: 0 };
  // A check is due on every REFINEMENT.every-th stored reply (failed ones not counted): per user, the rows
  // a check leaves must be exactly floor(stored / every).
  const [checks] = await query<{ rows: number; expected: number; off: number }>(
    db,
    sql`with stored as (
          select u.id as user_id,
            (select count(*) from ai_response r where r.user_id = u.id and r.status <> 'error')::int as n,
            (select count(*) from refinement_check c where c.user_id = u.id)::int as checks
          from users u
        )
        select coalesce(sum(checks), 0)::int as rows, coalesce(sum(n / ${REFINEMENT.every}), 0)::int as expected,
          (count(*) filter (where checks <> n / ${REFINEMENT.every}))::int as off
        from stored`,
  );
  return {
    sweepSlots: slots!.n,
    distinctSlots: slots!.d,
    sweepJobs: of("drift-sweep").n,
    sweepCompleted: of("drift-sweep").completed,
    sweepRetries: of("drift-sweep").retries,
    sweepRuns: runs.sweeps,
    checkJobs: of("refinement-check").n,
    checkCompleted: of("refinement-check").completed,
    checkRuns: runs.checks,
    checkRows: checks!.rows,
    checksExpected: checks!.expected,
    usersOff: checks!.off,
    pending,
  };
}

function jobFigures(label: string, c: Counts): Figure[] {
  const sweepsOnce =
    c.sweepSlots > 0 && c.distinctSlots === c.sweepSlots && c.sweepJobs === c.sweepSlots && c.sweepCompleted === c.sweepJobs && c.sweepRuns === c.sweepJobs;
  const checksOnce =
    c.checksExpected > 0 && c.usersOff === 0 && c.checkRows === c.checksExpected && c.checkJobs === c.checkRows && c.checkCompleted === c.checkJobs && c.checkRuns === c.checkRows;
  return [
    figure({
      id: "scale",
      what: `${label}: scheduled drift sweeps run exactly once (${WORKERS} workers)`,
      value: `${c.sweepRuns} runs of ${c.sweepJobs} jobs (${c.sweepCompleted} completed, ${c.sweepRetries} retries)`,
      baseline: `${c.sweepSlots} cron slots forwarded (${c.distinctSlots} distinct)`,
      target: "runs = jobs = slots",
      verdict: verdict(sweepsOnce && c.pending === 0),
    }),
    figure({
      id: "scale",
      what: `${label}: refinement checks run exactly once`,
      value: `${c.checkRuns} runs, ${c.checkRows} check rows, ${c.checkJobs} jobs (${c.checkCompleted} completed); ${c.usersOff} users off`,
      baseline: `${c.checksExpected} due (every ${REFINEMENT.every}th stored reply)`,
      target: "runs = rows = jobs = due",
      verdict: verdict(checksOnce && c.pending === 0),
    }),
  ];
}

/**
 * Before the load, every user gets 15–19 stored, thumbed replies (the rich reply of bench/fixtures.ts), so that
 * each one's 20th reply, and its refinement check, falls inside a 60-second load: a minute of load alone
 * brings a user only 5–15 chats.
 */
async function seedReplies(url: string): Promise<void> {
  const database = await openDatabase({ url });
  try {
    await database.db.execute(sql`
      insert into ai_response (user_id, surface, prompt, text, summary_version, thumb, status)
      select u.id, 'chat', 'How do hash tables work?', ${RICH_REPLY}, s.version, case when k % 3 = 0 then -1 else 1 end, 'complete'
      from users u join personality_summary s on s.user_id = u.id
      cross join lateral generate_series(1, 15 + abs(hashtext(u.id::text)) % 5) k`);
  } finally {
    await database.close();
  }
}

async function runArm(ctx: BenchContext, arm: Arm, direct: string, withBaseline: boolean): Promise<Outcome> {
  const runs: Runs = { sweeps: 0, checks: 0 };
  const label = `scale-out ${arm.name}`;
  const children = await startWorkers(arm, runs, ctx.log);
  const servers: Server[] = [];
  let outcome: Outcome;
  try {
    for (let i = 0; i < INSTANCES; i++) {
      const { server, child } = await startServer({
        driver: "postgres",
        url: arm.url,
        port: PORT + i,
        log: ctx.log,
        extra: { DATABASE_POOL_MODE: arm.poolMode, JOBS_IN_APP: "false" },
      });
      servers.push(server);
      children.push(child);
    }
    outcome = await loadRun(ctx, servers, {
      bench: `scale-out-${arm.name}`,
      id: "scale",
      label,
      baseline: withBaseline,
      beforeLoad: () => seedReplies(direct),
    });
  } finally {
    // The servers first (no new turns, so no new checks), then the queue drains, then the workers stop.
    for (const child of children.splice(WORKERS)) await stop(child);
  }
  const checker = await openDatabase({ url: direct });
  try {
    const pending = await drain(checker.db);
    for (const child of children) await stop(child);
    const counts = await countJobs(checker.db, runs, pending);
    ctx.log(`${label}: jobs ${JSON.stringify(counts)}`);
    outcome.figures.push(...jobFigures(label, counts));
    outcome.details.jobs = counts;
  } finally {
    await checker.close();
  }
  const invariant = await checkInvariant({ url: direct });
  outcome.figures.push({ ...invariant.figure, id: "scale", what: `${label}: ${invariant.figure.what}` });
  outcome.details.invariant = invariant.details;
  outcome.details.poolMode = arm.poolMode;
  return outcome;
}

export async function scaleOutRun(ctx: BenchContext): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const withPgbouncer = await reachable(PGBOUNCER);
  for (const name of ["direct", "pgbouncer"] as const) {
    if (name === "pgbouncer" && !withPgbouncer) {
      ctx.log(`scale-out: no PgBouncer at ${PGBOUNCER}, its arm is skipped`);
      continue;
    }
    const db = await createPostgresDatabase(`scale_${name}`);
    try {
      const direct = databaseUrl(db);
      // Migrated once here, so the instances and workers starting after it find the schema in place.
      await (await openDatabase({ url: direct })).close();
      const pooled = new URL(PGBOUNCER);
      pooled.pathname = `/${db}`;
      const arm: Arm =
        name === "direct" ? { name, url: direct, poolMode: "session" } : { name, url: pooled.toString(), poolMode: "transaction" };
      outcomes.push(await runArm(ctx, arm, direct, name === "direct"));
    } finally {
      await dropPostgresDatabase(db);
    }
  }
  const [first, second] = outcomes;
  if (first && second) {
    const rps = (o: Outcome) => (o.details as { requestsPerSecond: number }).requestsPerSecond;
    const p = (o: Outcome, q: "p50" | "p99") => (o.details as { latencyMs: Record<string, number> }).latencyMs[q]!;
    second.figures.push(
      figure({
        id: "scale",
        what: "scale-out: through PgBouncer (transaction pooling, no named prepared statements) vs direct",
        value: `${rps(second)} req/s; p50 ${p(second, "p50")} ms, p99 ${p(second, "p99")} ms`,
        baseline: `direct: ${rps(first)} req/s; p50 ${p(first, "p50")} ms, p99 ${p(first, "p99")} ms`,
        ratio: rps(second) / rps(first),
        target: "reported (throughput ratio)",
      }),
    );
  }
  return outcomes;
}
