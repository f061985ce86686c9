/**
 * The whole loop at integration level, on both drivers: thumbs on real offline-model replies (through
 * rateResponse, what PUT /api/responses/:id/thumb calls) → signals + L3 stats in the thumb's transaction → the
 * detector's mark → the sweep → re-evolution or a banner, by provenance.
 */
import { eq, sql } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { insertResponse } from "@/db/queries/responses";
import { aiResponse, preferenceStat, signal } from "@/db/schema";
import { offlineReply } from "@/lib/ai/offline-model";
import { buildSystem } from "@/lib/ai/prompts";
import type { DriftFlag } from "@/lib/personality/aggregator";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { dump, expectMirror, offline } from "@/lib/profile/testing";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { runDriftSweep } from "./drift-sweep";
import { LONG_DENSE, ORDINARY, nextSitting, userWith } from "./testing";

/** Stable history: a full window plus the 30 values the detector's baseline needs, and a sitting more. 80 thumbs
 * a user make these tests long (a budget of 3 minutes, for a loaded machine); no assertion is about time. */
const STABLE = 56;
const SITTING = 8;


describeDrivers("thumbs to re-evolution", (ctx) => {
  installAppDatabase(ctx);
  const db = (): Db => ctx.database.db;

  async function reply(userId: string, question: string): Promise<string> {
    const { summary } = await dump(db(), userId);
    const system = buildSystem(summary!.text, "chat");
    const text = offlineReply([
      { role: "system", content: system },
      { role: "user", content: [{ type: "text", text: question }] },
    ]);
    const id = crypto.randomUUID();
    await insertResponse({
      db: db(),
      values: { id, userId, surface: "explain", prompt: question, text, summaryVersion: summary!.version, status: "complete" },
    });
    return id;
  }
  const thumbUp = async (userId: string, question: string) => {
    const result = await rateResponse({ userId, responseId: await reply(userId, question), thumb: "up" });
    expect(result).toEqual({ thumb: "up" });
  };
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Thumbs the replies to `questions` up, SITTING of them per sitting, each sitting a day after the last (only Date is faked). */
  const inSittings = async (userId: string, questions: string[]) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 0; i < questions.length; i++) {
      if (i % SITTING === 0) vi.setSystemTime(nextSitting());
      await thumbUp(userId, questions[i]!);
    }
    vi.useRealTimers();
  };
  const questions = (n: number, ask: (i: number) => string, from = 0) => Array.from({ length: n }, (_, i) => ask(from + i));
  const statOf = async (userId: string, dimension: string) =>
    (await db().select().from(preferenceStat).where(eq(preferenceStat.userId, userId))).find((s) => s.dimension === dimension);

  it("a thumb writes the response, its signals and the stats in one transaction; a failure in the stats write undoes all three", async () => {
    const { userId } = await userWith(db(), "evolved");
    await thumbUp(userId, ORDINARY(0));
    const before = await dump(db(), userId);
    const id = await reply(userId, LONG_DENSE(0));

    // Fail the last write of the thumb's transaction (the stats update), from inside the database.
    await db().execute(sql.raw(`
      create or replace function pm_test_fail_stats() returns trigger language plpgsql as $$
      begin
        if new.user_id = '${userId}' then raise exception 'forced failure in the stats write'; end if;
        return new;
      end $$`));
    await db().execute(sql.raw(`create trigger pm_test_fail_stats before update on preference_stat for each row execute function pm_test_fail_stats()`));
    try {
      // After the thumb and the signal rows were written, the first stats update fails.
      await expect(rateResponse({ userId, responseId: id, thumb: "up" })).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringMatching(/forced failure in the stats write/) }),
      });
    } finally {
      await db().execute(sql.raw(`drop trigger pm_test_fail_stats on preference_stat`));
    }
    const [row] = await db().select().from(aiResponse).where(eq(aiResponse.id, id));
    expect(row!.thumb).toBeNull();
    expect(await db().select().from(signal).where(eq(signal.responseId, id))).toEqual([]);
    expect((await dump(db(), userId)).stats).toEqual(before.stats);

    // Without the fault the same thumb lands whole.
    expect(await rateResponse({ userId, responseId: id, thumb: "up" })).toEqual({ thumb: "up" });
    const expected = thumbSignals(measureFeatures(row!.text), "up");
    expect(await db().select().from(signal).where(eq(signal.responseId, id))).toHaveLength(expected.length);
    expect((await statOf(userId, "length"))!.n).toBe(2);
  });

  it("undoing a thumb logs the compensation but leaves the aggregator as it was", async () => {
    const { userId } = await userWith(db(), "evolved");
    const id = await reply(userId, LONG_DENSE(1));
    await rateResponse({ userId, responseId: id, thumb: "up" });
    const after = (await dump(db(), userId)).stats;
    await rateResponse({ userId, responseId: id, thumb: null });
    const rows = await db().select().from(signal).where(eq(signal.responseId, id));
    expect(rows.filter((r) => r.weight === -1).length).toBe(rows.filter((r) => r.weight === 1).length);
    expect((await dump(db(), userId)).stats.map((s) => s.state)).toEqual(after.map((s) => s.state));

    // Switching to down compensates the up and feeds only the down's reflected values.
    await rateResponse({ userId, responseId: id, thumb: "up" });
    const n = (await statOf(userId, "length"))!.n;
    await rateResponse({ userId, responseId: id, thumb: "down" });
    expect((await statOf(userId, "length"))!.n).toBe(n + 1);
  });

  it("long dense replies thumbed up over three sittings move an evolved profile's length and density and rewrite the paragraph; a pinned one gets a banner", async () => {
    const evolved = await userWith(db(), "evolved");
    const pinned = await userWith(db(), "pinned");
    for (const u of [evolved, pinned]) {
      await inSittings(u.userId, [...questions(STABLE, ORDINARY), ...questions(3 * SITTING, LONG_DENSE)]);
      expect((await statOf(u.userId, "length"))!.lastDriftAt).toBeInstanceOf(Date);
    }
    const before = { evolved: await dump(db(), evolved.userId), pinned: await dump(db(), pinned.userId) };
    // What moved is on the stat row: from the ordinary level up to the long replies', carried over ≥ 3 sittings
    // (a sitting before the shift may have started the sum with ordinary noise).
    const flag = ((await statOf(evolved.userId, "length"))!.state as { flag: DriftFlag }).flag;
    expect(flag).toMatchObject({ statistic: "cusum", direction: "up" });
    expect(flag.sittings).toBeGreaterThanOrEqual(3);
    expect(flag.to - flag.from).toBeGreaterThan(0.3);

    const result = await runDriftSweep({ db: db(), deps: { verbalize: offline } });
    expect(result.failures).toEqual([]);

    const rows = await dump(db(), evolved.userId);
    expect(rows.atoms).toMatchObject({ length: 3, density: 2 });
    expect(rows.summary!.provenance).toBe("evolved");
    expect(rows.summary!.reason).toMatch(/^drift: length, density/);
    expect(rows.summary!.text).not.toBe(before.evolved.summary!.text);
    await expectMirror(db(), evolved.userId);

    const pinnedRows = await dump(db(), pinned.userId);
    expect(pinnedRows.summary!.text).toBe(pinned.pinnedText);
    expect(pinnedRows.atoms).toEqual(before.pinned.atoms);
    expect(pinnedRows.amendments.filter((a) => a.source === "drift" && a.status === "proposed")).toHaveLength(1);
  }, 180_000);

  it("one odd sitting of long dense replies, on a steady user, is not drift: nothing is flagged or rewritten", async () => {
    const odd = await userWith(db(), "evolved");
    await inSittings(odd.userId, [
      ...questions(STABLE, ORDINARY),
      ...questions(SITTING, LONG_DENSE),
      ...questions(3 * SITTING, ORDINARY, STABLE),
    ]);
    const before = await dump(db(), odd.userId);
    for (const s of before.stats) expect(s, s.dimension).toMatchObject({ lastDriftAt: null });
    expect(before.marks).toEqual([]);

    const result = await runDriftSweep({ db: db(), deps: { verbalize: offline } });
    expect(result.failures).toEqual([]);
    expect((await dump(db(), odd.userId)).summary).toMatchObject({ stale: false, staleDims: [] });
    expect(result.outcomes.find((o) => o.userId === odd.userId)).toBeUndefined();
    const after = await dump(db(), odd.userId);
    expect(after.summary).toEqual(before.summary);
    expect(after.atoms).toEqual(before.atoms);
    expect(after.versions).toEqual(before.versions);
    await expectMirror(db(), odd.userId);
  }, 180_000);
}, { pgbouncer: true });
