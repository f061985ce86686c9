import { describe, expect, it } from "vitest";
import { fuse, initialState, readState, update, type NumericState, type StatState } from "./aggregator";
import { CUSUM, ZERO_CUSUM, cusumResidual, startSitting, stepCusum, type Cusum } from "./cusum";
import { SITTING_GAP_MS } from "./drift";
import { detectionQuality, type DetectionKind, type StreamOptions } from "./simulate";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("the CUSUM step", () => {
  const run = (rs: number[], start: Cusum = ZERO_CUSUM) => rs.reduce((c, r) => stepCusum(c, r, false), start);

  it("adds r − k on the upper side and −r − k on the lower one, never below 0", () => {
    const c = stepCusum(ZERO_CUSUM, 1, true);
    expect(c).toMatchObject({ up: 0.75, down: 0, upSignals: 1, upSittings: 1, fired: null });
    expect(run([-0.5, -1], c)).toMatchObject({ up: 0, down: 1, downSignals: 2, upSignals: 0 });
  });

  it("standardizes by the baseline's σ̂, floored, and clips at ±2", () => {
    expect(cusumResidual(0.6, 0.5, 0.01)).toBeCloseTo(1, 12);
    expect(cusumResidual(0.9, 0.5, 0.01)).toBe(CUSUM.clip);
    expect(cusumResidual(0.45, 0.5, 0)).toBeCloseTo(-1, 12); // σ̂ floored at 0.05
  });

  it("lets one sitting raise a side by at most h/2, extreme residuals by 2.6, or 4.5 right after an extreme sitting", () => {
    const moderate = run(Array<number>(10).fill(1.5));
    expect(moderate.up).toBe(CUSUM.sittingCap);
    const extreme = run(Array<number>(10).fill(CUSUM.clip));
    expect(extreme.up).toBeCloseTo(CUSUM.firstExtremeCap, 12);
    const second = run(Array<number>(10).fill(CUSUM.clip), startSitting(extreme));
    expect(second.up).toBeCloseTo(CUSUM.firstExtremeCap + CUSUM.extremeCap, 12);
    const third = run(Array<number>(10).fill(CUSUM.clip), startSitting(second));
    expect(third.up).toBeGreaterThanOrEqual(CUSUM.threshold);
    // An ordinary sitting in between breaks the run: the next extreme sitting is a first one again.
    const broken = run(Array<number>(10).fill(CUSUM.clip), startSitting(run([0.5], startSitting(extreme))));
    expect(broken.up - broken.upStart).toBeCloseTo(CUSUM.firstExtremeCap, 12);
    expect(CUSUM.firstExtremeCap + 2 * CUSUM.extremeCap).toBeGreaterThanOrEqual(CUSUM.threshold);
    expect(2 * CUSUM.sittingCap).toBe(CUSUM.threshold);
  });

  it("fires at h, on whichever side reaches it", () => {
    let c: Cusum = ZERO_CUSUM;
    const fired: (string | null)[] = [];
    for (let sitting = 0; sitting < 4; sitting++) {
      c = startSitting(c);
      for (let i = 0; i < 3; i++) {
        const step = stepCusum(c, -1.9, i === 0);
        fired.push(step.fired);
        c = step;
      }
    }
    // −1.9 is not extreme: +1.65 a signal, 4.95 a sitting (under the cap), 11.55 on the third sitting's first.
    expect(fired.indexOf("down")).toBe(6);
    expect(c).toMatchObject({ downSittings: 4, up: 0 });
  });
});

/** A steady user (0.4 and 0.6 alternating, so σ̂ = 0.1), in sittings of 8 signals a day apart. */
function steadyUser(sittings: number): { state: NumericState; t: number } {
  let state = initialState("tone") as NumericState;
  let t = 0;
  for (let s = 0; s < sittings; s++) {
    t += DAY;
    for (let i = 0; i < 8; i++, t += MINUTE) state = update(state, { value: i % 2 ? 0.4 : 0.6, at: t }).state;
  }
  return { state, t };
}

function sitting(start: { state: NumericState; t: number }, values: number[]) {
  let { state, t } = start;
  const drifts: number[] = [];
  t += DAY;
  values.forEach((value, i) => {
    const r = update(state, { value, at: (t += MINUTE) });
    state = r.state;
    if (r.drift) drifts.push(i);
  });
  return { state, t, drifts };
}

describe("sittings through the aggregator", () => {
  it("one sitting of 8 extreme signals on a steady user is not drift, nor are the sittings after it", () => {
    const burst = sitting(steadyUser(40), Array<number>(8).fill(1));
    expect(burst.drifts).toEqual([]);
    expect(burst.state.cusum.up).toBeCloseTo(CUSUM.firstExtremeCap, 9);
    let after = burst;
    for (let s = 0; s < 5; s++) {
      after = sitting(after, [0.4, 0.6, 0.4, 0.6, 0.4, 0.6, 0.4, 0.6]);
      expect(after.drifts).toEqual([]);
    }
    expect(after.state.cusum.up).toBeLessThan(1);
  });

  it("the same burst, had every signal been its own sitting, would be drift: the sitting is what holds it", () => {
    let { state } = steadyUser(40);
    const drifts: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = update(state, { value: 1 }); // no time: each signal is a sitting of its own
      state = r.state;
      if (r.drift) drifts.push(i);
    }
    // +1.75 a signal, each under its own 2.6 allowance: 12.25 on the 7th.
    expect(drifts).toEqual([6]);
    expect(state.flag).toMatchObject({ direction: "up", statistic: "cusum", signals: 7, sittings: 7 });
  });

  it("the same shift kept up over three sittings is drift by the end of the third, and records what moved", () => {
    let user = sitting(steadyUser(40), Array<number>(8).fill(1));
    user = sitting(user, Array<number>(8).fill(1));
    expect(user.drifts).toEqual([]);
    user = sitting(user, Array<number>(8).fill(1));
    expect(user.drifts).toHaveLength(1);
    const flag = user.state.flag!;
    expect(flag).toMatchObject({ statistic: "cusum", direction: "up", sittings: 3, threshold: CUSUM.threshold });
    expect(flag.from).toBeCloseTo(0.5, 2);
    expect(flag.to).toBe(1);
    expect(flag.value).toBeGreaterThanOrEqual(CUSUM.threshold);
    expect(flag.at).toBe(user.t - (7 - user.drifts[0]!) * MINUTE);
  });

  it("one long sitting of a moderate shift carries at most h/2: drift needs a second sitting", () => {
    const long = sitting(steadyUser(40), Array<number>(40).fill(0.68));
    expect(long.drifts).toEqual([]);
    expect(long.state.cusum.up).toBe(CUSUM.sittingCap);
    const next = sitting(long, Array<number>(8).fill(0.68));
    // r ≈ 1.5 (the long sitting's values that left the window raised μ̂ and σ̂ a little): h on the 5th signal.
    expect(next.drifts).toEqual([4]);
    expect(next.state.flag).toMatchObject({ sittings: 2 });
  });

  it("a gap of exactly SITTING_GAP_MS keeps the sitting; one millisecond more opens a new one", () => {
    const { state, t } = steadyUser(40);
    const burst = (gap: number) => {
      let s = state;
      let at = t;
      for (let i = 0; i < 24; i++) s = update(s, { value: 1, at: (at += i % 8 === 0 ? gap : MINUTE) }).state;
      return s;
    };
    expect(burst(SITTING_GAP_MS).cusum.up).toBeCloseTo(CUSUM.firstExtremeCap, 9);
    expect(burst(SITTING_GAP_MS + 1).flag).not.toBeNull();
  });
});

describe("rows written before the CUSUM", () => {
  it("upgrade on read: the baseline comes from the reference, so a mature row is tested at once", () => {
    const { state } = steadyUser(40);
    const { at: _at, cusum: _cusum, flag: _flag, ...legacy } = state;
    const upgraded = readState(legacy) as NumericState;
    expect(upgraded).toMatchObject({ at: null, flag: null, window: state.window, mu: state.mu, w1: state.w1 });
    expect(upgraded.cusum).toMatchObject({ up: 0, down: 0, mu: state.mu });
    expect(upgraded.cusum.n).toBe(Math.round((state.w1 * state.w1) / state.w2));
    expect(upgraded.cusum.variance).toBeCloseTo(state.s / state.w1, 12);
    expect(fuse(upgraded as StatState)).toEqual(fuse(state));
    expect(update(legacy as unknown as StatState, { value: 0.5, at: 1 }).z).not.toBeNull();
    // A state already upgraded reads as itself; a categorical one gains only `at` and `flag`.
    expect(readState(state)).toBe(state);
    const { at: _a, flag: _f, ...oldCategorical } = initialState("language");
    expect(readState(oldCategorical)).toEqual(initialState("language"));
  });
});

describe("targets of issue 14 on seeded simulated populations (exact outcomes: the streams are seeded)", () => {
  const rate = (kind: DetectionKind, options: StreamOptions = {}) => detectionQuality({ seed: 14, users: 1000, kind, ...options });
  const alarms = (kind: DetectionKind, options: StreamOptions = {}) =>
    detectionQuality({ seed: 15, users: 250, kind, ...options }).falseAlarmsPer1000;

  it.each([
    ["Gaussian σ = 0.1", "stationary", { sigma: 0.1 }],
    ["Gaussian σ = 0.2", "stationary", { sigma: 0.2 }],
    ["Gaussian σ = 0.3", "stationary", { sigma: 0.3 }],
    ["option-valued", "stationaryOptions", {}],
    ["bimodal", "stationaryBimodal", {}],
  ] as const)("false alarms ≤ 1 per 1,000 signals on stationary %s users (250,000 signals)", (_label, kind, options) => {
    expect(alarms(kind, options)).toBeLessThanOrEqual(1);
  });

  it.each([0.1, 0.22, 0.3])("σ = %s: a 1σ step is caught within 60 signals for ≥ 99%, a 0.5σ step for ≥ 65%", (sigma) => {
    expect(rate("step1", { sigma }).detectionRate).toBeGreaterThanOrEqual(0.99);
    expect(rate("step05", { sigma }).detectionRate).toBeGreaterThanOrEqual(0.65);
  });

  it.each([1, 2, 4, 6, 8])("one sitting of %s extreme signals flags ≤ 5% of steady users", (burstSize) => {
    expect(rate("burst", { burstSize }).detectionRate).toBeLessThanOrEqual(0.05);
  });

  it("the same extreme shift kept up over three sittings is caught by the end of the third for ≥ 95%", () => {
    expect(rate("sittingShift").detectionRate).toBeGreaterThanOrEqual(0.95);
  });

  it("the categorical test is unchanged: shifts caught 100% within 60, false alarms ≤ 0.3 per 1,000", () => {
    expect(rate("categorical").detectionRate).toBe(1);
    expect(alarms("stationaryCategorical")).toBeLessThanOrEqual(0.3);
  });
});
