import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { aiResponse, preferenceStat, signal, users } from "@/db/schema";
import { fuse, initialState, update, type StatState, type UpdateResult } from "@/lib/personality/aggregator";
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

  it("logs every signal and keeps the L3 state equal to the pure aggregator's", async () => {
    const userId = await newUser();
    const values = [1, 2 / 3, 1, 1, 2 / 3, 1];
    let expected: StatState = initialState("length");
    for (const value of values) {
      expected = update(expected, { value }).state;
      await db().transaction((tx) =>
        appendSignals({ tx, userId, signals: [{ source: "nudge", dimension: "length", value }] }),
      );
    }
    const row = await stat(userId, "length");
    expect(row!.state).toEqual(expected);
    expect(row).toMatchObject({ n: values.length, dirty: true, driftDetectedAt: null });
    expect(row!.estimate).toBeCloseTo(fuse(expected).estimate, 5);

    const estimates = await getPreferenceEstimates({ db: db(), userId });
    expect(estimates.length).toMatchObject({ option: "exhaustive", n: 6, label: expect.any(String) });
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

  it("marks drift on the stat row when the aggregator reports it", async () => {
    const userId = await newUser();
    // 40 signals at one end fill window and reference; then the other end, until the detector fires.
    const values = [...Array<number>(40).fill(0), ...Array<number>(20).fill(1)];
    let state: StatState = initialState("density");
    let drifted = false;
    for (const value of values) {
      const result: UpdateResult = update(state, { value });
      state = result.state;
      drifted ||= result.drift;
    }
    expect(drifted).toBe(true);
    for (const value of values) {
      await db().transaction((tx) =>
        appendSignals({ tx, userId, signals: [{ source: "thumb", dimension: "density", value }] }),
      );
    }
    const row = await stat(userId, "density");
    expect(row!.driftDetectedAt).toBeInstanceOf(Date);
    expect(row!.lastDriftAt).toBeInstanceOf(Date);
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
