/**
 * #1 — readPreamble, THE read of the paragraph for prompting, against the floor of any read: a `select 1` round
 * trip on the same database client. Both are timed sequentially, interleaved in blocks, over 10,000 reads each
 * of users picked round-robin from 1,000 seeded paragraphs.
 */
import { sql } from "drizzle-orm";
import { readPreamble } from "@/lib/ai/preamble";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import type { Bench } from "./context";
import { scaled } from "./context";
import { benchUserId, createBenchDatabase, installAppDatabase, seedUsers, sqlUserId } from "./db";
import { figure, verdict } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";

export const preambleBench: Bench = {
  name: "preamble",
  id: "1",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "preamble");
    try {
      const { db } = database;
      installAppDatabase(database);
      const users = scaled(ctx, 1000, 100);
      const reads = scaled(ctx, 10_000, 500);
      const text = verbalizeOffline({ atoms: DEFAULT_ATOMS, aboutMe: "", amendments: [] });
      await seedUsers(db, 1, users);
      await db.execute(sql`
        insert into profile_atoms (user_id, tone, length, density, math_comfort, level, domain, language)
        select ${sqlUserId("i")}, 1, 1, 1, 1, 1, 'general', 'en' from generate_series(1, ${users}::int) i`);
      await db.execute(sql`
        insert into personality_summary (user_id, text, provenance, version, atoms_version, reason)
        select ${sqlUserId("i")}, ${text}, 'evolved', 1, 1, 'bench' from generate_series(1, ${users}::int) i`);

      const sample = await readPreamble(benchUserId(1));
      if (sample.text !== text.trim()) throw new Error("preamble bench: readPreamble did not return the seeded paragraph");

      ctx.log(`#1 ${reads} reads each (${users} users)`);
      const samples = await interleave(
        {
          readPreamble: (i) => readPreamble(benchUserId((i % users) + 1)),
          select1: () => db.execute(sql`select 1`),
        },
        { iterations: reads, block: 100, warmup: Math.min(500, reads) },
      );
      const read = summarize(samples.readPreamble!);
      const rtt = summarize(samples.select1!);
      const p50Ratio = read.p50 / rtt.p50;
      const p99Ratio = read.p99 / rtt.p99;
      return {
        bench: "preamble",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "1",
            what: `readPreamble p50 (${reads.toLocaleString("en")} reads)`,
            value: formatMs(read.p50),
            baseline: `select 1: ${formatMs(rtt.p50)}`,
            ratio: p50Ratio,
            target: "p50 ≤ 1.5× round trip",
            verdict: verdict(p50Ratio <= 1.5),
          }),
          figure({
            id: "1",
            what: "readPreamble p99",
            value: formatMs(read.p99),
            baseline: `select 1: ${formatMs(rtt.p99)}`,
            ratio: p99Ratio,
            target: "reported",
          }),
        ],
        details: { users, reads, readPreamble: rounded(read, 4), select1: rounded(rtt, 4) },
      };
    } finally {
      await database.drop();
    }
  },
};
