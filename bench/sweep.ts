/**
 * #3 — the L4 drift sweep (sweepDriftMarks: one set-based statement) over N dirty users × 7 dimensions, for
 * N = 10,000 and N = 100,000. The store holds 100,000 users × 7 stat rows (real aggregator states) and
 * 100,000 paragraphs both times; before each timed sweep the first N users' rows are marked dirty, one user
 * in 16 with a pending drift mark on `tone`, their paragraphs un-flagged, and the tables vacuumed and analyzed,
 * so every sweep starts from the same kind of state. Median of 3 sweeps of 10,000 users; BENCH_SWEEP_REPS
 * sweeps of 100,000 (default 1: one takes 30-100 s on a busy 2-core machine).
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sweepDriftMarks } from "@/db/queries/drift";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import type { Bench } from "./context";
import { atScale, scaled } from "./context";
import { createBenchDatabase, seedUsers, sqlUserId, vacuumAnalyze } from "./db";
import { seedStats } from "./fixtures";
import { figure, verdict } from "./report";
import { formatMs, median, round, time } from "./stats";

/** Marks users 1..n dirty (1 in 16 of them drifting on tone), un-flags their paragraphs, vacuums and analyzes. */
export async function markDirty(db: Db, n: number): Promise<void> {
  const last = sql`${sqlUserId(String(n))}`;
  await db.execute(sql`
    update preference_stat set dirty = true,
      drift_detected_at = case when dimension = 'tone' and right(user_id::text, 1) = '0' then now() end
    where user_id <= ${last}`);
  await db.execute(sql`update personality_summary set stale = false, stale_dims = '{}' where user_id <= ${last} and stale`);
  await vacuumAnalyze(db, ["preference_stat", "personality_summary"]);
}

export const sweepBench: Bench = {
  name: "sweep",
  id: "3",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const large = scaled(ctx, 100_000, 1000);
    const small = Math.round(large / 10);
    const largeReps = Math.max(1, Number(process.env.BENCH_SWEEP_REPS ?? 1));
    const database = await createBenchDatabase(ctx.driver, "sweep");
    try {
      const { db } = database;
      ctx.log(`#3 seeding ${large} users × 7 stats`);
      const seedStart = Date.now();
      const text = verbalizeOffline({ atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] });
      await seedUsers(db, 1, large);
      await seedStats(db, 1, large, { dirty: false });
      await db.execute(sql`
        insert into personality_summary (user_id, text, provenance, version, atoms_version, reason)
        select ${sqlUserId("i")}, ${text}, 'evolved', 1, 1, 'bench' from generate_series(1, ${large}::int) i`);
      const seedSeconds = (Date.now() - seedStart) / 1000;
      ctx.log(`#3 seeded in ${seedSeconds.toFixed(1)} s; sweeps: ${largeReps} × ${large}, 3 × ${small}`);

      // Every sweep, large or small, follows an update that marked its rows: the first sweep after a bulk insert
      // is slower (pages and hint bits being written for the first time) and would favour whichever went second.
      const order: ("small" | "large")[] = ["small", "large", "small", "small", ...Array<"large">(largeReps - 1).fill("large")];
      const runs: Record<"small" | "large", number[]> = { small: [], large: [] };
      for (const name of order) {
        const n = name === "small" ? small : large;
        await markDirty(db, n);
        const { ms, value } = await time(() => sweepDriftMarks({ db }));
        // Drifting users are the ids ending in hex 0 among 1..n: 16, 32, …
        const drifting = Math.floor(n / 16);
        if (value.scanned !== 7 * n || value.flagged.length !== drifting) {
          throw new Error(`sweep bench: scanned ${value.scanned} (want ${7 * n}), flagged ${value.flagged.length} (want ${drifting})`);
        }
        runs[name].push(ms);
        ctx.log(`#3 sweep N=${n}: ${formatMs(ms)}`);
      }
      const s = median(runs.small);
      const l = median(runs.large);
      const ratio = l / s;
      const figures = [
        figure({
          id: "3",
          what: `drift sweep, ${large.toLocaleString("en")} dirty users × 7`,
          value: formatMs(l),
          baseline: `${small.toLocaleString("en")} users: ${formatMs(s)}`,
          ratio,
          target: "≤ 11× for 10× the users",
          verdict: verdict(ratio <= 11),
        }),
      ];
      if (ctx.driver === "postgres") {
        figures.push(
          figure({
            id: "3",
            what: `drift sweep, ${large.toLocaleString("en")} users, wall time`,
            value: formatMs(l),
            baseline: "—",
            target: atScale(ctx, "100,000 users ≤ 10 s"),
            verdict: ctx.scale === 1 ? verdict(l <= 10_000) : "reported",
          }),
        );
      }
      return {
        bench: "sweep",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures,
        details: {
          users: large,
          statRows: 7 * large,
          dirtyUsers: { small, large },
          sweepsMs: { small: runs.small.map((x) => round(x, 1)), large: runs.large.map((x) => round(x, 1)) },
          medianMs: { small: round(s, 1), large: round(l, 1) },
          seedSeconds: round(seedSeconds, 1),
        },
      };
    } finally {
      await database.drop();
    }
  },
};
