import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, it } from "vitest";
import { driftMark, personalitySummary, preferenceStat, profileAtoms, users } from "@/db/schema";
import { initialState } from "@/lib/personality/aggregator";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { describeDrivers, rowsOf } from "@/tests/databases";
import { settleConfirmedDrift, sweepDriftMarks } from "./drift";

describeDrivers("drift sweep marks", (ctx) => {
  const a = crypto.randomUUID();
  const b = crypto.randomUUID();
  const c = crypto.randomUUID();
  const d = crypto.randomUUID();
  const fired = new Date("2026-12-01T10:00:00Z");

  beforeEach(async () => {
    const { db } = ctx.database;
    await db.delete(users);
    await db.insert(users).values([{ id: a }, { id: b }, { id: c }, { id: d }]);
    await db.insert(personalitySummary).values([
      { userId: a, text: "A", provenance: "evolved", version: 2 },
      { userId: b, text: "B", provenance: "user", version: 5 },
      { userId: c, text: "C", provenance: "onboarding", version: 1 },
      { userId: d, text: "", provenance: "empty", version: 0 },
    ]);
    // Stat rows that changed (as every write changes them) without the detector firing leave no mark.
    await db.insert(preferenceStat).values(
      [a, b, c].map((userId) => ({ userId, dimension: "tone", state: initialState("tone") as unknown as Record<string, unknown> })),
    );
    await db.insert(driftMark).values([
      { userId: a, dimension: "length", firedAt: fired },
      { userId: a, dimension: "density", firedAt: fired },
      { userId: b, dimension: "length", firedAt: fired },
      { userId: d, dimension: "tone", firedAt: fired },
    ]);
  });

  it("takes every mark in one statement, flags the marked users' paragraphs (never an empty one), and leaves no mark", async () => {
    const { db } = ctx.database;
    const stats = await db.select().from(preferenceStat);
    const result = await sweepDriftMarks({ db });
    expect(result).toMatchObject({ marks: 4, flagged: 2, users: 3 });
    const summaries = await db.select().from(personalitySummary);
    const byId = new Map(summaries.map((s) => [s.userId, s]));
    expect(byId.get(a)).toMatchObject({ stale: true, staleDims: ["density", "length"], text: "A", version: 2 });
    expect(byId.get(b)).toMatchObject({ stale: true, staleDims: ["length"], text: "B", version: 5 });
    expect(byId.get(c)).toMatchObject({ stale: false, staleDims: [] });
    expect(byId.get(d)).toMatchObject({ stale: false, staleDims: [] });
    expect(await db.select().from(driftMark)).toEqual([]);
    // The wide stat rows are not the sweep's business: not one of them was written.
    expect(await db.select().from(preferenceStat)).toEqual(stats);

    expect(await sweepDriftMarks({ db })).toEqual({ marks: 0, flagged: 0, users: 0, last: null });
  });

  it("adds to the dimensions already stale, without repeating one", async () => {
    const { db } = ctx.database;
    await db.update(personalitySummary).set({ stale: true, staleDims: ["length", "tone"] }).where(eq(personalitySummary.userId, a));
    await sweepDriftMarks({ db, userId: a });
    const [row] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, a));
    expect(row).toMatchObject({ stale: true, staleDims: ["density", "length", "tone"] });
  });

  it("narrows to one user on request", async () => {
    const { db } = ctx.database;
    const result = await sweepDriftMarks({ db, userId: b });
    expect(result).toEqual({ marks: 1, flagged: 1, users: 1, last: b });
    const [rowA] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, a));
    expect(rowA!.stale).toBe(false);
    const [rowB] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, b));
    expect(rowB).toMatchObject({ stale: true, staleDims: ["length"] });
    const left = await db.select({ userId: driftMark.userId, dimension: driftMark.dimension }).from(driftMark);
    expect(left.sort((x, y) => `${x.userId}${x.dimension}`.localeCompare(`${y.userId}${y.dimension}`))).toEqual(
      [
        { userId: a, dimension: "density" },
        { userId: a, dimension: "length" },
        { userId: d, dimension: "tone" },
      ].sort((x, y) => `${x.userId}${x.dimension}`.localeCompare(`${y.userId}${y.dimension}`)),
    );
  });

  it("in chunks of users, in user id order: each chunk takes all marks of its users, and the chunks add up to one sweep", async () => {
    const { db } = ctx.database;
    const marked = [a, b, d].sort();
    const counts: Record<string, number> = { [a]: 2, [b]: 1, [d]: 1 };
    const flags: Record<string, number> = { [a]: 1, [b]: 1, [d]: 0 };
    let after: string | null = null;
    for (const userId of marked) {
      const chunk = await sweepDriftMarks({ db, after, users: 1 });
      expect(chunk).toEqual({ marks: counts[userId], flagged: flags[userId], users: 1, last: userId });
      after = chunk.last;
    }
    expect(await sweepDriftMarks({ db, after, users: 1 })).toEqual({ marks: 0, flagged: 0, users: 0, last: null });
    expect(await db.select().from(driftMark)).toEqual([]);
  });

  // Needs two connections: PGlite has one (it runs one statement at a time, so there the case cannot arise).
  it.skipIf(ctx.driver === "pglite")("a mark that fired again while the sweep ran stays, for the next sweep", async () => {
    const { db } = ctx.database;
    const later = new Date(fired.getTime() + 60_000);
    let sweep: ReturnType<typeof sweepDriftMarks> | undefined;
    await db.transaction(async (tx) => {
      // The detector fires again on b's mark; until this commits, the sweep's delete waits on the row lock.
      await tx.update(driftMark).set({ firedAt: later }).where(eq(driftMark.userId, b));
      sweep = sweepDriftMarks({ db, userId: b });
      for (;;) {
        const waiting = rowsOf<{ n: number }>(
          await db.execute(sql`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query like '%drift_mark%'`),
        );
        if (Number(waiting[0]!.n) > 0) break;
      }
    });
    const result = await sweep!;
    expect(result).toEqual({ marks: 1, flagged: 1, users: 1, last: b });
    const [rowB] = await db.select().from(personalitySummary).where(eq(personalitySummary.userId, b));
    expect(rowB).toMatchObject({ stale: true, staleDims: ["length"] });
    expect(await db.select().from(driftMark).where(eq(driftMark.userId, b))).toEqual([{ userId: b, dimension: "length", firedAt: later }]);
  });

  it("settles a confirmed drift in one statement only at the versions it was decided from, and only while flagged", async () => {
    const { db } = ctx.database;
    await db.insert(profileAtoms).values({ userId: a, ...DEFAULT_ATOMS, version: 3 });
    await db.update(personalitySummary).set({ stale: true, staleDims: ["density", "length", "tone"] }).where(eq(personalitySummary.userId, a));
    const row = async () => (await db.select().from(personalitySummary).where(eq(personalitySummary.userId, a)))[0]!;
    const settle = (atomsVersion: number, summaryVersion: number, dims: string[]) =>
      settleConfirmedDrift({ db, userId: a, atomsVersion, summaryVersion, dims });

    // Atoms or paragraph moved since the decision: nothing written, the caller reads again.
    expect(await settle(2, 2, ["length"])).toBe(false);
    expect(await settle(3, 1, ["length"])).toBe(false);
    expect(await row()).toMatchObject({ stale: true, staleDims: ["density", "length", "tone"], version: 2 });

    // Only the dimensions it decided on; the paragraph's version does not move (the flag is bookkeeping).
    expect(await settle(3, 2, ["density", "length"])).toBe(true);
    expect(await row()).toMatchObject({ stale: true, staleDims: ["tone"], version: 2, text: "A" });
    expect(await settle(3, 2, ["tone"])).toBe(true);
    expect(await row()).toMatchObject({ stale: false, staleDims: [], version: 2 });
    // Settled already (another sweep got there first): false.
    expect(await settle(3, 2, ["tone"])).toBe(false);
  });
}, { pgbouncer: true });
