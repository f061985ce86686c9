/**
 * What DATABASE_POOL_MODE=transaction costs (PostgreSQL only): the same control changes (nudgeAtom) and thumbs
 * (rateResponse) on one database through three clients, interleaved in blocks — direct with named prepared
 * statements (the default), direct with `prepare: false` (transaction mode's setting without the pooler: the
 * cost of describing every statement), and through PgBouncer in transaction pooling (BENCH_PGBOUNCER_URL,
 * default 127.0.0.1:6432, as .ci/run starts it). Skipped on PGlite and when PgBouncer does not answer.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Database } from "@/db/client";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { verbalize } from "@/lib/ai/verbalize";
import { optionsOf, type AtomChange } from "@/lib/personality/atoms";
import { nudgeAtom } from "@/lib/profile/atom-writers";
import type { Bench } from "./context";
import { scaled } from "./context";
import { createBenchDatabase, installAppDatabase, query } from "./db";
import { PROFILES, RICH_REPLY, onboardUsers } from "./fixtures";
import { figure } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";

export const PGBOUNCER = process.env.BENCH_PGBOUNCER_URL ?? "postgres://postgres@127.0.0.1:6432/postgres";

export async function reachable(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 3, prepare: false, onnotice: () => undefined });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

export const poolBench: Bench = {
  name: "pool",
  id: "pool",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const skipped = (why: string) => ({
      bench: "pool",
      driver: ctx.driver,
      seconds: 0,
      figures: [figure({ id: "pool", what: "DATABASE_POOL_MODE=transaction", value: `skipped: ${why}`, baseline: "—", target: "reported" })],
      details: { skipped: why },
    });
    if (ctx.driver !== "postgres") return skipped("PostgreSQL only");
    if (!(await reachable(PGBOUNCER))) return skipped(`no PgBouncer at ${PGBOUNCER}`);
    const database = await createBenchDatabase(ctx.driver, "pool");
    const url = new URL(database.url!);
    const pooled = new URL(PGBOUNCER);
    pooled.pathname = url.pathname;
    const clients: Record<string, Database> = {
      direct: database,
      directUnprepared: await openDatabase({ url: url.toString(), poolMode: "transaction" }),
      pgbouncer: await openDatabase({ url: pooled.toString(), poolMode: "transaction" }),
    };
    try {
      const users = scaled(ctx, 60, 12);
      const iterations = scaled(ctx, 600, 100);
      const ids = await onboardUsers(database.db, 1, users);
      await database.db.execute(sql`
        insert into ai_response (id, user_id, surface, prompt, text, summary_version, status)
        select gen_random_uuid(), u.id, 'chat', 'How do hash tables work?', ${RICH_REPLY}, 1, 'complete'
        from users u, generate_series(1, ${Math.ceil((6 * iterations) / users) + 10}::int)`);
      const responses = await query<{ id: string; user_id: string }>(database.db, sql`select id, user_id from ai_response order by id`);
      ctx.log(`pool: ${iterations} control changes and thumbs per client (direct, direct unprepared, PgBouncer)`);
      // Every nudge moves a user's tone to the next option: always a real change, whichever client makes it.
      const tones = ids.map((_, i) => PROFILES[(i + 1) % PROFILES.length]!.tone);
      const options = optionsOf("tone").length;
      let change = 0;
      let next = 0;
      const nudge = (db: Database) => async () => {
        const u = change++ % users;
        tones[u] = (tones[u]! + 1) % options;
        await nudgeAtom({ db: db.db, userId: ids[u]!, deps: { verbalize } }, { dimension: "tone", value: tones[u] } as AtomChange);
      };
      const thumb = (db: Database) => async () => {
        const r = responses[next++]!;
        installAppDatabase(db);
        await rateResponse({ userId: r.user_id, responseId: r.id, thumb: "up" });
      };
      const arms = Object.fromEntries(
        Object.entries(clients).flatMap(([name, db]) => [
          [`nudge_${name}`, nudge(db)],
          [`thumb_${name}`, thumb(db)],
        ]),
      );
      const samples = await interleave(arms, { iterations, block: 50, warmup: 30 });
      const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
      const row = (kind: "nudge" | "thumb", label: string) => {
        const base = s[`${kind}_direct`]!.p50;
        return [
          figure({
            id: "pool",
            what: `${label} p50, DATABASE_POOL_MODE=transaction through PgBouncer`,
            value: formatMs(s[`${kind}_pgbouncer`]!.p50),
            baseline: `direct, prepared: ${formatMs(base)}`,
            ratio: s[`${kind}_pgbouncer`]!.p50 / base,
            target: "reported",
          }),
          figure({
            id: "pool",
            what: `${label} p50, prepare: false without the pooler`,
            value: formatMs(s[`${kind}_directUnprepared`]!.p50),
            baseline: `direct, prepared: ${formatMs(base)}`,
            ratio: s[`${kind}_directUnprepared`]!.p50 / base,
            target: "reported",
          }),
        ];
      };
      return {
        bench: "pool",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [...row("nudge", "control change"), ...row("thumb", "thumb")],
        details: { users, iterations, ms: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, rounded(v, 4)])), pgbouncer: PGBOUNCER.replace(/\/\/[^@]*@/, "//") },
      };
    } finally {
      await clients.directUnprepared!.close();
      await clients.pgbouncer!.close();
      await database.drop();
    }
  },
};
