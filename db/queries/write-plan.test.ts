/**
 * The one-statement write plan on both drivers: every part is a compare-and-set, and a plan that misses ANY of
 * them writes nothing at all; writers racing on the same rows all land, each after a fresh read.
 */
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { insertResponse } from "@/db/queries/responses";
import { readMirrorSnapshot } from "@/db/queries/snapshot";
import { aiResponse, preferenceStat, signal } from "@/db/schema";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { planStats } from "@/lib/personality/stat-plan";
import { finishOnboarding, nudgeAtom } from "@/lib/profile/atom-writers";
import { mirrorWrite } from "@/lib/profile/mirror";
import { ATOMS, context, dump, newUser } from "@/lib/profile/testing";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { applyWritePlan, WritePlanConflict, type WritePlan } from "./write-plan";

const REPLY =
  "A hash table keeps its entries in an array of buckets. A hash function turns each key into a bucket index, " +
  "so a lookup computes the hash, jumps to the bucket and compares the few keys stored there. When two keys " +
  "land in the same bucket the table chains them or probes the next free slot.";

describeDrivers("write plan", (ctx) => {
  installAppDatabase(ctx);
  const db = () => ctx.database.db;

  async function onboarded() {
    const userId = await newUser(db());
    await finishOnboarding(context(db(), userId), { atoms: ATOMS, aboutMe: "" });
    return userId;
  }

  /** A control change's plan from a snapshot: atoms, paragraph, a nudge signal and its stat row. */
  async function nudgePlan(userId: string): Promise<WritePlan> {
    const snap = await readMirrorSnapshot({ db: db(), userId });
    const signals = [{ source: "nudge" as const, dimension: "tone" as const, value: 1 }];
    return {
      userId,
      atoms: { expectedVersion: snap.atoms!.version, write: { values: { ...ATOMS, tone: 3 }, aboutMe: "" } },
      summary: {
        expectedVersion: snap.summary!.version,
        write: { text: "Planned text.", provenance: "onboarding", reason: "test" },
        foldNudgeProposals: true,
      },
      signals,
      stats: planStats(snap.stats, signals),
      statRows: snap.statRows,
    };
  }

  /** Another writer's version of the user's tone stat row lands after the read (a thumb in another tab). */
  async function rewriteTone(userId: string, state: unknown) {
    await db()
      .update(preferenceStat)
      .set({ state: state as Record<string, unknown> })
      .where(and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, "tone")));
  }

  it("applies every part in one statement and returns the written rows", async () => {
    const userId = await onboarded();
    const result = await applyWritePlan(db(), await nudgePlan(userId));
    expect(result.atoms).toMatchObject({ userId, tone: 3, version: 2 });
    expect(result.atoms!.updatedAt).toBeInstanceOf(Date);
    expect(result.summary).toMatchObject({ text: "Planned text.", version: 2, atomsVersion: 2, staleDims: [] });
    const rows = await dump(db(), userId);
    expect(rows.versions.map((v) => [v.version, v.atoms.tone, v.atoms.version])).toEqual([
      [1, ATOMS.tone, 1],
      [2, 3, 2],
    ]);
    expect(rows.signals).toHaveLength(1);
    expect(rows.stats.map((s) => [s.dimension, s.n])).toEqual([["tone", 1]]);
  });

  it("a stale atoms version, paragraph version or stat row writes nothing at all", async () => {
    const userId = await onboarded();
    await applyWritePlan(db(), await nudgePlan(userId));
    const fresh = await nudgePlan(userId);
    const stale: WritePlan[] = [
      { ...fresh, atoms: { ...fresh.atoms!, expectedVersion: fresh.atoms!.expectedVersion - 1 } },
      { ...fresh, summary: { ...fresh.summary!, expectedVersion: fresh.summary!.expectedVersion + 1 } },
      // The row did not exist when read, but does now.
      { ...fresh, stats: fresh.stats.map((s) => ({ ...s, expected: null })), statRows: new Map() },
    ];
    const before = await dump(db(), userId);
    for (const plan of stale) {
      await expect(applyWritePlan(db(), plan)).rejects.toBeInstanceOf(WritePlanConflict);
      expect(await dump(db(), userId)).toEqual(before);
    }

    // The stat row changed after the read (another thumb landed), even to the very state planned from.
    for (const state of [fresh.stats[0]!.state, fresh.stats[0]!.expected]) {
      await rewriteTone(userId, state);
      const changed = await dump(db(), userId);
      await expect(applyWritePlan(db(), fresh)).rejects.toBeInstanceOf(WritePlanConflict);
      expect(await dump(db(), userId)).toEqual(changed);
    }

    // States and row versions from different reads are a bug, not a conflict to retry.
    await expect(applyWritePlan(db(), { ...fresh, statRows: new Map() })).rejects.toThrow(/different reads/);
    const again = await nudgePlan(userId);
    await applyWritePlan(db(), again);
    expect((await dump(db(), userId)).versions).toHaveLength(3);
  });

  it("a stat write that fired the detector leaves the sweep's mark in the same statement; a conflicting one leaves none", async () => {
    const userId = await onboarded();
    await applyWritePlan(db(), await nudgePlan(userId));
    const plan = await nudgePlan(userId);
    const firing: WritePlan = { ...plan, stats: plan.stats.map((s) => ({ ...s, drift: true })) };
    const before = await dump(db(), userId);
    // Another writer rewrote the stat row after the read: the firing write conflicts and leaves no mark.
    await rewriteTone(userId, plan.stats[0]!.expected);
    const changed = await dump(db(), userId);
    await expect(applyWritePlan(db(), firing)).rejects.toBeInstanceOf(WritePlanConflict);
    expect(await dump(db(), userId)).toEqual(changed);
    expect(changed.marks).toEqual(before.marks);

    const fresh = await nudgePlan(userId);
    await applyWritePlan(db(), { ...fresh, stats: fresh.stats.map((s) => ({ ...s, drift: true })) });
    const first = await dump(db(), userId);
    expect(first.stats[0]!.lastDriftAt).toBeInstanceOf(Date);
    expect(first.marks).toEqual([{ userId, dimension: "tone", firedAt: first.stats[0]!.lastDriftAt }]);

    // Fired again before a sweep took the mark: still one mark, at the newer firing.
    const again = await nudgePlan(userId);
    await applyWritePlan(db(), { ...again, stats: again.stats.map((s) => ({ ...s, drift: true })) });
    const second = await dump(db(), userId);
    expect(second.marks).toEqual([{ userId, dimension: "tone", firedAt: second.stats[0]!.lastDriftAt }]);
    expect(second.marks[0]!.firedAt.getTime()).toBeGreaterThanOrEqual(first.marks[0]!.firedAt.getTime());
  });

  it("a control change reads only its dimension's stat row; a signal planned outside the dimensions read throws", async () => {
    const userId = await onboarded();
    await nudgeAtom(context(db(), userId), { dimension: "tone", value: 3 });
    await nudgeAtom(context(db(), userId), { dimension: "level", value: 3 });
    const all = await readMirrorSnapshot({ db: db(), userId });
    expect([...all.stats.keys()].sort()).toEqual(["level", "tone"]);
    const level = await readMirrorSnapshot({ db: db(), userId, statDims: ["level"] });
    expect([...level.stats.keys()]).toEqual(["level"]);
    expect(level.stats.get("level")).toEqual(all.stats.get("level"));
    expect([...level.statRows]).toEqual([["level", all.statRows.get("level")]]);

    const before = await dump(db(), userId);
    const write = mirrorWrite({
      ...context(db(), userId),
      statDims: ["tone"],
      decide: () => ({ write: { rest: { signals: [{ source: "nudge", dimension: "level", value: 1 }], result: null } } }),
    });
    await expect(write).rejects.toThrow(/level signal was planned, but only tone stats were read/);
    expect(await dump(db(), userId)).toEqual(before);
  });

  it("thumbs of one user on several replies at once all count: the losers of the compare-and-set read again", async () => {
    const userId = await onboarded();
    const ids = Array.from({ length: 4 }, () => crypto.randomUUID());
    for (const id of ids) {
      await insertResponse({
        db: db(),
        values: { id, userId, surface: "chat", prompt: "How do hash tables work?", text: REPLY, summaryVersion: 1, status: "complete" },
      });
    }
    const results = await Promise.all(ids.map((responseId) => rateResponse({ userId, responseId, thumb: "up" })));
    expect(results).toEqual(ids.map(() => ({ thumb: "up" })));
    const perThumb = thumbSignals(measureFeatures(REPLY), "up");
    expect(await db().select().from(signal).where(eq(signal.userId, userId))).toHaveLength(4 * perThumb.length);
    const stats = await db().select().from(preferenceStat).where(eq(preferenceStat.userId, userId));
    expect(stats.map((s) => [s.dimension, s.n]).sort()).toEqual(perThumb.map((s) => [s.dimension, 4]).sort());
    const thumbs = await db().select({ thumb: aiResponse.thumb }).from(aiResponse).where(eq(aiResponse.userId, userId));
    expect(thumbs.map((t) => t.thumb)).toEqual([1, 1, 1, 1]);
  });
}, { pgbouncer: true });
