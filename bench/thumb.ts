/**
 * #2 — a thumb end to end through rateResponse (what PUT /api/responses/:id/thumb calls): lock the response,
 * set the thumb, append its signals and update the seven L3 stat rows, in one transaction. Measured on two
 * databases that differ only in the size of the signal log before the run (100 vs 100,000 prior signals of the
 * same user), interleaved in blocks so load from elsewhere hits both arms alike. O(1) per signal means the
 * per-signal cost does not depend on the log: the ratio should stay near 1.
 */
import { sql } from "drizzle-orm";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { DIMENSIONS } from "@/lib/personality/atoms";
import type { Bench, BenchContext } from "./context";
import { atScale, scaled } from "./context";
import { benchUserId, createBenchDatabase, installAppDatabase, query, seedUsers, vacuumAnalyze, type BenchDatabase } from "./db";
import { RICH_REPLY, richReplySignals, seedStats } from "./fixtures";
import { legacyThumbUp } from "./legacy-writers";
import { figure, verdict } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";

const USER = benchUserId(1);

async function prepare(ctx: BenchContext, label: string, priorSignals: number, thumbs: number): Promise<BenchDatabase> {
  const database = await createBenchDatabase(ctx.driver, label);
  const { db } = database;
  await seedUsers(db, 1, 1);
  await seedStats(db, 1, 1);
  const dims = sql.raw(`(array[${DIMENSIONS.map((d) => `'${d}'`).join(",")}])`);
  // The prior log: thumbs spread over the seven dimensions, oldest first, as a long-time user would have.
  await db.execute(sql`
    insert into signal (user_id, dimension, value, category, source, weight, created_at)
    select ${USER}::uuid, ${dims}[1 + i % 7],
      case when i % 7 in (4, 6) then null else (i % 100) / 100.0 end,
      case when i % 7 in (4, 6) then (i % 8) else null end,
      'thumb', 1, now() - make_interval(secs => ${priorSignals}::int - i)
    from generate_series(1, ${priorSignals}::int) i`);
  await db.execute(sql`
    insert into ai_response (id, user_id, surface, prompt, text, summary_version, status)
    select gen_random_uuid(), ${USER}::uuid, 'chat', 'How do hash tables work?', ${RICH_REPLY}, 0, 'complete'
    from generate_series(1, ${thumbs}::int)`);
  await vacuumAnalyze(db, ["signal", "ai_response", "preference_stat"]);
  return database;
}

export const thumbBench: Bench = {
  name: "thumb",
  id: "2",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const large = scaled(ctx, 100_000, 1000);
    const thumbs = scaled(ctx, 1000, 200);
    const warmup = Math.min(100, thumbs / 4);
    const arms = { small: { prior: 100, db: null as BenchDatabase | null }, large: { prior: large, db: null as BenchDatabase | null } };
    try {
      for (const [name, arm] of Object.entries(arms)) arm.db = await prepare(ctx, `thumb_${name}`, arm.prior, thumbs + warmup);
      const ids: Record<string, string[]> = {};
      for (const [name, arm] of Object.entries(arms)) {
        ids[name] = (await query<{ id: string }>(arm.db!.db, sql`select id from ai_response order by id`)).map((r) => r.id);
      }
      const perThumb = richReplySignals();
      ctx.log(`#2 ${thumbs} thumbs per arm, ${perThumb} signals each; prior log 100 vs ${large}`);
      const thumb = (name: "small" | "large") => async (i: number) => {
        installAppDatabase(arms[name].db!);
        const result = await rateResponse({ userId: USER, responseId: ids[name]![i]!, thumb: "up" });
        if (result?.thumb !== "up") throw new Error("thumb bench: rateResponse did not set the thumb");
      };
      // The same-run "before" on the large log: the thumb written as it was before the write plan.
      let legacyNext = 0;
      const legacyIds = (await query<{ id: string }>(arms.large.db!.db, sql`
        insert into ai_response (id, user_id, surface, prompt, text, summary_version, status)
        select gen_random_uuid(), ${USER}::uuid, 'chat', 'How do hash tables work?', ${RICH_REPLY}, 0, 'complete'
        from generate_series(1, ${thumbs + warmup}::int) returning id`)).map((r) => r.id);
      const legacy = async () => legacyThumbUp(arms.large.db!.db, USER, legacyIds[legacyNext++]!);
      const samples = await interleave({ small: thumb("small"), large: thumb("large"), legacy }, { iterations: thumbs, block: 50, warmup });

      const counts: Record<string, number> = {};
      for (const [name, arm] of Object.entries(arms)) {
        const [row] = await query<{ n: number }>(arm.db!.db, sql`select count(*)::int as n from signal`);
        counts[name] = row!.n - arm.prior;
      }
      if (counts.small !== (thumbs + warmup) * perThumb || counts.large !== 2 * counts.small) {
        throw new Error(`thumb bench: expected ${(thumbs + warmup) * perThumb} new signals per arm, got ${JSON.stringify(counts)}`);
      }
      const s = summarize(samples.small!);
      const l = summarize(samples.large!);
      const old = summarize(samples.legacy!);
      const perSignal = { small: s.p50 / perThumb, large: l.p50 / perThumb };
      const rate = (ms: number[]) => (ms.length * perThumb * 1000) / ms.reduce((a, b) => a + b, 0);
      const ratio = perSignal.large / perSignal.small;
      return {
        bench: "thumb",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "2",
            what: `thumb → ${perThumb} signals + stats, 1 tx (log ${large.toLocaleString("en")})`,
            value: `${Math.round(rate(samples.large!))} signals/s; ${formatMs(perSignal.large)}/signal`,
            baseline: `log 100: ${Math.round(rate(samples.small!))} signals/s; ${formatMs(perSignal.small)}/signal`,
            ratio,
            target: atScale(ctx, "per-signal cost ≤ 1.2×"),
            verdict: verdict(ratio <= 1.2),
          }),
          figure({
            id: "2",
            what: "thumb p50 (one request: a read and one write statement)",
            value: formatMs(l.p50),
            baseline: `log 100: ${formatMs(s.p50)}`,
            ratio: l.p50 / s.p50,
            target: ctx.driver === "postgres" ? "≤ 3 ms" : "reported",
            ...(ctx.driver === "postgres" ? { verdict: verdict(l.p50 <= 3) } : {}),
          }),
          figure({
            id: "2",
            what: "thumb p50: the write plan vs before it (log as above)",
            value: formatMs(l.p50),
            baseline: `lock + update + 7 signals + 14 stat statements in a transaction: ${formatMs(old.p50)}`,
            ratio: l.p50 / old.p50,
            target: "reported",
          }),
          figure({
            id: "2",
            what: "thumb p99 (one request's transaction)",
            value: formatMs(l.p99),
            baseline: `log 100: ${formatMs(s.p99)}`,
            ratio: l.p99 / s.p99,
            target: "reported",
          }),
        ],
        details: {
          thumbsPerArm: thumbs,
          signalsPerThumb: perThumb,
          priorSignals: { small: 100, large },
          thumbMs: { small: rounded(s, 4), large: rounded(l, 4), legacyLarge: rounded(old, 4) },
          signalsPerSecond: { small: Math.round(rate(samples.small!)), large: Math.round(rate(samples.large!)) },
        },
      };
    } finally {
      for (const arm of Object.values(arms)) await arm.db?.drop();
    }
  },
};
