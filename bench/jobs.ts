/**
 * jobs — on PGlite the job engine runs in the app process, on the one connection every request uses
 * (docs/design.md, "Storage, jobs and scale"). Does a request wait behind a drift sweep? A request here is a
 * control change (nudgeAtom, the nudge action's writer: a snapshot statement, the offline verbalizer, the
 * write plan), arriving on a timer, timed while a big sweep runs and while nothing does, in the same run on
 * the same database. The sweep runs as the job handler runs it on PGlite: as background work
 * (db/background.ts: each step waits for a quiet moment of the connection) in small steps
 * (lib/jobs/drift-sweep.ts, PGLITE_PACING: marks in chunks, one user at a time); and, as the same-run
 * "before", as it ran before (POSTGRES_PACING: all marks in one statement, four users at a time, not gated). The store: N users × 7
 * stat rows, all dirty, 1 in 16 drifting on tone (bench/sweep.ts#markDirty), each with atoms and an evolved
 * paragraph verbalized from them, so every drifting user is acted on through the mirror: half of them (1 in 32)
 * have a tone the feedback moves away from and are re-evolved (atoms moved, paragraph re-verbalized), the other
 * half are confirmed (the feedback snaps to the tone set; only the flag is settled). What the tail is made of
 * is measured in the same arm: the longest background step (db/background.ts#gateStats), garbage-collection
 * pauses, and how late the event loop ran timers. PGlite only (on PostgreSQL the sweep runs in `npm run
 * worker`, with connections of its own).
 */
import { sql } from "drizzle-orm";
import { gateStats, inBackground, type GateStats } from "@/db/background";
import { verbalize } from "@/lib/ai/verbalize";
import { PGLITE_PACING, POSTGRES_PACING, runDriftSweep, type SweepPacing } from "@/lib/jobs/drift-sweep";
import { DEFAULT_ATOMS, DIMENSIONS, type AtomChange, type Atoms } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { nudgeAtom } from "@/lib/profile/atom-writers";
import type { Bench } from "./context";
import { scaled } from "./context";
import { createBenchDatabase, installAppDatabase, seedUsers, sqlUserId } from "./db";
import { PROFILES, onboardUsers, seedStats } from "./fixtures";
import { nextValue } from "./mirror";
import { figure, verdict } from "./report";
import { formatMs, round, rounded, summarize, type Summary } from "./stats";
import { markDirty } from "./sweep";
import { PerformanceObserver, monitorEventLoopDelay, performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** The p99 of a request while the sweep runs may be at most this many times the idle p99. */
const P99_TARGET = 3;
/** One control change due every 50 ms (20 a second: a busy PGlite app; each takes a few ms). */
const ARRIVAL_MS = 50;
/** The drifting users whose tone the feedback moves away from (1 in 32 of all: half the drifting ones). */
const AWAY_TONE = 3;

/** What else happened while an arm ran: garbage-collection pauses and how late the event loop ran a timer. */
function watchProcess() {
  const gc: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gc.push(e.duration);
  });
  observer.observe({ entryTypes: ["gc"] });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  return () => {
    observer.disconnect();
    delay.disable();
    return {
      gcPauses: gc.length,
      gcMs: round(gc.reduce((a, b) => a + b, 0), 1),
      gcMaxMs: round(Math.max(0, ...gc), 1),
      loopDelayP99Ms: round(delay.percentile(99) / 1e6, 1),
      loopDelayMaxMs: round(delay.max / 1e6, 1),
    };
  };
}

function gateDelta(before: GateStats, after: GateStats) {
  return {
    waits: after.waits - before.waits,
    waitedMs: round(after.waitedMs - before.waitedMs, 1),
    stepMs: round(after.stepMs - before.stepMs, 1),
    // The instance's longest step so far: the sweep is its only background work, so it is this arm's.
    longestStepMs: round(after.longestStepMs, 1),
  };
}

export const jobsBench: Bench = {
  name: "jobs",
  id: "jobs",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    if (ctx.driver !== "pglite") {
      return {
        bench: "jobs",
        driver: ctx.driver,
        seconds: 0,
        figures: [figure({ id: "jobs", what: "requests during a sweep", value: "skipped: PGlite only (the worker has its own connections)", baseline: "—", target: "reported" })],
        details: { skipped: "PGlite only" },
      };
    }
    const database = await createBenchDatabase(ctx.driver, "jobs");
    try {
      const { db } = database;
      installAppDatabase(database);
      const n = scaled(ctx, 20_000, 500);
      const idleRequests = scaled(ctx, 300, 60);
      ctx.log(`jobs: seeding ${n} users × 7 stats with atoms and evolved paragraphs`);
      const text = verbalizeOffline({ atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] });
      const away = verbalizeOffline({ atoms: { ...DEFAULT_ATOMS, tone: AWAY_TONE }, aboutMe: "", amendments: [] });
      await seedUsers(db, 1, n);
      await seedStats(db, 1, n);
      const a = DEFAULT_ATOMS;
      await db.execute(sql`
        insert into profile_atoms (user_id, tone, length, density, math_comfort, level, domain, language, version)
        select ${sqlUserId("i")}, case when i % 32 = 0 then ${AWAY_TONE}::smallint else ${a.tone}::smallint end, ${a.length}, ${a.density}, ${a.mathComfort}, ${a.level}, ${a.domain}, ${a.language}, 1
        from generate_series(1, ${n}::int) i`);
      await db.execute(sql`
        insert into personality_summary (user_id, text, provenance, version, atoms_version, reason)
        select ${sqlUserId("i")}, case when i % 32 = 0 then ${away} else ${text} end, 'evolved', 1, 1, 'bench'
        from generate_series(1, ${n}::int) i`);
      const requesters = await onboardUsers(db, n + 1, n + 20);
      const atoms: Atoms[] = requesters.map((_, i) => ({ ...PROFILES[(n + 1 + i) % PROFILES.length]! }));
      const deps = { verbalize };
      let calls = 0;
      /** One control change of the next requester, to the next option of the next dimension. */
      const request = async (): Promise<void> => {
        const i = calls++;
        const u = i % requesters.length;
        const dimension = DIMENSIONS[Math.floor(i / requesters.length) % DIMENSIONS.length]!;
        const value = nextValue(atoms[u]!, dimension);
        atoms[u] = { ...atoms[u]!, [dimension]: value } as Atoms;
        await nudgeAtom({ db, userId: requesters[u]!, deps }, { dimension, value } as AtomChange);
      };
      /**
       * Open loop: a request arrives every ARRIVAL_MS on a timer, as requests arrive on sockets, each timed from
       * when it was due to arrive to its answer. A sweep that never lets the event loop turn delays the timer
       * itself (PGlite answers in microtasks), and that delay counts: it is the wait of a request whose bytes sit
       * unread. Arrivals stop at `count`, or once `until` says so for arrivals due after it did.
       */
      const arrivals = async ({ count, until }: { count?: number; until?: () => number | null }) => {
        const out: number[] = [];
        const inflight: Promise<void>[] = [];
        const t0 = performance.now();
        for (let k = 0; count === undefined || k < count; k++) {
          const due = t0 + k * ARRIVAL_MS;
          const ended = until?.();
          if (ended != null && due > ended) break;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          inflight.push(request().then(() => void out.push(performance.now() - due)));
        }
        await Promise.all(inflight);
        return out;
      };
      const idle = () => arrivals({ count: idleRequests });
      /** Arrivals for as long as the sweep runs. */
      /** Puts the re-evolving half back where the feedback moves it away from (a sweep moved their tone). */
      const resetAway = async () => {
        await db.execute(sql`
          with moved as (
            update profile_atoms set tone = ${AWAY_TONE}::smallint, version = version + 1
            where user_id in (select ${sqlUserId("i")} from generate_series(32, ${n}::int, 32) i) returning user_id, version
          )
          update personality_summary s set text = ${away}, provenance = 'evolved', atoms_version = moved.version
          from moved where s.user_id = moved.user_id`);
      };
      const client = database.pglite!;
      /** Arrivals for as long as the sweep runs. */
      const during = async (pacing: SweepPacing, asJob: boolean) => {
        await resetAway();
        await markDirty(db, n);
        // ANALYZE invalidates the prepared statements' plans: re-plan them before the clock starts, as the idle
        // arms' requests had them planned.
        await arrivals({ count: requesters.length });
        let ended: number | null = null;
        const gateBefore = gateStats(client)!;
        const watch = watchProcess();
        const t0 = performance.now();
        const run = () => runDriftSweep({ db, deps, pacing });
        const sweep = (asJob ? inBackground(run) : run()).finally(() => (ended = performance.now()));
        const out = await arrivals({ until: () => ended });
        const result = await sweep;
        const ms = ended! - t0;
        const process = watch();
        if (result.flagged !== Math.floor(n / 16) || result.failures.length > 0) {
          throw new Error(`jobs bench: flagged ${result.flagged} (want ${Math.floor(n / 16)}), ${result.failures.length} failures`);
        }
        const outcomes: Record<string, number> = {};
        for (const o of result.outcomes) outcomes[o.outcome.kind] = (outcomes[o.outcome.kind] ?? 0) + 1;
        if (outcomes["re-evolved"] !== Math.floor(n / 32)) {
          throw new Error(`jobs bench: ${outcomes["re-evolved"] ?? 0} re-evolved (want ${Math.floor(n / 32)})`);
        }
        return { samples: out, ms, outcomes, process, gate: gateDelta(gateBefore, gateStats(client)!) };
      };
      const idleArm = async () => {
        const watch = watchProcess();
        const samples = await idle();
        return { samples, process: watch() };
      };

      await arrivals({ count: 20 });
      const idleA = await idleArm();
      ctx.log(`jobs: sweep of ${n} users as the job runs it on PGlite (paced)`);
      const paced = await during(PGLITE_PACING, true);
      const idleB = await idleArm();
      ctx.log(`jobs: the same sweep unpaced (one statement, 4 at a time)`);
      const unpaced = await during(POSTGRES_PACING, false);
      const idleC = await idleArm();
      const still = summarize([...idleA.samples, ...idleB.samples, ...idleC.samples]);
      const p = summarize(paced.samples);
      const u = summarize(unpaced.samples);
      const idleMax = (key: "gcMaxMs" | "loopDelayMaxMs") => Math.max(idleA.process[key], idleB.process[key], idleC.process[key]);
      const vs = (s: Summary) => `${formatMs(s.p50)} / ${formatMs(s.p99)} / max ${formatMs(s.max)} (${s.n} requests)`;
      return {
        bench: "jobs",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "jobs",
            what: `a control change while a drift sweep of ${n.toLocaleString("en")} users runs in-process (paced): p50 / p99 / max`,
            value: vs(p),
            baseline: `idle: ${vs(still)}`,
            ratio: p.p99 / still.p99,
            target: `p99 ≤ ${P99_TARGET}× idle`,
            verdict: verdict(p.p99 <= P99_TARGET * still.p99),
          }),
          figure({
            id: "jobs",
            what: "the same while the sweep runs unpaced (before: one statement, 4 users at a time)",
            value: vs(u),
            baseline: `idle: ${vs(still)}`,
            ratio: u.p99 / still.p99,
            target: "reported",
          }),
          figure({
            id: "jobs",
            what: "what the paced arm's tail is made of: the longest background step / the longest GC pause / the event loop's latest timer",
            value: `${formatMs(paced.gate.longestStepMs)} / ${formatMs(paced.process.gcMaxMs)} / ${formatMs(paced.process.loopDelayMaxMs)}`,
            baseline: `idle: — / ${formatMs(idleMax("gcMaxMs"))} / ${formatMs(idleMax("loopDelayMaxMs"))}`,
            target: "reported",
          }),
          figure({
            id: "jobs",
            what: "what pacing costs the sweep: wall time, paced vs unpaced",
            value: formatMs(paced.ms),
            baseline: `unpaced: ${formatMs(unpaced.ms)}`,
            ratio: paced.ms / unpaced.ms,
            target: "reported",
          }),
        ],
        details: {
          users: n,
          drifting: Math.floor(n / 16),
          idleMs: rounded(still, 3),
          pacedMs: rounded(p, 3),
          unpacedMs: rounded(u, 3),
          sweepMs: { paced: round(paced.ms, 1), unpaced: round(unpaced.ms, 1) },
          outcomes: { paced: paced.outcomes, unpaced: unpaced.outcomes },
          gate: paced.gate,
          process: { paced: paced.process, unpaced: unpaced.process, idle: [idleA.process, idleB.process, idleC.process] },
          pacing: { markUsers: PGLITE_PACING.markUsers, concurrency: PGLITE_PACING.concurrency },
        },
      };
    } finally {
      await database.drop();
    }
  },
};
