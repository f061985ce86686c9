/**
 * Seeded simulation of users' signal streams and of the detector running over them: the evidence behind the
 * L4 constants, shared by the unit tests and the benchmark. Deterministic for a given seed.
 *
 * Numeric users: each has a base preference drawn uniformly in [0.3, 0.7] and emits base + N(0, σ²) clipped
 * into [0, 1]. σ defaults to √σ₀² = √0.05 ≈ 0.22, the per-signal noise the aggregator's variance prior assumes
 * (thumb features and reflected down-thumbs are noisy; ordinal options sit 1/3 apart). The prior does not
 * scale with the real noise, so at smaller σ it inflates s² and a "1σ" step is detected less often (σ = 0.1:
 * ~88% within 60 signals); pass `sigma` to measure that regime. Steps of k·σ go up or down at random.
 * Categorical users: one dominant category with share 0.7, the other seven share the rest evenly; a shift
 * moves the dominance to another random category.
 */
import type { Dimension } from "./atoms";
import { PRIOR_VARIANCE, initialState, update, type StatState } from "./aggregator";

export type DetectionKind = "step1" | "step05" | "categorical" | "stationary" | "stationaryCategorical";

export const SIMULATION = {
  sigma: Math.sqrt(PRIOR_VARIANCE),
  baseRange: [0.3, 0.7],
  /** Signals before the change: long enough for the reference to reach its steady n_eff ≈ 99. */
  preChange: 200,
  /** Signals after the change; a detection counts when it comes within this many. */
  horizon: 60,
  /** Length of a stationary user's stream. */
  stationaryLength: 1000,
  dominantShare: 0.7,
  categories: 8,
  numericDim: "tone",
  categoricalDim: "language",
} as const;

/** mulberry32: a tiny 32-bit PRNG, plenty for simulation, returns uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normals by Box–Muller; the second value of each pair is kept for the next call. */
export function normalSource(rand: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    const u = 1 - rand(); // (0, 1]: log(0) is never taken
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * rand();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

export type SimulatedStream = { dim: Dimension; values: number[]; changeAt: number | null };

export type StreamOptions = { preChange?: number; horizon?: number; length?: number; sigma?: number };

export function simulateStream(rand: () => number, kind: DetectionKind, options: StreamOptions = {}): SimulatedStream {
  const preChange = options.preChange ?? SIMULATION.preChange;
  const horizon = options.horizon ?? SIMULATION.horizon;
  const length = options.length ?? SIMULATION.stationaryLength;
  const stationary = kind === "stationary" || kind === "stationaryCategorical";
  const total = stationary ? length : preChange + horizon;
  const changeAt = stationary ? null : preChange;

  if (kind === "categorical" || kind === "stationaryCategorical") {
    const k = SIMULATION.categories;
    const before = Math.floor(rand() * k);
    const after = (before + 1 + Math.floor(rand() * (k - 1))) % k;
    const values = Array.from({ length: total }, (_, i) =>
      drawCategory(rand, changeAt !== null && i >= changeAt ? after : before, k),
    );
    return { dim: SIMULATION.categoricalDim, values, changeAt };
  }

  const normal = normalSource(rand);
  const [lo, hi] = SIMULATION.baseRange;
  const base = lo + (hi - lo) * rand();
  const k = kind === "step1" ? 1 : kind === "step05" ? 0.5 : 0;
  const sigma = options.sigma ?? SIMULATION.sigma;
  const step = (rand() < 0.5 ? -1 : 1) * k * sigma;
  const values = Array.from({ length: total }, (_, i) => {
    const mean = changeAt !== null && i >= changeAt ? base + step : base;
    return Math.min(1, Math.max(0, mean + sigma * normal()));
  });
  return { dim: SIMULATION.numericDim, values, changeAt };
}

function drawCategory(rand: () => number, dominant: number, k: number): number {
  if (rand() < SIMULATION.dominantShare) return dominant;
  const other = Math.floor(rand() * (k - 1));
  return other >= dominant ? other + 1 : other;
}

export type DetectorRun = {
  /** Indexes of every signal on which drift fired. */
  drifts: number[];
  /** First drift at or after the change point, if any. */
  detectedAt: number | null;
  /** Signals after the change up to and including the detecting one (1 = fired on the first changed signal). */
  delay: number | null;
  /** Drifts before the change point (all of them for a stationary stream). */
  falseAlarms: number;
  /** Signals before the change point (the whole stream when stationary). */
  stationarySignals: number;
};

export function runDetector(stream: SimulatedStream, start: StatState = initialState(stream.dim)): DetectorRun {
  let state = start;
  const drifts: number[] = [];
  stream.values.forEach((value, i) => {
    const result = update(state, { value });
    state = result.state;
    if (result.drift) drifts.push(i);
  });
  const stationarySignals = stream.changeAt ?? stream.values.length;
  const detectedAt = stream.changeAt === null ? null : (drifts.find((i) => i >= stream.changeAt!) ?? null);
  return {
    drifts,
    detectedAt,
    delay: detectedAt === null ? null : detectedAt - stream.changeAt! + 1,
    falseAlarms: drifts.filter((i) => i < stationarySignals).length,
    stationarySignals,
  };
}

export type DetectionQuality = {
  kind: DetectionKind;
  users: number;
  /** Share of users detected within the horizon; null for stationary kinds. */
  detectionRate: number | null;
  /** Median delay over detected users; null when none was detected or the kind is stationary. */
  medianDelay: number | null;
  falseAlarms: number;
  /** Signals in stationary segments, over which false alarms are counted. */
  stationarySignals: number;
  /** False alarms per 1,000 stationary signals of one dimension. */
  falseAlarmsPer1000: number;
};

export type DetectionQualityOptions = StreamOptions & { seed: number; users: number; kind: DetectionKind };

/** Runs `users` simulated users of one kind through the detector and summarizes detection and false alarms. */
export function detectionQuality(options: DetectionQualityOptions): DetectionQuality {
  const { seed, users, kind } = options;
  const horizon = options.horizon ?? SIMULATION.horizon;
  const rand = mulberry32(seed);
  const delays: number[] = [];
  let detected = 0;
  let falseAlarms = 0;
  let stationarySignals = 0;
  for (let u = 0; u < users; u++) {
    const run = runDetector(simulateStream(rand, kind, options));
    falseAlarms += run.falseAlarms;
    stationarySignals += run.stationarySignals;
    if (run.delay !== null && run.delay <= horizon) {
      detected++;
      delays.push(run.delay);
    }
  }
  const stationary = kind === "stationary" || kind === "stationaryCategorical";
  return {
    kind,
    users,
    detectionRate: stationary ? null : detected / users,
    medianDelay: stationary ? null : median(delays),
    falseAlarms,
    stationarySignals,
    falseAlarmsPer1000: stationarySignals > 0 ? (1000 * falseAlarms) / stationarySignals : 0,
  };
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
