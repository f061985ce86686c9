import { describe, expect, it } from "vitest";
import { fuse, initialState, numericMoments, update, type CategoricalState, type NumericState, type StatState } from "./aggregator";
import {
  DRIFT,
  categoricalTest,
  chiSquareCdf,
  chiSquareCritical,
  chiSquareQuantile,
  chiSquareSurvival,
  lnGamma,
  regularizedGammaP,
  regularizedGammaQ,
  stepDrift,
} from "./drift";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("chi-square distribution", () => {
  it("matches the closed form for even degrees of freedom", () => {
    for (const df of [2, 4, 6, 8, 14]) {
      for (const x of [0.01, 0.5, 1, 3, 9, 11.83, 25, 60]) {
        let term = 1;
        let sum = 1;
        for (let j = 1; j < df / 2; j++) sum += term *= x / 2 / j;
        expect(rel(chiSquareSurvival(x, df), Math.exp(-x / 2) * sum)).toBeLessThan(1e-12);
      }
    }
  });

  it("matches published values for odd degrees of freedom", () => {
    expect(rel(chiSquareSurvival(1, 1), 0.31731050786291415)).toBeLessThan(1e-12);
    expect(rel(chiSquareSurvival(4, 1), 0.04550026389635842)).toBeLessThan(1e-12);
    expect(rel(chiSquareSurvival(9, 1), 0.0026997960632601866)).toBeLessThan(1e-12);
    expect(rel(chiSquareQuantile(0.95, 1), 3.841458820694124)).toBeLessThan(1e-10);
    expect(rel(chiSquareQuantile(0.95, 3), 7.814727903251178)).toBeLessThan(1e-10);
    expect(rel(chiSquareQuantile(0.95, 5), 11.070497693516351)).toBeLessThan(1e-10);
    expect(rel(chiSquareQuantile(0.5, 2), 2 * Math.LN2)).toBeLessThan(1e-10);
  });

  it("inverts itself and gives the p = 0.0027 critical values", () => {
    for (let df = 1; df <= 8; df++) {
      for (const p of [0.001, 0.05, 0.5, 0.9973]) expect(rel(chiSquareCdf(chiSquareQuantile(p, df), df), p)).toBeLessThan(1e-9);
      expect(rel(chiSquareSurvival(chiSquareCritical(0.0027, df), df), 0.0027)).toBeLessThan(1e-9);
    }
    // 3² = 9 is the two-sided 3σ point, at p = 0.0026998; p = 0.0027 sits a hair below it.
    expect(chiSquareCritical(0.0027, 1)).toBeCloseTo(8.99986, 5);
    expect(chiSquareCritical(0.0027, 2)).toBeCloseTo(-2 * Math.log(0.0027), 9);
    expect(() => chiSquareQuantile(1, 2)).toThrow(RangeError);
  });

  it("has consistent gamma pieces", () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(regularizedGammaP(3, 2.5) + regularizedGammaQ(3, 2.5)).toBeCloseTo(1, 14);
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
  });
});

describe("run and cooldown", () => {
  it("fires on the third consecutive exceedance, then cools down for 20 signals", () => {
    let clock = { run: 0, cooldown: 0 };
    const fired: boolean[] = [];
    for (const exceeded of [true, true, false, true, null, true, true, true, true]) {
      const { drift, ...next } = stepDrift(clock, exceeded);
      fired.push(drift);
      clock = next;
    }
    // The untested signal (null) neither breaks nor extends the run; the signal after the drift is cooling.
    expect(fired).toEqual([false, false, false, false, false, false, true, false, false]);
    expect(clock).toEqual({ run: 0, cooldown: 18 });
    for (let i = 0; i < 18; i++) clock = stepDrift(clock, true);
    expect(clock).toEqual({ run: 0, cooldown: 0, drift: false });
  });

});

describe("categorical test", () => {
  it("computes the pooled X² and total variation without merging when every cell is large", () => {
    const t = categoricalTest([1, 0, 0], [0.5, 0.5, 0], 20, 20);
    expect(t.df).toBe(1);
    expect(t.x2).toBeCloseTo(10 * (0.25 / 0.75 + 0.25 / 0.25), 12);
    expect(t.tv).toBeCloseTo(0.5, 12);
    expect(t.exceeded).toBe(true);
  });

  it("merges small categories into one bucket, and a small bucket into the smallest large one", () => {
    // Pooled [0.5, 0.3, 0.1, 0.1] at n = m_r = 20: expected 10, 6, 2, 2; "other" = 4 < 5 joins category 1.
    const p = [0.6, 0.2, 0.2, 0];
    const q = [0.4, 0.4, 0, 0.2];
    const t = categoricalTest(p, q, 20, 20);
    expect(t.df).toBe(1);
    expect(t.x2).toBeCloseTo(10 * (0.2 ** 2 / 0.5 + 0.2 ** 2 / 0.5), 12);
    // With m_r = 60 the smaller sample is still 20, so the same buckets; pooled weights change.
    const big = categoricalTest([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25], 20, 60);
    expect(big).toMatchObject({ x2: 0, df: 3, exceeded: false });
  });

  it("cannot test a single bucket, and requires total variation ≥ 0.25", () => {
    expect(categoricalTest([1, 0], [1, 0], 20, 50)).toMatchObject({ x2: 0, df: 0, exceeded: false });
    const subtle = categoricalTest([0.5, 0.5], [0.4, 0.6], 1000, 1000);
    expect(subtle.x2).toBeGreaterThan(chiSquareCritical(DRIFT.pValue, 1));
    expect(subtle.tv).toBeCloseTo(0.1, 12);
    expect(subtle.exceeded).toBe(false);
  });
});

describe("detector inside the aggregator", () => {
  const feed = <S extends StatState>(state: S, values: number[]) => {
    const drifts: number[] = [];
    values.forEach((value, i) => {
      const r = update(state, { value });
      state = r.state;
      if (r.drift) drifts.push(i);
    });
    return { state, drifts };
  };

  it("re-seeds the numeric reference and the CUSUM baseline from the window and stops feeding them during the cooldown", () => {
    const before = Array.from({ length: 120 }, (_, i) => 0.3 + 0.05 * Math.sin(i));
    const after = Array.from({ length: 40 }, (_, i) => 0.8 + 0.05 * Math.sin(i));
    const { state, drifts } = feed(initialState("tone") as NumericState, [...before, ...after]);
    const at = drifts[0]!;
    // σ̂ is floored at 0.05, so each new value is 10σ̂ out and clipped to 2: +1.75 a signal (no times given, so
    // every signal is a sitting of its own, under its own 2.6 allowance): 12.25 ≥ 11.5 on the 7th.
    expect(at).toBe(126);
    // Caught that early, the window it re-seeds from is mostly old values: the level has moved on from it by the
    // cooldown's last signal, which fires once more (from the mixed window's mean to 0.8).
    expect(drifts).toEqual([126, 126 + DRIFT.cooldown]);
    const seeded = feed(initialState("tone") as NumericState, [...before, ...after].slice(0, at + 1)).state;
    expect(seeded).toMatchObject({ w1: 20, w2: 20, run: 0, cooldown: 20 });
    expect(seeded.mu).toBe(seeded.mean);
    expect(seeded.s).toBe(seeded.m2);
    expect(seeded.cusum).toMatchObject({ n: 20, up: 0, down: 0 });
    expect(seeded.cusum.mu).toBeCloseTo(seeded.mean, 12);
    // What moved: the baseline's 0.3 to the mean of the 7 signals that carried it, 0.8.
    expect(seeded.flag).toMatchObject({ statistic: "cusum", direction: "up", signals: 7, sittings: 7, threshold: 11.5, value: 12.25 });
    expect(seeded.flag!.from).toBeCloseTo(0.3, 2);
    expect(seeded.flag!.to).toBeCloseTo(0.8, 1);
    // Fed the re-seeded window's own mean, the cooldown passes untested and the reference is left alone; its
    // last signal restarts the baseline from the window it turned over.
    let s = seeded;
    const level = seeded.mean;
    for (let i = 0; i < 20; i++) {
      const r = update(s, { value: level });
      expect(r.z).toBeNull();
      expect(r.drift).toBe(false);
      s = r.state;
    }
    expect(s.w1).toBe(20);
    expect(s.cusum.n).toBe(20);
    expect(s.cusum.variance).toBeLessThan(1e-20);
    expect(s.cusum.mu).toBeCloseTo(level, 12);
    // Testing resumes once the baseline holds 30 values again: 10 more have to leave the window.
    const tests = Array.from({ length: 11 }, () => {
      const r = update(s, { value: level });
      s = r.state;
      return r.z !== null;
    });
    expect(tests.indexOf(true)).toBe(9);
    const second = feed(initialState("tone") as NumericState, [...before, ...after].slice(0, 147)).state;
    expect(second.flag!.from).toBeCloseTo(seeded.mean, 9);
    expect(second.flag!.to).toBeCloseTo(0.8, 1);
    expect(numericMoments(state).mu).toBeGreaterThan(0.75);
  });

  it("does not test before the window is full and the CUSUM baseline holds 30 values", () => {
    let state = initialState("tone");
    let firstTested = -1;
    for (let i = 0; i < 80 && firstTested < 0; i++) {
      const r = update(state, { value: i % 2 ? 0.2 : 0.9 });
      state = r.state;
      if (r.z !== null) firstTested = i;
    }
    // The baseline takes values as they leave the window: the 30th leaves on signal index 20 + 30 − 1.
    expect(firstTested).toBe(49);
  });

  it("detects a switch of the dominant category and re-seeds the categorical reference", () => {
    const values = [...Array.from({ length: 150 }, (_, i) => (i % 4 === 0 ? i % 8 : 1)), ...Array.from({ length: 40 }, () => 5)];
    const { state, drifts } = feed(initialState("language") as CategoricalState, values);
    expect(drifts[0]! - 150).toBeLessThan(20);
    const fused = fuse(state);
    expect(fused).toMatchObject({ estimate: 5, windowMean: 5, reference: 5 });
  });
});
