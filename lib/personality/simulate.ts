/**
 * Seeded simulation of users' signal streams, with time stamps, and of the detector running over them: the
 * evidence behind the L4 constants, shared by the unit tests and the benchmark. Deterministic for a given seed.
 *
 * Time: signals come in sittings of 4–12 signals (uniform), one minute apart; sittings are a day apart, far
 * beyond SITTING_GAP_MS. Numeric users have a base preference drawn uniformly in [0.3, 0.7]:
 * - `stationary`: base + N(0, σ²) clipped into [0, 1]; σ defaults to √σ₀² = √0.05 ≈ 0.22, the noise the
 *   aggregator's variance prior assumes; pass `sigma` (0.1–0.3) for the other regimes.
 * - `stationaryOptions`: the same value snapped to the nearest of four options (0, ⅓, ⅔, 1), as nudges and
 *   ordinal features arrive.
 * - `stationaryBimodal`: brief answers for quick questions, detailed ones for deep questions: each question is
 *   quick or deep at even odds, its signal 0.2 or 0.8 ± N(0, 0.1²). (If the modes came in runs, a sitting of
 *   deep questions at a time, three deep sittings in a row would be indistinguishable from a kept-up shift.)
 * - `step1`, `step05`: a k·σ step up or down at signal 200, wherever it falls in a sitting.
 * - `burst`: a steady user, then ONE sitting of `burstSize` (default 8) extreme signals (the end of the scale
 *   farther from the base), then steady again. Flagged = a drift while the burst is in the window: from its
 *   first signal to W signals after its sitting.
 * - `sittingShift`: a steady user, then the same extreme values kept up over three sittings of 4–8 signals;
 *   caught = a drift by the end of the third.
 * Categorical users: one dominant category with share 0.7, the other seven share the rest evenly; a shift
 * moves the dominance to another random category.
 */
import type { Dimension } from "./atoms";
import { PRIOR_VARIANCE, WINDOW, initialState, update, type NumericDetector, type StatState } from "./aggregator";
import { cusumDetector } from "./cusum";

export type DetectionKind =
  | "step1"
  | "step05"
  | "burst"
  | "sittingShift"
  | "categorical"
  | "stationary"
  | "stationaryOptions"
  | "stationaryBimodal"
  | "stationaryCategorical";

export const STATIONARY_KINDS: readonly DetectionKind[] = ["stationary", "stationaryOptions", "stationaryBimodal", "stationaryCategorical"];
export const isStationary = (kind: DetectionKind) => STATIONARY_KINDS.includes(kind);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const SIMULATION = {
  sigma: Math.sqrt(PRIOR_VARIANCE),
  baseRange: [0.3, 0.7],
  /** Signals before the change: long enough for the reference to reach its steady n_eff ≈ 99. */
  preChange: 200,
  /** Signals after a step; a detection counts when it comes within this many. */
  horizon: 60,
  /** Length of a stationary user's stream. */
  stationaryLength: 1000,
  sitting: [4, 12],
  burstSize: 8,
  /** Sittings of the multi-sitting shift, and their size range. */
  shiftSittings: 3,
  shiftSitting: [4, 8],
  bimodal: { modes: [0.2, 0.8], sd: 0.1 },
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

export type SimulatedStream = {
  dim: Dimension;
  values: number[];
  /** When each signal arrived (ms). */
  times: number[];
  /** First changed signal (the burst's first signal); null when stationary. */
  changeAt: number | null;
  /** Last signal at which a drift still counts as catching the change (or, for a burst, as flagging it). */
  deadline: number | null;
};

export type StreamOptions = { preChange?: number; horizon?: number; length?: number; sigma?: number; burstSize?: number };

const between = (rand: () => number, [lo, hi]: readonly [number, number]) => lo + Math.floor(rand() * (hi - lo + 1));
const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/** Builds a stream sitting by sitting: `sitting(n, draw)` appends n signals a minute apart, a day after the last. */
function recorder() {
  const values: number[] = [];
  const times: number[] = [];
  let t = 0;
  return {
    values,
    times,
    sitting(n: number, draw: (i: number) => number) {
      t += DAY;
      for (let j = 0; j < n; j++, t += MINUTE) {
        values.push(draw(values.length));
        times.push(t);
      }
    },
  };
}

/** Fills `total` signals in ordinary sittings (the last one cut short). */
function ordinary(rec: ReturnType<typeof recorder>, rand: () => number, total: number, draw: (i: number) => number): void {
  const end = rec.values.length + total;
  while (rec.values.length < end) rec.sitting(Math.min(between(rand, SIMULATION.sitting), end - rec.values.length), draw);
}

export function simulateStream(rand: () => number, kind: DetectionKind, options: StreamOptions = {}): SimulatedStream {
  const preChange = options.preChange ?? SIMULATION.preChange;
  const horizon = options.horizon ?? SIMULATION.horizon;
  const length = options.length ?? SIMULATION.stationaryLength;
  const rec = recorder();
  const stream = (dim: Dimension, changeAt: number | null, deadline: number | null): SimulatedStream => ({
    dim,
    values: rec.values,
    times: rec.times,
    changeAt,
    deadline,
  });

  if (kind === "categorical" || kind === "stationaryCategorical") {
    const k = SIMULATION.categories;
    const before = Math.floor(rand() * k);
    const after = (before + 1 + Math.floor(rand() * (k - 1))) % k;
    const changeAt = kind === "categorical" ? preChange : null;
    const total = changeAt === null ? length : preChange + horizon;
    ordinary(rec, rand, total, (i) => drawCategory(rand, changeAt !== null && i >= changeAt ? after : before, k));
    return stream(SIMULATION.categoricalDim, changeAt, changeAt === null ? null : changeAt + horizon - 1);
  }

  const normal = normalSource(rand);
  const [lo, hi] = SIMULATION.baseRange;
  const base = lo + (hi - lo) * rand();
  const sigma = options.sigma ?? SIMULATION.sigma;
  const steady = () => clip01(base + sigma * normal());
  const dim = SIMULATION.numericDim;

  switch (kind) {
    case "stationary":
      ordinary(rec, rand, length, steady);
      return stream(dim, null, null);
    case "stationaryOptions":
      ordinary(rec, rand, length, () => Math.round(3 * steady()) / 3);
      return stream(dim, null, null);
    case "stationaryBimodal": {
      const { modes, sd } = SIMULATION.bimodal;
      ordinary(rec, rand, length, () => clip01(modes[rand() < 0.5 ? 0 : 1] + sd * normal()));
      return stream(dim, null, null);
    }
    case "step1":
    case "step05": {
      const step = (rand() < 0.5 ? -1 : 1) * (kind === "step1" ? 1 : 0.5) * sigma;
      ordinary(rec, rand, preChange + horizon, (i) => (i >= preChange ? clip01(base + step + sigma * normal()) : steady()));
      return stream(dim, preChange, preChange + horizon - 1);
    }
    case "burst":
    case "sittingShift": {
      const extreme = base < 0.5 ? 1 : 0;
      ordinary(rec, rand, preChange, steady);
      if (kind === "burst") {
        rec.sitting(options.burstSize ?? SIMULATION.burstSize, () => extreme);
        const end = rec.values.length - 1;
        ordinary(rec, rand, WINDOW, steady);
        return stream(dim, preChange, end + WINDOW);
      }
      for (let j = 0; j < SIMULATION.shiftSittings; j++) rec.sitting(between(rand, SIMULATION.shiftSitting), () => extreme);
      return stream(dim, preChange, rec.values.length - 1);
    }
  }
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

export function runDetector(
  stream: Pick<SimulatedStream, "dim" | "values" | "changeAt"> & { times?: number[] },
  start: StatState = initialState(stream.dim),
  detector: NumericDetector = cusumDetector,
): DetectorRun {
  let state = start;
  const drifts: number[] = [];
  stream.values.forEach((value, i) => {
    const result = update(state, { value, at: stream.times?.[i] }, { detector });
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
  /** Share of users with a drift between the change and the stream's deadline (for a burst: flagged); null when stationary. */
  detectionRate: number | null;
  /** Median delay over detected users; null when none was detected or the kind is stationary. */
  medianDelay: number | null;
  falseAlarms: number;
  /** Signals in stationary segments, over which false alarms are counted. */
  stationarySignals: number;
  /** False alarms per 1,000 stationary signals of one dimension. */
  falseAlarmsPer1000: number;
};

export type DetectionQualityOptions = StreamOptions & { seed: number; users: number; kind: DetectionKind; detector?: NumericDetector };

/** Runs `users` simulated users of one kind through the detector and summarizes detection and false alarms. */
export function detectionQuality(options: DetectionQualityOptions): DetectionQuality {
  const { seed, users, kind } = options;
  const rand = mulberry32(seed);
  const delays: number[] = [];
  let detected = 0;
  let falseAlarms = 0;
  let stationarySignals = 0;
  for (let u = 0; u < users; u++) {
    const stream = simulateStream(rand, kind, options);
    const run = runDetector(stream, initialState(stream.dim), options.detector);
    falseAlarms += run.falseAlarms;
    stationarySignals += run.stationarySignals;
    if (run.detectedAt !== null && run.detectedAt <= stream.deadline!) {
      detected++;
      delays.push(run.delay!);
    }
  }
  const stationary = isStationary(kind);
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
