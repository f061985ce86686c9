/**
 * L3 preference aggregator (docs/design.md, "L3 — Preference aggregator"), per user and dimension. A window of the
 * last W = 20 signals sits beside an exponentially weighted reference that takes a value only when it drops OUT
 * of the window, so the two views are independent and drift.ts can test one against the other. Pure and O(1)
 * per signal: the state is a fixed-size JSON record (the `preference_stat` row) that never grows.
 *
 * Weights: the window, the shrinkage and both tests are calibrated for unit observations, so any positive
 * weight counts as exactly one signal; weight 0 means "no evidence" and leaves the state untouched.
 */
import { isOrdinal, optionsOf, type CategoricalDim, type Dimension, type OrdinalDim } from "./atoms";
import { CUSUM, ZERO_CUSUM, cusumDetector, feedBaseline, type Cusum } from "./cusum";
import { DRIFT, SITTING_GAP_MS, categoricalTest, chiSquareCritical, stepDrift } from "./drift";

export const WINDOW = 20;
export const ALPHA = 0.02;
const BETA = 1 - ALPHA;
/** Variance prior: ν₀ = 2 pseudo-observations at σ₀² = 0.05. It is also the variance floor: s² ≥ ν₀σ₀²/(ν₀ + n − 1) > 0. */
export const PRIOR_VARIANCE = 0.05;
export const PRIOR_DF = 2;
/** Below this many window signals a fused value is reported but flagged `enough: false`. */
export const MIN_SIGNALS = 5;

export type NumericState = {
  kind: "numeric";
  /** Ring buffer of the last ≤ W values; once full, `head` indexes the oldest. */
  window: number[];
  head: number;
  /**
   * Window mean and M2 = Σ(x − m)² (= Σx² − n·m²), kept Welford-style and slid in place rather than as raw
   * Σx, Σx²: the raw form cancels catastrophically for near-constant values; M2 is clamped at ≥ 0 against the
   * last-ulp rounding that remains.
   */
  mean: number;
  m2: number;
  /** Reference: W₁ = Σw, W₂ = Σw², μ = Σwy/W₁, S = Σw(y − μ)², w = β^age. */
  w1: number;
  w2: number;
  mu: number;
  s: number;
  /** The run of the previous window z test; kept so bench/window-z-baseline.ts can replay it on the same state. */
  run: number;
  cooldown: number;
  /** When the last signal arrived (ms since the epoch), for sittings; null when no signal carried a time. */
  at: number | null;
  cusum: Cusum;
  /** What the last drift moved; null until one fires. */
  flag: DriftFlag | null;
};

/** What a drift moved, recorded on the signal that fired it (the chart puts it into words). */
export type DriftFlag = {
  at: number | null;
  statistic: "cusum" | "chi-square";
  /** Numeric: the recent signals sit higher ("up") or lower ("down") than the reference. Categorical: null. */
  direction: "up" | "down" | null;
  /** Numeric: reference μ → window mean, on [0, 1]. Categorical: the reference's → the window's top category. */
  from: number;
  to: number;
  /** The statistic when it fired and its threshold (S± against h, or X² against its critical value). */
  value: number;
  threshold: number;
  /** The signals that carried it (since the CUSUM side last stood at 0; categorical: the window's), and their sittings. */
  signals: number;
  sittings: number | null;
};

export type CategoricalState = {
  kind: "categorical";
  window: number[];
  head: number;
  /** Window counts c_k. */
  counts: number[];
  /** Exponentially weighted counts r_k (Σr = W₁). */
  ref: number[];
  w1: number;
  w2: number;
  run: number;
  cooldown: number;
  at: number | null;
  flag: DriftFlag | null;
};

export type StatState = NumericState | CategoricalState;

/**
 * Numeric: value in [0, 1] (clamped). Categorical: the category index. `at`: when it happened (ms since the
 * epoch); without it every signal counts as a sitting of its own.
 */
export type SignalInput = { value: number; weight?: number; at?: number };

/** `z` is the statistic tested on this signal (numeric: max(S⁺, S⁻) of the CUSUM; categorical: X²); null when untested. */
export type UpdateResult<S extends StatState = StatState> = { state: S; drift: boolean; z: number | null };

export type Fused = {
  kind: StatState["kind"];
  /** Numeric: fused value in [0, 1]. Categorical: argmax of the fused π. */
  estimate: number;
  /** Numeric: precision 1/Var(x̂). Categorical: the winning share max π, in (0, 1]. */
  confidence: number;
  /** Signals in the window (≤ W). */
  n: number;
  /** Numeric: window mean. Categorical: the window's most frequent category. Null on an empty window. */
  windowMean: number | null;
  /** Numeric: μ. Categorical: the reference's most weighted category. Null before any value left the window. */
  reference: number | null;
  enough: boolean;
};

export function initialState(dim: OrdinalDim): NumericState;
export function initialState(dim: CategoricalDim): CategoricalState;
export function initialState(dim: Dimension): StatState;
export function initialState(dim: Dimension): StatState {
  const clock = { run: 0, cooldown: 0, at: null, flag: null };
  if (isOrdinal(dim)) {
    return { kind: "numeric", window: [], head: 0, mean: 0, m2: 0, w1: 0, w2: 0, mu: 0, s: 0, ...clock, cusum: { ...ZERO_CUSUM } };
  }
  const zeros = () => optionsOf(dim).map(() => 0);
  return { kind: "categorical", window: [], head: 0, counts: zeros(), ref: zeros(), w1: 0, w2: 0, ...clock };
}

/**
 * A stored state, upgraded on read: rows written before the CUSUM detector lack `at`, `cusum` and `flag`. Their
 * CUSUM starts with no evidence (S± = 0) and a baseline taken from the reference they have (μ, its weighted
 * variance S/W₁, n_eff as the count), so a mature row is tested at once; window, reference and cooldown carry over.
 */
export function readState(raw: unknown): StatState {
  const s = raw as StatState;
  if (s.kind === "categorical") return { ...s, at: s.at ?? null, flag: s.flag ?? null };
  if (s.cusum) return s;
  const nEff = s.w1 > 0 ? (s.w1 * s.w1) / s.w2 : 0;
  const baseline = nEff > 0 ? { n: Math.min(Math.round(nEff), CUSUM.baselineMemory), mu: s.mu, variance: s.s / s.w1 } : {};
  return { ...s, at: s.at ?? null, flag: s.flag ?? null, cusum: { ...ZERO_CUSUM, ...baseline } };
}

export type NumericMoments = {
  n: number;
  m: number;
  /** Shrunk window variance s²_w and V_w = s²_w/n (Infinity on an empty window). */
  varWindow: number;
  vWindow: number;
  hasReference: boolean;
  mu: number;
  nEff: number;
  /** Shrunk reference variance s²_r and V_r = s²_r·W₂/W₁² (Infinity without a reference). */
  varReference: number;
  vReference: number;
};

export function numericMoments(s: NumericState): NumericMoments {
  const n = s.window.length;
  const varWindow = (PRIOR_DF * PRIOR_VARIANCE + s.m2) / (PRIOR_DF + n - 1);
  const hasReference = s.w1 > 0;
  const nEff = hasReference ? (s.w1 * s.w1) / s.w2 : 0;
  // Reading of "s²_r shrunk like s²_w with n_eff": the window's Σx² − n·m² is (n − 1)·s²; for the reference
  // that is (n_eff − 1)·S/(W₁ − W₂/W₁), which simplifies to S·W₁/W₂ and stays defined when W₁ = W₂ = 1.
  const ssReference = hasReference ? (s.s * s.w1) / s.w2 : 0;
  const varReference = (PRIOR_DF * PRIOR_VARIANCE + ssReference) / (PRIOR_DF + nEff - 1);
  return {
    n,
    m: s.mean,
    varWindow,
    vWindow: n > 0 ? varWindow / n : Infinity,
    hasReference,
    mu: s.mu,
    nEff,
    varReference,
    vReference: hasReference ? (varReference * s.w2) / (s.w1 * s.w1) : Infinity,
  };
}

export type CategoricalMoments = { n: number; p: number[]; q: number[]; mr: number; pi: number[] };

export function categoricalMoments(s: CategoricalState): CategoricalMoments {
  const n = s.window.length;
  const k = s.counts.length;
  const mr = s.w1 > 0 ? (s.w1 * s.w1) / s.w2 : 0;
  const p = s.counts.map((c) => (n > 0 ? c / n : 0));
  const q = s.ref.map((r) => (s.w1 > 0 ? r / s.w1 : 0));
  const pi = p.map((pk, i) => (n * pk + mr * q[i]! + 0.5) / (n + mr + 0.5 * k));
  return { n, p, q, mr, pi };
}

/**
 * The numeric test, pluggable so bench/baseline can replay the previous detector on the same window and
 * reference. It sees the state after the slide (and may update its own fields); the aggregator owns the
 * cooldown and the re-seed. `z` is the statistic tested, null when untested.
 */
export type NumericDetector = (
  s: NumericState,
  x: number,
  ctx: { cooling: boolean; lastCooling: boolean; testable: boolean; newSitting: boolean; at: number | null },
) => { drift: boolean; z: number | null; flag: DriftFlag | null };

export type UpdateOptions = {
  /** The numeric test (default: the CUSUM of cusum.ts; bench/ passes the previous one to compare). */
  detector?: NumericDetector;
  /** A gap longer than this opens a new sitting (default SITTING_GAP_MS; DRIFT_SITTING_GAP_SECONDS in the app). */
  sittingGapMs?: number;
};

export function update<S extends StatState>(state: S, input: SignalInput, options: UpdateOptions = {}): UpdateResult<S> {
  const { detector = cusumDetector, sittingGapMs = SITTING_GAP_MS } = options;
  const weight = input.weight ?? 1;
  if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`Signal weight must be ≥ 0, got ${weight}.`);
  if (weight === 0) return { state, drift: false, z: null };
  if (!Number.isFinite(input.value)) throw new RangeError(`Signal value must be finite, got ${input.value}.`);
  if (input.at !== undefined && !Number.isFinite(input.at)) throw new RangeError(`Signal time must be finite, got ${input.at}.`);
  const current = readState(state);
  const result =
    current.kind === "numeric"
      ? updateNumeric(current, input.value, input.at, detector, sittingGapMs)
      : updateCategorical(current, input.value, input.at);
  return result as UpdateResult<S>;
}

/** A new sitting: no time known, the first timed signal, or a gap longer than the sitting gap. */
function opensSitting(prevAt: number | null, at: number | undefined, gapMs: number): boolean {
  return at === undefined || prevAt === null || at - prevAt > gapMs;
}

function updateNumeric(
  prev: NumericState,
  raw: number,
  at: number | undefined,
  detector: NumericDetector,
  gapMs: number,
): UpdateResult<NumericState> {
  const x = Math.min(1, Math.max(0, raw));
  const s: NumericState = { ...prev, window: prev.window.slice() };
  const newSitting = opensSitting(prev.at, at, gapMs);
  if (at !== undefined) s.at = at;
  // During a cooldown the values leaving the window are the ones the reference was re-seeded from; feeding
  // them again would count them twice and couple the two views.
  const cooling = prev.cooldown > 0;
  if (s.window.length < WINDOW) {
    s.window.push(x);
    const d = x - s.mean;
    s.mean += d / s.window.length;
    s.m2 += d * (x - s.mean);
  } else {
    const y = s.window[s.head]!;
    s.window[s.head] = x;
    s.head = (s.head + 1) % WINDOW;
    if (!cooling) {
      feedReference(s, y);
      s.cusum = feedBaseline(s.cusum, y);
    }
    const mean = s.mean + (x - y) / WINDOW;
    s.m2 += (x - y) * (x - mean + y - s.mean);
    s.mean = mean;
  }
  s.m2 = Math.max(0, s.m2);

  const mo = numericMoments(s);
  const tested = detector(s, x, { cooling, lastCooling: prev.cooldown === 1, testable: isTestable(mo.n, mo.nEff), newSitting, at: at ?? null });
  s.cooldown = tested.drift ? DRIFT.cooldown : cooling ? prev.cooldown - 1 : 0;
  if (tested.drift) {
    s.flag = tested.flag;
    // Re-seed: the reference becomes the window's values at unit weight, so μ = m and S = Σ(x − m)².
    s.mu = s.mean;
    s.s = s.m2;
    s.w1 = s.window.length;
    s.w2 = s.window.length;
  }
  return { state: s, drift: tested.drift, z: tested.z };
}

/** One EMA step for a value leaving the window (West's weighted update with decay β on the old weights). */
function feedReference(s: NumericState, y: number): void {
  s.w1 = BETA * s.w1 + 1;
  s.w2 = BETA * BETA * s.w2 + 1;
  const mu = s.mu + (y - s.mu) / s.w1;
  s.s = BETA * s.s + (y - s.mu) * (y - mu);
  s.mu = mu;
}

function isTestable(n: number, nEff: number): boolean {
  return n === WINDOW && nEff >= DRIFT.minReferenceSize;
}

function updateCategorical(prev: CategoricalState, value: number, at: number | undefined): UpdateResult<CategoricalState> {
  const k = prev.counts.length;
  if (!Number.isInteger(value) || value < 0 || value >= k) {
    throw new RangeError(`Category index must be an integer in [0, ${k}), got ${value}.`);
  }
  const s: CategoricalState = { ...prev, window: prev.window.slice(), counts: prev.counts.slice(), ref: prev.ref.slice() };
  if (at !== undefined) s.at = at;
  const cooling = prev.cooldown > 0;
  if (s.window.length < WINDOW) {
    s.window.push(value);
  } else {
    const y = s.window[s.head]!;
    s.window[s.head] = value;
    s.head = (s.head + 1) % WINDOW;
    s.counts[y]! -= 1;
    if (!cooling) {
      for (let i = 0; i < k; i++) s.ref[i]! *= BETA;
      s.ref[y]! += 1;
      s.w1 = BETA * s.w1 + 1;
      s.w2 = BETA * BETA * s.w2 + 1;
    }
  }
  s.counts[value]! += 1;

  const mo = categoricalMoments(s);
  const x2 = !cooling && isTestable(mo.n, mo.mr) ? categoricalTest(mo.p, mo.q, mo.n, mo.mr) : null;
  const clock = stepDrift(prev, x2 === null ? null : x2.exceeded);
  s.run = clock.run;
  s.cooldown = clock.cooldown;
  if (clock.drift) {
    const to = argmax(s.counts);
    s.flag = {
      at: at ?? null,
      statistic: "chi-square",
      direction: null,
      from: argmax(s.ref),
      to,
      value: x2!.x2,
      threshold: chiSquareCritical(DRIFT.pValue, x2!.df),
      signals: s.counts[to]!,
      sittings: null,
    };
    s.ref = s.counts.slice();
    s.w1 = s.window.length;
    s.w2 = s.window.length;
  }
  return { state: s, drift: clock.drift, z: x2 === null ? null : x2.x2 };
}

export function fuse(state: StatState): Fused {
  return state.kind === "numeric" ? fuseNumeric(state) : fuseCategorical(state);
}

function fuseNumeric(s: NumericState): Fused {
  const mo = numericMoments(s);
  const reference = mo.hasReference ? mo.mu : null;
  const base = { kind: "numeric" as const, n: mo.n, reference, enough: mo.n >= MIN_SIGNALS };
  // The reference only fills from a full window, so an empty window also means no reference: midpoint, no weight.
  if (mo.n === 0) return { ...base, estimate: 0.5, confidence: 0, windowMean: null };
  if (!mo.hasReference) return { ...base, estimate: mo.m, confidence: 1 / mo.vWindow, windowMean: mo.m };
  // Inverse-variance fusion where the reference's error also carries the estimated squared bias b̂²: the more
  // the window disagrees beyond noise, the more it is trusted over the (older) reference.
  const bias2 = Math.max(0, (mo.m - mo.mu) ** 2 - mo.vWindow - mo.vReference);
  const w = (mo.vReference + bias2) / (mo.vWindow + mo.vReference + bias2);
  return {
    ...base,
    estimate: w * mo.m + (1 - w) * mo.mu,
    confidence: 1 / (w * w * mo.vWindow + (1 - w) * (1 - w) * mo.vReference),
    windowMean: mo.m,
  };
}

function fuseCategorical(s: CategoricalState): Fused {
  const mo = categoricalMoments(s);
  const estimate = argmax(mo.pi);
  return {
    kind: "categorical",
    estimate,
    confidence: mo.pi[estimate]!,
    n: mo.n,
    windowMean: mo.n > 0 ? argmax(s.counts) : null,
    reference: s.w1 > 0 ? argmax(s.ref) : null,
    enough: mo.n >= MIN_SIGNALS,
  };
}

/** Index of the largest entry; ties go to the lower index (the earlier option in atoms.ts). */
function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}

export type ConfidenceLabel = "not enough signal yet" | "low" | "medium" | "high";

/**
 * Numeric thresholds are on the standard error 1/√confidence: ≤ 0.05 "high", ≤ 0.10 "medium". Ordinal
 * options sit 1/3 apart, so at "high" the snapped option is ~3 standard errors from a boundary when centred;
 * a full window of consistent signals (n = 20, σ ≈ 0.1) reaches "high", five signals reach "medium".
 * Categorical thresholds are on the winning share max π: ≥ 0.75 "high", ≥ 0.5 "medium".
 */
export function confidenceLabel(fused: Fused): ConfidenceLabel {
  if (!fused.enough) return "not enough signal yet";
  if (fused.kind === "categorical") return fused.confidence >= 0.75 ? "high" : fused.confidence >= 0.5 ? "medium" : "low";
  return fused.confidence >= 400 ? "high" : fused.confidence >= 100 ? "medium" : "low";
}
