/**
 * #3 — the L4 drift sweep (sweepDriftMarks: one set-based statement over the drift_mark table). The store holds
 * 100,000 users × 7 stat rows (real aggregator states) and 100,000 paragraphs; all 100,000 users count as dirty
 * (their stats changed since the last sweep), and a change leaves a `drift_mark` row only where the detector
 * fired, so what varies between the arms is the drifting users:
 * - "1 in 16": 6,250 marks (ids ending in hex 0) — the issue's case, ≤ 1 s on PostgreSQL;
 * - "10 in 16": 62,500 marks (ids ending in 0–9) — 10× the drifting users, ≤ 11× the time;
 * - the floor, the baseline of the first: flagging the same 6,250 paragraphs with a bare update, the least any
 *   sweep must write.
 * Before every timed run the marks are laid again, the paragraphs un-flagged, and the tables vacuumed and
 * analyzed; the arms are interleaved (floor, 1/16, 10/16, three times) and each figure is a median of 3.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sweepDriftMarks } from "@/db/queries/drift";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import type { Bench } from "./context";
import { atScale, scaled } from "./context";
import { createBenchDatabase, query, seedUsers, sqlUserId, vacuumAnalyze } from "./db";
import { seedStats } from "./fixtures";
import { figure, verdict } from "./report";
import { formatMs, median, round, time } from "./stats";

type Arm = "floor" | "few" | "many";

/** Users 1..n whose id's last hex digit is in `digits`: 1 in 16 ("0") or 10 in 16 ("0"–"9"). */
const drifting = (digits: string): SQL => sql`right(user_id::text, 1) = any(${`{${[...digits].join(",")}}`}::text[])`;
const DIGITS: Record<Arm, string> = { floor: "0", few: "0", many: "0123456789" };

/** Lays the arm's marks and un-flags every paragraph, then vacuums and analyzes; returns the drifting users. */
async function prepare(db: Db, n: number, arm: Arm): Promise<number> {
  const mine = sql`user_id <= ${sqlUserId(String(n))} and ${drifting(DIGITS[arm])}`;
  await db.execute(sql`delete from drift_mark`);
  await db.execute(sql`update personality_summary set stale = false, stale_dims = '{}' where stale`);
  if (arm !== "floor") {
    await db.execute(sql`insert into drift_mark (user_id, dimension) select user_id, 'tone' from personality_summary where ${mine}`);
  }
  await vacuumAnalyze(db, ["drift_mark", "personality_summary"]);
  const [row] = await query<{ n: number }>(db, sql`select count(*)::int as n from personality_summary where ${mine}`);
  return Number(row!.n);
}

/**
 * Users 1..n changed since the last sweep, 1 in 16 of them drifting on tone: their marks laid, every paragraph
 * un-flagged (bench/jobs.ts starts its sweeps from this).
 */
export async function markDirty(db: Db, n: number): Promise<void> {
  await prepare(db, n, "few");
}

/** One timed run: the sweep, or (the floor) a bare update flagging the same paragraphs. Returns what it took and flagged. */
async function sweepOnce(db: Db, n: number, arm: Arm): Promise<{ marks: number | null; flagged: number }> {
  if (arm !== "floor") {
    const result = await sweepDriftMarks({ db });
    return { marks: result.marks, flagged: result.flagged };
  }
  const [row] = await query<{ n: number }>(
    db,
    sql`with f as (update personality_summary set stale = true, stale_dims = '{tone}'
      where user_id <= ${sqlUserId(String(n))} and ${drifting(DIGITS.floor)} returning 1) select count(*)::int as n from f`,
  );
  return { marks: null, flagged: Number(row!.n) };
}

export const sweepBench: Bench = {
  name: "sweep",
  id: "3",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const users = scaled(ctx, 100_000, 1600);
    const database = await createBenchDatabase(ctx.driver, "sweep");
    try {
      const { db } = database;
      ctx.log(`#3 seeding ${users} users × 7 stats`);
      const seedStart = Date.now();
      const text = verbalizeOffline({ atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] });
      await seedUsers(db, 1, users);
      await seedStats(db, 1, users);
      await db.execute(sql`
        insert into personality_summary (user_id, text, provenance, version, atoms_version, reason)
        select ${sqlUserId("i")}, ${text}, 'evolved', 1, 1, 'bench' from generate_series(1, ${users}::int) i`);
      const seedSeconds = (Date.now() - seedStart) / 1000;
      ctx.log(`#3 seeded in ${seedSeconds.toFixed(1)} s`);

      const runs: Record<Arm, number[]> = { floor: [], few: [], many: [] };
      const counts: Record<Arm, number> = { floor: 0, few: 0, many: 0 };
      for (let rep = 0; rep < 3; rep++) {
        for (const arm of ["floor", "few", "many"] as const) {
          const expected = await prepare(db, users, arm);
          counts[arm] = expected;
          const { ms, value } = await time(() => sweepOnce(db, users, arm));
          if ((value.marks ?? expected) !== expected || value.flagged !== expected) {
            throw new Error(`sweep bench (${arm}): ${value.marks} marks, ${value.flagged} flagged (want ${expected} each)`);
          }
          runs[arm].push(ms);
          ctx.log(`#3 ${arm} (${expected} drifting of ${users}): ${formatMs(ms)}`);
        }
      }
      const floor = median(runs.floor);
      const few = median(runs.few);
      const many = median(runs.many);
      const n = (x: number) => x.toLocaleString("en");
      const figures = [
        figure({
          id: "3",
          what: `drift sweep, ${n(users)} dirty users, 1 in 16 drifting (${n(counts.few)} marks): wall time`,
          value: formatMs(few),
          baseline: `flagging the same ${n(counts.floor)} paragraphs alone: ${formatMs(floor)}`,
          ratio: few / floor,
          target: atScale(ctx, "100,000 dirty users ≤ 1 s on PostgreSQL"),
          verdict: ctx.driver === "postgres" && ctx.scale === 1 ? verdict(few <= 1_000) : "reported",
        }),
        figure({
          id: "3",
          what: `drift sweep, 10× the drifting users (${n(counts.many)} of ${n(users)})`,
          value: formatMs(many),
          baseline: `${n(counts.few)} drifting: ${formatMs(few)}`,
          ratio: many / few,
          target: "≤ 11× the time",
          verdict: verdict(many / few <= 11),
        }),
      ];
      return {
        bench: "sweep",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures,
        details: {
          users,
          statRows: 7 * users,
          drifting: counts,
          sweepsMs: { floor: runs.floor.map((x) => round(x, 1)), few: runs.few.map((x) => round(x, 1)), many: runs.many.map((x) => round(x, 1)) },
          medianMs: { floor: round(floor, 1), few: round(few, 1), many: round(many, 1) },
          seedSeconds: round(seedSeconds, 1),
        },
      };
    } finally {
      await database.drop();
    }
  },
};
