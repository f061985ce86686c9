import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
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
