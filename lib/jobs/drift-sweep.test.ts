import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { dismissAmendment } from "@/lib/profile/amendment-writers";
import { nudgeAtom } from "@/lib/profile/atom-writers";
import { loadProfileView } from "@/lib/profile/view";
import { amendment, preferenceStat } from "@/db/schema";
import { ordinalValue } from "@/lib/personality/atoms";
import { driftAmendment } from "@/lib/personality/evolution";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { ATOMS, dump, expectMirror, offline } from "@/lib/profile/testing";
import type { VerbalizeFn } from "@/lib/profile/mirror";
import { describeDrivers } from "@/tests/databases";
import { installAppDatabase } from "@/tests/app-database";
import { startBoss } from "./boss";
import { runDriftSweep } from "./drift-sweep";
import { jobHandlers, jobSchedules } from "./handlers";
import { DRIFT_SWEEP } from "./queues";
import { feed, meetEvolutionThreshold, shift, steady, userWith } from "./testing";

const v = (dim: "length" | "density" | "tone", index: number) => ordinalValue(dim, index);

describeDrivers("drift sweep and re-evolution", (ctx) => {
  installAppDatabase(ctx);
  const db = () => ctx.database.db;
  const sweep = (opts: { userId?: string; verbalize?: VerbalizeFn; batchSize?: number } = {}) =>
    runDriftSweep({ db: db(), deps: { verbalize: opts.verbalize ?? offline }, userId: opts.userId, batchSize: opts.batchSize });
  const outcomeOf = (result: Awaited<ReturnType<typeof sweep>>, userId: string) =>
    result.outcomes.find((o) => o.userId === userId)?.outcome;
  const drifts = { length: shift(v("length", 1), v("length", 3)), density: shift(v("density", 1), v("density", 2)) };

  it("flags only users whose stats changed, re-evolves an evolved paragraph, and a second sweep does nothing", async () => {
    const a = await userWith(db(), "evolved");
    const b = await userWith(db(), "evolved");
    await feed(db(), a.userId, drifts);
    await feed(db(), b.userId, { length: steady(v("length", 1), 60) });
    const before = { a: await dump(db(), a.userId), b: await dump(db(), b.userId) };

    const result = await sweep();
    expect(result.flagged.map((f) => f.userId)).toContain(a.userId);
    expect(result.flagged.map((f) => f.userId)).not.toContain(b.userId);
    expect(outcomeOf(result, a.userId)).toMatchObject({ kind: "re-evolved" });
    expect(outcomeOf(result, b.userId)).toBeUndefined();

    const rows = await dump(db(), a.userId);
    expect(rows.atoms).toMatchObject({ length: 3, density: 2, tone: ATOMS.tone, version: before.a.atoms!.version + 1 });
    expect(rows.summary).toMatchObject({
      provenance: "evolved",
      reason: "drift: length, density",
      version: before.a.summary!.version + 1,
      stale: false,
      staleDims: [],
    });
    expect(rows.summary!.text).not.toBe(before.a.summary!.text);
    expect(rows.versions.at(-1)).toMatchObject({ reason: "drift: length, density", provenance: "evolved" });
    expect(rows.signals).toEqual(before.a.signals);
    await expectMirror(db(), a.userId);
    // B's stats were read and cleared, nothing else.
    expect((await dump(db(), b.userId)).summary).toEqual(before.b.summary);

    const after = await dump(db(), a.userId);
    const again = await sweep();
    expect(again.scanned).toBe(0);
    expect(outcomeOf(again, a.userId)).toBeUndefined();
    expect(await dump(db(), a.userId)).toEqual(after);
  });

  it("paced as on PGlite (marks in chunks, one user at a time, giving way before each statement): the same outcome", async () => {
    const evolved = [await userWith(db(), "evolved"), await userWith(db(), "evolved"), await userWith(db(), "evolved")];
    const quiet = await userWith(db(), "evolved");
    for (const u of evolved) await feed(db(), u.userId, drifts);
    await feed(db(), quiet.userId, { length: steady(v("length", 1), 60) });
    const [dirty] = await db()
      .select({ rows: sql<number>`count(*)::int`, users: sql<number>`count(distinct ${preferenceStat.userId})::int` })
      .from(preferenceStat)
      .where(eq(preferenceStat.dirty, true));
    let pauses = 0;
    const result = await runDriftSweep({
      db: db(),
      deps: { verbalize: offline },
      batchSize: 2,
      pacing: { markUsers: 1, concurrency: 1, pause: async () => void pauses++ },
    });
    expect(result.flagged.map((f) => f.userId).sort()).toEqual(evolved.map((u) => u.userId).sort());
    expect(result.scanned).toBe(dirty!.rows);
    expect(result.failures).toEqual([]);
    expect(result.outcomes).toHaveLength(evolved.length);
    for (const u of evolved) {
      expect(outcomeOf(result, u.userId)).toMatchObject({ kind: "re-evolved" });
      await expectMirror(db(), u.userId);
    }
    // A pause before each statement of the sweep: one chunk per dirty user and the empty one that ends them,
    // the work list's pages of 2 (2, then a short 1), one per user acted on.
    expect(pauses).toBe(dirty!.users + 1 + 2 + evolved.length);
    expect((await sweep()).scanned).toBe(0);
  });

  it("an onboarding paragraph stays flagged until the evolution threshold is met, then becomes evolved", async () => {
    const { userId } = await userWith(db(), "onboarding");
    await feed(db(), userId, { length: drifts.length });
    const before = await dump(db(), userId);

    const first = await sweep({ userId });
    expect(first.outcomes).toEqual([{ userId, outcome: { kind: "waiting", evidence: { thumbs: 0, adjustments: 0 } } }]);
    const waiting = await dump(db(), userId);
    expect(waiting.summary).toMatchObject({ provenance: "onboarding", text: before.summary!.text, stale: true, staleDims: ["length"] });
    expect(waiting.atoms).toEqual(before.atoms);
    expect((await loadProfileView({ db: db(), userId }))!.drifting).toEqual(["length"]);

    await meetEvolutionThreshold(db(), userId);
    // No new signal since: the flag itself keeps the user on the work list.
    const second = await sweep();
    expect(outcomeOf(second, userId)).toMatchObject({ kind: "re-evolved" });
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "drift: length", stale: false });
    expect(rows.atoms!.length).toBe(3);
    await expectMirror(db(), userId);
  });

  it("setting a drifting control by hand settles that control's drift", async () => {
    const { userId, c } = await userWith(db(), "onboarding");
    await feed(db(), userId, drifts);
    await sweep({ userId });
    expect((await dump(db(), userId)).summary).toMatchObject({ stale: true, staleDims: ["density", "length"] });
    await nudgeAtom(c, { dimension: "length", value: 2 });
    expect((await dump(db(), userId)).summary).toMatchObject({ stale: true, staleDims: ["density"] });
    await nudgeAtom(c, { dimension: "density", value: 0 });
    expect((await dump(db(), userId)).summary).toMatchObject({ stale: false, staleDims: [] });
    await meetEvolutionThreshold(db(), userId);
    expect((await sweep({ userId })).outcomes).toEqual([{ userId, outcome: { kind: "none" } }]);
    expect((await dump(db(), userId)).atoms).toMatchObject({ length: 2, density: 0 });
    await expectMirror(db(), userId);
  });

  it("a pinned paragraph gets ONE drift proposal per episode and is never rewritten", async () => {
    const { userId, c, pinnedText } = await userWith(db(), "pinned");
    await feed(db(), userId, { length: drifts.length });
    const before = await dump(db(), userId);

    const first = await sweep({ userId });
    expect(first.outcomes[0]!.outcome).toMatchObject({ kind: "proposed" });
    let rows = await dump(db(), userId);
    expect(rows.summary).toEqual({ ...before.summary, stale: false, staleDims: [] });
    expect(rows.summary!.text).toBe(pinnedText);
    expect(rows.atoms).toEqual(before.atoms);
    expect(rows.versions).toEqual(before.versions);
    const expectedText = driftAmendment(ATOMS, [{ dimension: "length", value: 3, from: 1, estimate: 1, confidence: 1 }]).text;
    expect(rows.amendments).toMatchObject([
      { source: "drift", status: "proposed", text: expectedText, evidence: { dims: ["length"], moves: [{ dimension: "length", from: 1, value: 3 }] } },
    ]);
    expect((await loadProfileView({ db: db(), userId }))!.drifting).toEqual(["length"]);

    // The same drift flagged again (another sweep, a retry): no second banner.
    await sweep({ userId });
    await feed(db(), userId, { length: steady(1, 5) });
    await sweep({ userId });
    expect((await dump(db(), userId)).amendments).toHaveLength(1);

    // Density drifts while the length proposal is open: the one banner now states both.
    await feed(db(), userId, { density: drifts.density });
    const merged = await sweep({ userId });
    expect(merged.outcomes[0]!.outcome).toMatchObject({ kind: "proposed", amendmentId: rows.amendments[0]!.id });
    rows = await dump(db(), userId);
    expect(rows.amendments).toHaveLength(1);
    expect(rows.amendments[0]!.evidence).toMatchObject({ dims: ["length", "density"] });
    expect(rows.amendments[0]!.text).toMatch(/exhaustive.*; you now prefer dense/);
    expect(rows.summary!.text).toBe(pinnedText);

    // Dismissed: the episode is over and the marker goes; the text never changed.
    await dismissAmendment(c, { id: rows.amendments[0]!.id });
    expect((await loadProfileView({ db: db(), userId }))!.drifting).toEqual([]);
    expect((await dump(db(), userId)).summary!.text).toBe(pinnedText);
  });

  it("drift that still points to the current option clears the flag without a new version", async () => {
    const { userId } = await userWith(db(), "evolved");
    // From brief to balanced: the detector fires, but balanced is what the atoms already say.
    await feed(db(), userId, { length: shift(v("length", 0), v("length", 1)) });
    const before = await dump(db(), userId);
    const result = await sweep({ userId });
    expect(result.flagged).toHaveLength(1);
    expect(result.outcomes[0]!.outcome).toEqual({ kind: "confirmed", dims: ["length"] });
    const rows = await dump(db(), userId);
    expect(rows.summary).toEqual({ ...before.summary, stale: false, staleDims: [] });
    expect(rows.versions).toEqual(before.versions);
  });

  it("a failure for one user keeps their flag and costs no one else; the next sweep finishes the job", async () => {
    const failing = await userWith(db(), "evolved", {}, "Please fail me.");
    const fine = await userWith(db(), "evolved");
    await feed(db(), failing.userId, drifts);
    await feed(db(), fine.userId, drifts);
    const broken: VerbalizeFn = async (input) => {
      if (input.aboutMe === "Please fail me.") throw new Error("model down");
      return offline(input);
    };
    const error = console.error;
    console.error = () => undefined;
    const result = await sweep({ verbalize: broken }).finally(() => {
      console.error = error;
    });
    expect(result.failures.map((f) => f.userId)).toEqual([failing.userId]);
    expect(outcomeOf(result, fine.userId)).toMatchObject({ kind: "re-evolved" });
    const stuck = await dump(db(), failing.userId);
    expect(stuck.summary).toMatchObject({ stale: true, staleDims: ["density", "length"], reason: "regenerated" });
    await expectMirror(db(), failing.userId);

    const retry = await sweep();
    expect(retry.failures).toEqual([]);
    expect(outcomeOf(retry, failing.userId)).toMatchObject({ kind: "re-evolved" });
    await expectMirror(db(), failing.userId);
  });

  it("two sweeps at once re-evolve once and propose once", async () => {
    const evolved = await userWith(db(), "evolved");
    const pinned = await userWith(db(), "pinned");
    await feed(db(), evolved.userId, drifts);
    await feed(db(), pinned.userId, drifts);
    // Slow verbalizer: both sweeps read the same snapshot before either commits.
    const slow: VerbalizeFn = async (input) => {
      await new Promise((r) => setTimeout(r, 50));
      return offline(input);
    };
    const [one, two] = await Promise.all([sweep({ verbalize: slow }), sweep({ verbalize: slow })]);
    const kinds = (userId: string) => [outcomeOf(one, userId)?.kind, outcomeOf(two, userId)?.kind].filter(Boolean).sort();
    expect(kinds(evolved.userId).filter((k) => k === "re-evolved")).toHaveLength(1);
    expect(kinds(pinned.userId).filter((k) => k === "proposed")).toHaveLength(1);

    const rows = await dump(db(), evolved.userId);
    expect(rows.versions.filter((r) => r.reason.startsWith("drift:"))).toHaveLength(1);
    await expectMirror(db(), evolved.userId);
    const proposals = await db()
      .select()
      .from(amendment)
      .where(and(eq(amendment.userId, pinned.userId), eq(amendment.source, "drift")));
    expect(proposals).toHaveLength(1);
  });

  it("runs as a pg-boss job on the app's database (the 15-minute schedule's handler)", async () => {
    const { userId } = await userWith(db(), "evolved");
    await feed(db(), userId, { length: drifts.length });
    const log = console.log;
    console.log = () => undefined;
    const boss = await startBoss(ctx.database, { work: true, handlers: jobHandlers() });
    try {
      expect(jobSchedules()).toContainEqual({ name: DRIFT_SWEEP, cron: "*/15 * * * *" });
      await boss.send(DRIFT_SWEEP, {});
      const start = Date.now();
      while ((await dump(db(), userId)).summary!.stale || !(await dump(db(), userId)).summary!.reason.startsWith("drift:")) {
        if (Date.now() - start > 20_000) throw new Error("the job did not run");
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await boss.stop({ graceful: false });
      console.log = log;
    }
    expect((await dump(db(), userId)).atoms!.length).toBe(3);
    await expectMirror(db(), userId);
  });

  it("acts on every flagged user in bounded batches", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => userWith(db(), "evolved")));
    for (const u of users) await feed(db(), u.userId, { density: drifts.density });
    const result = await sweep({ batchSize: 2 });
    for (const u of users) {
      expect(outcomeOf(result, u.userId)).toMatchObject({ kind: "re-evolved" });
      const rows = await dump(db(), u.userId);
      expect(rows.summary).toMatchObject({ reason: "drift: density", stale: false });
      expect(rows.summary!.text).toBe(verbalizeOffline({ atoms: { ...ATOMS, density: 2 }, aboutMe: "", amendments: [] }));
    }
  });
}, { pgbouncer: true });
