import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/client";
import { personalitySummary, profileAtoms, users } from "@/db/schema";
import { describeDrivers, rowsOf } from "@/tests/databases";

describeDrivers("database", (ctx) => {
  it("applies every migration from zero", async () => {
    const { db } = ctx.database;
    const result = await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
    expect(names).toEqual(
      expect.arrayContaining([
        "ai_response",
        "amendment",
        "conversation",
        "drift_mark",
        "message",
        "personality_summary",
        "personality_summary_version",
        "preference_stat",
        "profile_atoms",
        "refinement_check",
        "signal",
        "users",
      ]),
    );
  });

  it("rolls back a transaction that fails halfway, leaving no rows", async () => {
    const { db } = ctx.database;
    const id = crypto.randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(users).values({ id });
        await tx.insert(profileAtoms).values({
          userId: id,
          tone: 1,
          length: 1,
          density: 1,
          mathComfort: 1,
          level: 1,
          domain: "general",
          language: "en",
        });
        await tx.insert(personalitySummary).values({ userId: id, text: "half", provenance: "onboarding" });
        throw new Error("boom between writes");
      }),
    ).rejects.toThrow("boom between writes");
    const count = async (table: typeof users | typeof profileAtoms | typeof personalitySummary) =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
    expect(await count(users)).toBe(0);
    expect(await count(profileAtoms)).toBe(0);
    expect(await count(personalitySummary)).toBe(0);
  });
});

describe("the drift_mark_table migration (pending marks move to their own table)", () => {
  it("keeps a drift the sweep had not taken yet as a drift_mark row", async () => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The migrations as they were before it: the same folder with the journal cut just before it.
    const before = await mkdtemp(path.join(tmpdir(), "pm-migrations-"));
    const client = await PGlite.create("memory://");
    try {
      await cp(MIGRATIONS_FOLDER, before, { recursive: true });
      const journalPath = path.join(before, "meta", "_journal.json");
      const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
      const cut = journal.entries.findIndex((e) => e.tag.endsWith("_drift_mark_table"));
      expect(cut).toBeGreaterThan(0);
      await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
      const db = drizzle(client);
      await migrate(db, { migrationsFolder: before });

      const [pending, swept] = [crypto.randomUUID(), crypto.randomUUID()];
      await client.query(`insert into users (id, email) values ('${pending}', 'a@example.com'), ('${swept}', 'b@example.com')`);
      await client.query(`insert into preference_stat (user_id, dimension, state, dirty, drift_detected_at, last_drift_at) values
        ('${pending}', 'tone', '{}', true, '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z'),
        ('${swept}', 'tone', '{}', false, null, '2026-11-01T10:00:00Z')`);

      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const marks = await client.query<{ user_id: string; dimension: string; fired_at: Date }>(`select * from drift_mark`);
      expect(marks.rows).toEqual([{ user_id: pending, dimension: "tone", fired_at: new Date("2026-12-01T10:00:00Z") }]);
      const stats = await client.query<{ last_drift_at: Date }>(`select last_drift_at from preference_stat order by last_drift_at`);
      expect(stats.rows.map((r) => r.last_drift_at.toISOString())).toEqual(["2026-11-01T10:00:00.000Z", "2026-12-01T10:00:00.000Z"]);
    } finally {
      await client.close();
      await rm(before, { recursive: true, force: true });
    }
  });
});
