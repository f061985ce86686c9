import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { aiResponse, driftMark, preferenceStat, signal, users } from "@/db/schema";
import { fuse, initialState, readState, update, type NumericState, type StatState, type UpdateResult } from "@/lib/personality/aggregator";
import { EVOLUTION_THRESHOLD } from "@/lib/personality/provenance";
import { describeDrivers } from "@/tests/databases";
import { appendSignals } from "@/lib/profile/signal-writers";
import { getPreferenceEstimates } from "@/lib/profile/preference-estimates";
import { countEvidence, type NewSignal } from "./signals";

describeDrivers("signals and preference_stat", (ctx) => {
  const db = () => ctx.database.db;
  async function newUser() {
    const id = crypto.randomUUID();
    await db().insert(users).values({ id });
    return id;
  }
  const stat = async (userId: string, dimension: string) =>
    (
      await db()
        .select()
        .from(preferenceStat)
        .where(and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, dimension)))
    )[0];

  const marks = (userId: string) =>
    db().select({ dimension: driftMark.dimension, firedAt: driftMark.firedAt }).from(driftMark).where(eq(driftMark.userId, userId));

  it("logs every signal and keeps the L3 state equal to the pure aggregator's, on the signal's own clock", async () => {
    const userId = await newUser();
    const values = [1, 2 / 3, 1, 1, 2 / 3, 1];
    const start = Date.UTC(2026, 0, 1);
    let expected: StatState = initialState("length");
    for (const [i, value] of values.entries()) {
      const at = new Date(start + i * 3_600_000); // an hour apart: six sittings
      expected = update(expected, { value, at: at.getTime() }).state;
      await db().transaction((tx) =>
        appendSignals({ tx, userId, at, signals: [{ source: "nudge", dimension: "length", value }] }),
      );
    }
    const row = await stat(userId, "length");
    expect(row!.state).toEqual(expected);
    expect(row!.state).toMatchObject({ at: start + 5 * 3_600_000 });
    expect(row).toMatchObject({ n: values.length, lastDriftAt: null });
    expect(await marks(userId)).toEqual([]);
    expect(row!.estimate).toBeCloseTo(fuse(expected).estimate, 5);
    const logged = await db().select({ createdAt: signal.createdAt }).from(signal).where(eq(signal.userId, userId));
    expect(logged.map((r) => r.createdAt.getTime()).sort()).toEqual(values.map((_, i) => start + i * 3_600_000));

    const estimates = await getPreferenceEstimates({ db: db(), userId });
    expect(estimates.length).toMatchObject({ option: "exhaustive", n: 6, label: expect.any(String) });
  });

  it("reads a stat row written before the CUSUM detector as upgraded, and writes it back whole", async () => {
    const userId = await newUser();
    let state = initialState("tone") as NumericState;
    for (let i = 0; i < 80; i++) state = update(state, { value: i % 2 ? 0.3 : 0.5, at: i * 60_000 }).state;
    const { at: _at, cusum: _cusum, flag: _flag, ...legacy } = state;
    await db().insert(preferenceStat).values({ userId, dimension: "tone", state: legacy, n: 20 });

    const before = await getPreferenceEstimates({ db: db(), userId });
    expect(before.tone).toMatchObject({ n: 20, estimate: fuse(state).estimate, series: { flag: null } });
    const at = new Date(Date.UTC(2026, 0, 2));
    await db().transaction((tx) => appendSignals({ tx, userId, at, signals: [{ source: "thumb", dimension: "tone", value: 0.9 }] }));
    const row = await stat(userId, "tone");
    expect(row!.state).toEqual(update(readState(legacy), { value: 0.9, at: at.getTime() }).state);
    expect((row!.state as NumericState).cusum.n).toBeGreaterThanOrEqual(30);
  });

  it("handles several dimensions and dimensionless signals in one batch", async () => {
    const userId = await newUser();
    const batch: NewSignal[] = [
      { source: "thumb", dimension: "tone", value: 0.2 },
      { source: "thumb", dimension: "language", category: 2 },
      { source: "thumb", dimension: "tone", value: 0.4 },
      { source: "about_me" },
      { source: "skip" },
    ];
    await db().transaction((tx) => appendSignals({ tx, userId, signals: batch }));
    const logged = await db().select().from(signal).where(eq(signal.userId, userId));
    expect(logged).toHaveLength(5);
    expect((await stat(userId, "tone"))!.n).toBe(2);
    expect((await stat(userId, "language"))!.n).toBe(1);
    expect(await getPreferenceEstimates({ db: db(), userId })).toMatchObject({
      tone: { option: "neutral" },
      language: { option: "fr" },
    });
  });

  it("logs a compensation (weight −1) without feeding it to the aggregator, which only takes weights ≥ 0", async () => {
    const userId = await newUser();
    await db().transaction((tx) =>
      appendSignals({ tx, userId, signals: [{ source: "thumb", dimension: "length", value: 1 }] }),
    );
    const before = await stat(userId, "length");
    await db().transaction((tx) =>
      appendSignals({
        tx,
        userId,
        signals: [
          { source: "thumb", dimension: "length", value: 1, weight: -1 },
          { source: "thumb", dimension: "language", category: 1, weight: -1 },
        ],
      }),
    );
    const logged = await db().select().from(signal).where(eq(signal.userId, userId)).orderBy(signal.id);
    expect(logged.map((r) => r.weight)).toEqual([1, -1, -1]);
    expect(await stat(userId, "length")).toMatchObject({ state: before!.state, n: 1 });
    expect(await stat(userId, "language")).toBeUndefined();
  });

  it("leaves the sweep's drift mark, written with the stat row, when the aggregator reports drift, and only across sittings", async () => {
    const oneSitting = await newUser();
    const sittings = await newUser();
    // A stable history at one end (a full window plus the baseline's 30), then the other end.
    const values = [...Array<number>(56).fill(0), ...Array<number>(24).fill(1)];
    const start = Date.UTC(2026, 0, 1);
    const day = 86_400_000;
    let state: StatState = initialState("density");
    let drifted = false;
    values.forEach((value, i) => {
      const result: UpdateResult = update(state, { value, at: start + Math.floor(i / 8) * day });
      state = result.state;
      drifted ||= result.drift;
    });
    expect(drifted).toBe(true);
    const signals = (from: number, to: number): NewSignal[] =>
      values.slice(from, to).map((value) => ({ source: "thumb", dimension: "density", value }));
    for (let i = 0; i < values.length; i += 8) {
      const at = new Date(start + (i / 8) * day);
      await db().transaction((tx) => appendSignals({ tx, userId: sittings, at, signals: signals(i, i + 8) }));
    }
    // The same values, all in one sitting: the history, then the whole shift at once.
    await db().transaction((tx) => appendSignals({ tx, userId: oneSitting, at: new Date(start), signals: signals(0, 56) }));
    await db().transaction((tx) => appendSignals({ tx, userId: oneSitting, at: new Date(start + day), signals: signals(56, 80) }));

    const row = await stat(sittings, "density");
    expect(row!.lastDriftAt).toBeInstanceOf(Date);
    expect(row!.state).toMatchObject({ flag: { statistic: "cusum", direction: "up", sittings: 3 } });
    // The detector fired: the sweep's pending mark is there, written with the stat row.
    expect(await marks(sittings)).toEqual([{ dimension: "density", firedAt: row!.lastDriftAt }]);
    expect(await stat(oneSitting, "density")).toMatchObject({ lastDriftAt: null, state: { flag: null } });
    expect(await marks(oneSitting)).toEqual([]);
  });

  it("two transactions creating the same stat row at once both count", async () => {
    const userId = await newUser();
    await Promise.all(
      [0.1, 0.9].map((value) =>
        db().transaction((tx) => appendSignals({ tx, userId, signals: [{ source: "nudge", dimension: "level", value }] })),
      ),
    );
    expect((await stat(userId, "level"))!.n).toBe(2);
  });

  it("counts evidence toward evolution (thumbed replies, not signal rows), stopping at the threshold", async () => {
    const userId = await newUser();
    expect(await countEvidence({ db: db(), userId })).toEqual({ thumbs: 0, adjustments: 0 });
    const reply = (thumb: number | null) => ({
      id: crypto.randomUUID(),
      userId,
      surface: "chat" as const,
      prompt: "q",
      text: "a",
      summaryVersion: 1,
      thumb,
    });
    // Six signal rows of one thumb, and an undone thumb's rows: neither inflates the count.
    await db()
      .insert(signal)
      .values([
        ...Array.from({ length: 6 }, () => ({ userId, source: "thumb" as const })),
        ...Array.from({ length: 3 }, () => ({ userId, source: "nudge" as const })),
        { userId, source: "skip" as const },
      ]);
    await db().insert(aiResponse).values([reply(1), reply(null)]);
    expect(await countEvidence({ db: db(), userId })).toEqual({ thumbs: 1, adjustments: 3 });
    await db()
      .insert(aiResponse)
      .values(Array.from({ length: 44 }, (_, i) => reply(i % 2 ? 1 : -1)));
    expect(await countEvidence({ db: db(), userId })).toEqual({ thumbs: EVOLUTION_THRESHOLD.thumbs, adjustments: 3 });
  });
});
