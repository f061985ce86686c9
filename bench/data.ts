/**
 * Data ownership (issue 12): export and delete of a user with 10,000 signals and 500 replies (in 50
 * conversations, each reply with its question: 1,000 messages), beside a baseline in the same run. Export:
 * `exportUserData` + JSON.stringify (what GET /api/account/export does) against plain `select *` of the same
 * rows from the same ten tables. Delete: `deleteAccount` (explicit per-table deletes, one transaction) against
 * one `delete from users` whose cascades remove the same rows. Arms alternate, each on its own identical user.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { exportedTables, tableName, userDataTables } from "@/db/queries/user-data";
import { deleteAccount } from "@/lib/data/delete-account";
import { exportUserData } from "@/lib/data/export";
import type { Bench } from "./context";
import { scaled } from "./context";
import { benchUserId, createBenchDatabase, installAppDatabase } from "./db";
import { onboardUsers, RICH_REPLY, seedStats } from "./fixtures";
import { figure } from "./report";
import { formatMs, rounded, summarize, time } from "./stats";

/** The signal log and the replies of one bench user, written set-based (the writers are not what is measured). */
async function seedHistory(db: Db, userId: string, signals: number, replies: number): Promise<void> {
  const conversations = Math.max(1, Math.round(replies / 10));
  await db.execute(sql`
    insert into signal (user_id, dimension, value, source, weight, created_at)
    select ${userId}::uuid, (array['tone','length','density','mathComfort','level'])[1 + g % 5], (g % 100) / 100.0,
           'thumb', 1, now() - (${signals} - g) * interval '1 minute'
    from generate_series(1, ${signals}) g`);
  await db.execute(sql`
    with c as (
      insert into conversation (user_id, title) select ${userId}::uuid, 'Chat ' || g from generate_series(1, ${conversations}) g returning id
    ), numbered as (select id, row_number() over (order by id) as k from c)
    insert into ai_response (user_id, surface, conversation_id, prompt, text, summary_version, thumb, created_at)
    select ${userId}::uuid, 'chat', n.id, 'Question number ' || g || ': how does it work?', ${RICH_REPLY}, 1,
           case when g % 3 = 0 then 1 else null end, now() - (${replies} - g) * interval '1 minute'
    from generate_series(1, ${replies}) g join numbered n on n.k = 1 + (g % ${conversations})`);
  await db.execute(sql`
    insert into message (conversation_id, user_id, role, text, created_at)
    select conversation_id, user_id, 'user', prompt, created_at from ai_response where user_id = ${userId}::uuid`);
  await db.execute(sql`
    insert into message (conversation_id, user_id, role, text, response_id, created_at)
    select conversation_id, user_id, 'assistant', text, id, created_at + interval '1 second' from ai_response where user_id = ${userId}::uuid`);
}

async function plainSelect(db: Db, userId: string): Promise<number> {
  let rows = 0;
  for (const t of exportedTables()) {
    const result = await db.execute(sql`select * from ${t} where user_id = ${userId}`);
    rows += (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows).length;
  }
  return rows;
}

export const dataBench: Bench = {
  name: "data",
  id: "12",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "data");
    try {
      installAppDatabase(database);
      const db = database.db;
      const signals = scaled(ctx, 10_000, 100);
      const replies = scaled(ctx, 500, 10);
      const deletes = 3;
      // User 1 is exported; users 2.. are deleted, alternately by each arm.
      const users = await onboardUsers(db, 1, 1 + 2 * deletes);
      await seedStats(db, 1, 1 + 2 * deletes, { dirty: false });
      ctx.log(`data: seeding ${users.length} users × (${signals} signals, ${replies} replies)`);
      for (const u of users) await seedHistory(db, u, signals, replies);
      await db.execute(sql.raw(`analyze ${userDataTables().map(tableName).join(", ")}`));

      const exporter = benchUserId(1);
      const exports = 5;
      const exportMs: number[] = [];
      const selectMs: number[] = [];
      let bytes = 0;
      let rows = 0;
      // Warm-up, then alternate the arms.
      await exportUserData({ db, userId: exporter });
      await plainSelect(db, exporter);
      for (let i = 0; i < exports; i++) {
        const e = await time(async () => JSON.stringify(await exportUserData({ db, userId: exporter }), null, 1));
        exportMs.push(e.ms);
        bytes = Buffer.byteLength(e.value);
        const s = await time(() => plainSelect(db, exporter));
        selectMs.push(s.ms);
        rows = s.value;
      }

      const deleteMs: number[] = [];
      const cascadeMs: number[] = [];
      for (let i = 0; i < deletes; i++) {
        const mine = users[1 + 2 * i]!;
        const theirs = users[2 + 2 * i]!;
        deleteMs.push((await time(() => deleteAccount({ db, userId: mine }))).ms);
        cascadeMs.push((await time(() => db.execute(sql`delete from users where id = ${theirs}`))).ms);
      }
      const left = await db.execute(sql`select count(*)::int as n from signal where user_id <> ${exporter}`);
      const leftover = (Array.isArray(left) ? left : (left as { rows: { n: number }[] }).rows)[0] as { n: number };
      if (leftover.n !== 0) throw new Error(`data bench: ${leftover.n} signals left after the deletes`);

      const ex = summarize(exportMs);
      const sel = summarize(selectMs);
      const del = summarize(deleteMs);
      const cas = summarize(cascadeMs);
      const size = `${signals.toLocaleString("en")} signals, ${replies} replies`;
      return {
        bench: "data",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "12",
            what: `export (${size}; ${rows.toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON) p50`,
            value: formatMs(ex.p50),
            baseline: `plain select * of the same rows: ${formatMs(sel.p50)}`,
            ratio: ex.p50 / sel.p50,
            target: "reported",
          }),
          figure({
            id: "12",
            what: `delete the account (${size}) p50`,
            value: formatMs(del.p50),
            baseline: `one cascading delete of the user: ${formatMs(cas.p50)}`,
            ratio: del.p50 / cas.p50,
            target: "reported",
          }),
        ],
        details: {
          signals,
          replies,
          rows,
          bytes,
          exportMs: rounded(ex, 4),
          selectMs: rounded(sel, 4),
          deleteMs: rounded(del, 4),
          cascadeMs: rounded(cas, 4),
        },
      };
    } finally {
      await database.drop();
    }
  },
};
