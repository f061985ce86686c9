import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { personalitySummary, preferenceStat, users } from "@/db/schema";
import { initialState } from "@/lib/personality/aggregator";
import { describeDrivers } from "@/tests/databases";
import { sweepDriftMarks } from "./drift";

describeDrivers("drift sweep marks", (ctx) => {
  const a = crypto.randomUUID();
  const b = crypto.randomUUID();
  const c = crypto.randomUUID();

  beforeEach(async () => {
    const { db } = ctx.database;
    await db.delete(users);
    await db.insert(users).values([{ id: a }, { id: b }, { id: c }]);
    await db.insert(personalitySummary).values([
      { userId: a, text: "A", provenance: "evolved", version: 2 },
      { userId: b, text: "B", provenance: "user", version: 5 },
      { userId: c, text: "C", provenance: "onboarding", version: 1 },
    ]);
    const stat = (userId: string, dimension: "length" | "density" | "tone", dirty: boolean, drift: boolean) => ({
      userId,
      dimension,
      state: initialState(dimension) as unknown as Record<string, unknown>,
      dirty,
      driftDetectedAt: drift ? new Date() : null,
    });
    await db.insert(preferenceStat).values([
      stat(a, "length", true, true),
      stat(a, "density", true, true),
      stat(a, "tone", true, false),
      stat(b, "length", true, true),
      stat(c, "length", false, true), // unchanged since the last sweep: not read
    ]);
  });

  it("flags only changed users with drift, in one statement, and clears what it read", async () => {
    const { db } = ctx.database;
    const result = await sweepDriftMarks({ db });
    expect(result.scanned).toBe(4);
    expect(result.flagged.sort((x, y) => x.userId.localeCompare(y.userId))).toEqual(
      [
        { userId: a, provenance: "evolved", staleDims: ["density", "length"], version: 2 },
        { userId: b, provenance: "user", staleDims: ["length"], version: 5 },
      ].sort((x, y) => x.userId.localeCompare(y.userId)),
    );
    const summaries = await db.select().from(personalitySummary);
    const byId = new Map(summaries.map((s) => [s.userId, s]));
    expect(byId.get(a)).toMatchObject({ stale: true, staleDims: ["density", "length"], text: "A" });
    expect(byId.get(b)).toMatchObject({ stale: true, staleDims: ["length"], text: "B" });
    expect(byId.get(c)).toMatchObject({ stale: false, staleDims: [] });

    const again = await sweepDriftMarks({ db });
    expect(again).toEqual({ scanned: 0, users: 0, last: null, flagged: [] });
    const pending = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(preferenceStat)
      .where(sql`${preferenceStat.dirty} or (${preferenceStat.driftDetectedAt} is not null and ${preferenceStat.userId} <> ${c})`);
    expect(pending[0]!.n).toBe(0);
  });

  it("narrows to one user on request", async () => {
    const { db } = ctx.database;
    const result = await sweepDriftMarks({ db, userId: b });
    expect(result.scanned).toBe(1);
    expect(result.flagged.map((f) => f.userId)).toEqual([b]);
    const [rowA] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, a));
    expect(rowA!.stale).toBe(false);
  });

  it("in chunks of users, in user id order: each chunk takes all rows of its users, and the chunks add up to one sweep", async () => {
    const { db } = ctx.database;
    const dirtyUsers = [a, b].sort();
    const first = await sweepDriftMarks({ db, after: null, users: 1 });
    expect(first).toMatchObject({ users: 1, last: dirtyUsers[0] });
    expect(first.scanned).toBe(dirtyUsers[0] === a ? 3 : 1);
    expect(first.flagged.map((f) => f.userId)).toEqual([dirtyUsers[0]]);
    // The second user is untouched until its chunk.
    const [untouched] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, dirtyUsers[1]!));
    expect(untouched!.stale).toBe(false);

    const second = await sweepDriftMarks({ db, after: first.last, users: 1 });
    expect(second).toMatchObject({ users: 1, last: dirtyUsers[1] });
    expect(first.scanned + second.scanned).toBe(4);
    expect(second.flagged.map((f) => f.userId)).toEqual([dirtyUsers[1]]);
    expect(await sweepDriftMarks({ db, after: second.last, users: 1 })).toEqual({ scanned: 0, users: 0, last: null, flagged: [] });
    const [left] = await db.select({ n: sql<number>`count(*)::int` }).from(preferenceStat).where(sql`${preferenceStat.dirty}`);
    expect(left!.n).toBe(0);
  });
});
