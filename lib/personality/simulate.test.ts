import { describe, expect, it } from "vitest";
import { SITTING_GAP_MS } from "./drift";
import {
  SIMULATION,
  detectionQuality,
  median,
  mulberry32,
  normalSource,
  runDetector,
  simulateStream,
  type DetectionKind,
} from "./simulate";

describe("seeded randomness", () => {
  it("mulberry32 is deterministic, in [0, 1) and roughly uniform", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 100_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(mulberry32(8)()).not.toBe(draws[0]);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 2);
  });

  it("Box–Muller gives standard normals", () => {
    const normal = normalSource(mulberry32(3));
    const xs = Array.from({ length: 200_000 }, normal);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
    expect(xs.filter((x) => Math.abs(x) > 3).length / xs.length).toBeCloseTo(0.0027, 3);
  });
});

describe("streams", () => {
  it.each(["step1", "step05", "stationary"] as const)("%s: numeric values in [0, 1] with the right shape", (kind) => {
    const s = simulateStream(mulberry32(1), kind);
    expect(s.dim).toBe(SIMULATION.numericDim);
    expect(s.changeAt).toBe(kind === "stationary" ? null : SIMULATION.preChange);
    expect(s.values).toHaveLength(kind === "stationary" ? SIMULATION.stationaryLength : SIMULATION.preChange + SIMULATION.horizon);
    expect(s.values.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it("steps move the mean by k·σ on average", () => {
    const rand = mulberry32(2);
    for (const [kind, k] of [["step1", 1], ["step05", 0.5]] as const) {
      let total = 0;
      const users = 300;
      for (let u = 0; u < users; u++) {
        const s = simulateStream(rand, kind, { preChange: 400, horizon: 400, sigma: 0.1 });
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        total += Math.abs(mean(s.values.slice(400)) - mean(s.values.slice(0, 400)));
      }
      expect(total / users).toBeCloseTo(k * 0.1, 2);
    }
  });

  it("categorical streams switch the dominant category at the change point", () => {
    const s = simulateStream(mulberry32(4), "categorical", { preChange: 2000, horizon: 2000 });
    expect(s.dim).toBe(SIMULATION.categoricalDim);
    expect(s.values.every((v) => Number.isInteger(v) && v >= 0 && v < SIMULATION.categories)).toBe(true);
    const share = (xs: number[]) => {
      const counts = new Array<number>(SIMULATION.categories).fill(0);
      xs.forEach((x) => counts[x]!++);
      const top = counts.indexOf(Math.max(...counts));
      return { top, share: counts[top]! / xs.length };
    };
    const before = share(s.values.slice(0, 2000));
    const after = share(s.values.slice(2000));
    expect(before.top).not.toBe(after.top);
    expect(before.share).toBeCloseTo(SIMULATION.dominantShare, 1);
    expect(after.share).toBeCloseTo(SIMULATION.dominantShare, 1);
  });
});

/** Sittings of a stream: runs of signals with no gap longer than SITTING_GAP_MS. */
function sittings(times: number[]): number[] {
  const sizes: number[] = [];
  times.forEach((t, i) => {
    if (i === 0 || t - times[i - 1]! > SITTING_GAP_MS) sizes.push(0);
    sizes[sizes.length - 1]! += 1;
  });
  return sizes;
}

describe("time, sittings and the new kinds", () => {
  it("every stream comes in sittings of 4–12 signals, times increasing", () => {
    const s = simulateStream(mulberry32(5), "stationary");
    expect(s.times).toHaveLength(s.values.length);
    expect(s.times.every((t, i) => i === 0 || t > s.times[i - 1]!)).toBe(true);
    const sizes = sittings(s.times);
    expect(sizes.slice(0, -1).every((n) => n >= 4 && n <= 12)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(SIMULATION.stationaryLength);
  });

  it("option-valued users emit only the four options; bimodal ones sit near 0.2 and 0.8 at even odds", () => {
    const options = simulateStream(mulberry32(6), "stationaryOptions");
    expect(new Set(options.values.map((v) => Math.round(3 * v))).size).toBeLessThanOrEqual(4);
    expect(options.values.every((v) => Math.abs(3 * v - Math.round(3 * v)) < 1e-12)).toBe(true);
    const bimodal = simulateStream(mulberry32(7), "stationaryBimodal");
    const low = bimodal.values.filter((v) => v < 0.5).length / bimodal.values.length;
    expect(low).toBeGreaterThan(0.45);
    expect(low).toBeLessThan(0.55);
    expect(bimodal.values.filter((v) => Math.abs(v - 0.5) < 0.05).length).toBeLessThan(20);
  });

  it("a burst is one sitting of extreme values at the far end of the scale, then steady sittings", () => {
    const s = simulateStream(mulberry32(8), "burst", { burstSize: 6 });
    const at = SIMULATION.preChange;
    expect(s.changeAt).toBe(at);
    const burst = s.values.slice(at, at + 6);
    expect(new Set(burst).size).toBe(1);
    expect([0, 1]).toContain(burst[0]);
    expect(s.times[at]! - s.times[at - 1]!).toBeGreaterThan(SITTING_GAP_MS);
    expect(s.times[at + 6]! - s.times[at + 5]!).toBeGreaterThan(SITTING_GAP_MS);
    expect(s.times.slice(at + 1, at + 6).every((t, i) => t - s.times[at + i]! <= SITTING_GAP_MS)).toBe(true);
    expect(s.deadline).toBe(at + 5 + 20);
    expect(s.values).toHaveLength(at + 6 + 20);
  });

  it("a multi-sitting shift keeps the extreme value over three sittings of 4–8 signals and ends there", () => {
    const s = simulateStream(mulberry32(9), "sittingShift");
    const shifted = s.values.slice(SIMULATION.preChange);
    expect(new Set(shifted).size).toBe(1);
    const sizes = sittings(s.times.slice(SIMULATION.preChange));
    expect(sizes).toHaveLength(3);
    expect(sizes.every((n) => n >= 4 && n <= 8)).toBe(true);
    expect(s.deadline).toBe(s.values.length - 1);
  });
});

describe("runDetector", () => {
  it("separates false alarms before the change from the detection after it", () => {
    const values = [...new Array<number>(100).fill(0.2), ...new Array<number>(60).fill(0.8)];
    const run = runDetector({ dim: "length", values, changeAt: 100 });
    expect(run.falseAlarms).toBe(0);
    expect(run.stationarySignals).toBe(100);
    expect(run.detectedAt).toBe(run.drifts[0]);
    expect(run.delay).toBe(run.detectedAt! - 100 + 1);
    expect(run.delay).toBeLessThanOrEqual(10);
  });

  it("counts every drift of a stationary stream as a false alarm", () => {
    const values = [...new Array<number>(100).fill(0.2), ...new Array<number>(60).fill(0.8)];
    const run = runDetector({ dim: "length", values, changeAt: null });
    expect(run.detectedAt).toBeNull();
    expect(run.delay).toBeNull();
    expect(run.falseAlarms).toBe(run.drifts.length);
    expect(run.falseAlarms).toBeGreaterThan(0);
  });
});

describe("detectionQuality", () => {
  it.each(["step1", "step05", "burst", "sittingShift", "categorical", "stationary", "stationaryOptions", "stationaryBimodal", "stationaryCategorical"] as DetectionKind[])(
    "%s: is deterministic per seed and well-formed",
    (kind) => {
      const q = detectionQuality({ seed: 11, users: 20, kind });
      expect(detectionQuality({ seed: 11, users: 20, kind })).toEqual(q);
      expect(q.users).toBe(20);
      if (kind.startsWith("stationary")) {
        expect(q).toMatchObject({ detectionRate: null, medianDelay: null, stationarySignals: 20 * SIMULATION.stationaryLength });
      } else {
        expect(q.detectionRate).toBeGreaterThanOrEqual(0);
        expect(q.detectionRate).toBeLessThanOrEqual(1);
        expect(q.stationarySignals).toBe(20 * SIMULATION.preChange);
        expect(q.medianDelay === null || q.medianDelay >= 1).toBe(true);
      }
      expect(q.falseAlarmsPer1000).toBeCloseTo((1000 * q.falseAlarms) / q.stationarySignals, 12);
    },
  );

  it("takes the median of delays", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
