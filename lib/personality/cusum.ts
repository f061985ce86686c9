/**
 * The numeric drift test (issue 14; docs/drift-and-evolution.md, "The numeric detector"): a two-sided CUSUM of
 * robustly standardized residuals against a long-memory baseline, with evidence capped per sitting so that one
 * sitting, however extreme, is never drift by itself, while a shift kept up over sittings is. O(1) per signal;
 * its state is the fixed-size `cusum` record inside the aggregator's NumericState.
 */
import type { DriftFlag, NumericDetector, NumericState } from "./aggregator";

/**
 * Page's CUSUM (1954) of r = clip((x − μ̂)/σ̂, ±clip), μ̂ and σ̂ from the baseline (values older than the window):
 * S⁺ ← max(0, S⁺ + r − k), S⁻ ← max(0, S⁻ − r − k); drift when either reaches h. Within one sitting a side
 * rises at most `sittingCap` above where the sitting found it, and extreme residuals add at most an allowance of
 * that. Constants were chosen on the seeded simulations (simulate.ts, bench #7; docs/drift-and-evolution.md).
 */
export const CUSUM = {
  /** Allowance in σ̂ units: half the smallest shift worth catching quickly (0.5σ). */
  k: 0.25,
  threshold: 11.5,
  clip: 2,
  /** One sitting moves a side by at most h/2 in all… */
  sittingCap: 5.75,
  /**
   * …and through extreme residuals (|r| = clip) by at most `firstExtremeCap`, or `extremeCap` when the sitting
   * before also used up its extreme allowance on that side: 2.6 + 4.5 + 4.5 ≥ h, so three extreme sittings in a
   * row are drift, while one burst leaves h − 2.6 for ordinary noise to make up.
   */
  extremeCap: 4.5,
  firstExtremeCap: 2.6,
  /** σ̂ ≥ this (on the [0, 1] scale): a user who always gave the same option has no noise to standardize by. */
  scaleFloor: 0.05,
  /** Values in the baseline before the CUSUM tests against it: a young μ̂ is biased for the whole run. */
  minReferenceSize: 30,
  /** The baseline weighs a value by 1/min(n, 400): n_eff up to ~800 (EW), so μ̂'s error is ≲ 0.05σ. */
  baselineMemory: 400,
  /** Values fed to the baseline are winsorized at μ̂ ± 3σ̂. */
  winsor: 3,
} as const;

/** The aggregator's variance prior (PRIOR_VARIANCE, PRIOR_DF; a test keeps them equal). */
export const BASELINE_PRIOR = { variance: 0.05, df: 2 } as const;

/** σ̂² of the baseline, shrunk toward the aggregator's variance prior like the window's s². */
export function baselineVariance(c: Cusum): number {
  return (BASELINE_PRIOR.df * BASELINE_PRIOR.variance + c.n * c.variance) / (BASELINE_PRIOR.df + Math.max(0, c.n - 1));
}

/** One value leaving the window into the baseline. */
export function feedBaseline(c: Cusum, raw: number): Cusum {
  const n = Math.min(c.n + 1, CUSUM.baselineMemory);
  let y = raw;
  if (c.n >= CUSUM.minReferenceSize) {
    const band = CUSUM.winsor * Math.max(Math.sqrt(baselineVariance(c)), CUSUM.scaleFloor);
    y = Math.max(c.mu - band, Math.min(c.mu + band, raw));
  }
  const a = 1 / n;
  const d = y - c.mu;
  return { ...c, n, mu: c.mu + a * d, variance: (1 - a) * (c.variance + a * d * d) };
}

/** After a drift the baseline restarts from the window, as the reference does. */
export function seedBaseline(values: readonly number[]): Cusum {
  const n = values.length;
  const mu = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mu) ** 2, 0) / n;
  return { ...ZERO_CUSUM, n, mu, variance };
}

export type Cusum = {
  /**
   * The CUSUM's own baseline: a long-memory mean and variance of the values older than the window (weight
   * 1/min(n, baselineMemory), so cumulative at first, then exponential), winsorized at ±winsor·σ̂ so a burst
   * that leaves the window moves it little. Slower than the fused reference (n_eff ≈ 99), whose per-user bias
   * would otherwise act as a standing shift.
   */
  n: number;
  mu: number;
  variance: number;
  up: number;
  down: number;
  /** Each side's value when the current sitting began: the cap is measured from there. */
  upStart: number;
  downStart: number;
  /** Signals and sittings since each side last stood at 0: the evidence that carries it. */
  upSignals: number;
  downSignals: number;
  upSittings: number;
  downSittings: number;
  /** What extreme (clipped) residuals have added to each side in the current sitting. */
  upExtreme: number;
  downExtreme: number;
  /** Sittings in a row, just before this one, that used up their extreme allowance on that side. */
  upRun: number;
  downRun: number;
};

export const ZERO_CUSUM: Cusum = { n: 0, mu: 0, variance: 0, up: 0, down: 0, upStart: 0, downStart: 0, upSignals: 0, downSignals: 0, upSittings: 0, downSittings: 0, upExtreme: 0, downExtreme: 0, upRun: 0, downRun: 0 };

/** The residual the CUSUM adds: standardized by the reference's σ̂ (floored), clipped so no single signal dominates. */
export function cusumResidual(x: number, mu: number, variance: number): number {
  const sd = Math.max(Math.sqrt(variance), CUSUM.scaleFloor);
  return Math.max(-CUSUM.clip, Math.min(CUSUM.clip, (x - mu) / sd));
}

/** A new sitting starts: the cap is measured from where each side stands now. */
export function startSitting(c: Cusum): Cusum {
  const run = (used: number, runBefore: number) => (used >= allowance(runBefore) - 1e-9 ? runBefore + 1 : 0);
  return {
    ...c,
    upStart: c.up,
    downStart: c.down,
    upRun: run(c.upExtreme, c.upRun),
    downRun: run(c.downExtreme, c.downRun),
    upExtreme: 0,
    downExtreme: 0,
  };
}

/** A first extreme sitting may add `firstExtremeCap`; one that follows an extreme sitting, `extremeCap`. */
function allowance(run: number): number {
  return run === 0 ? CUSUM.firstExtremeCap : CUSUM.extremeCap;
}

export type CusumStep = Cusum & { fired: "up" | "down" | null };

/** One tested residual. `newSitting`: this signal opened a sitting the carriers had not seen yet. */
export function stepCusum(c: Cusum, r: number, newSitting: boolean): CusumStep {
  // An extreme residual (at the clip) adds at most what is left of the sitting's extreme allowance.
  const extreme = Math.abs(r) >= CUSUM.clip;
  const side = (value: number, start: number, used: number, run: number, x: number) => {
    let gain = x - CUSUM.k;
    if (extreme && gain > 0) gain = Math.min(gain, Math.max(0, allowance(run) - used));
    const next = Math.min(Math.max(0, value + gain), start + CUSUM.sittingCap);
    return { next, used: extreme ? used + Math.max(0, next - value) : used };
  };
  const u = side(c.up, c.upStart, c.upExtreme, c.upRun, r);
  const d = side(c.down, c.downStart, c.downExtreme, c.downRun, -r);
  const up = u.next;
  const down = d.next;
  const carry = (was: number, now: number, signals: number, sittings: number) =>
    now <= 0 ? [0, 0] : was <= 0 ? [1, 1] : [signals + 1, sittings + (newSitting ? 1 : 0)];
  const [upSignals, upSittings] = carry(c.up, up, c.upSignals, c.upSittings);
  const [downSignals, downSittings] = carry(c.down, down, c.downSignals, c.downSittings);
  const next = { ...c, up, down, upExtreme: u.used, downExtreme: d.used, upSignals: upSignals!, downSignals: downSignals!, upSittings: upSittings!, downSittings: downSittings! };
  const fired = up >= CUSUM.threshold ? "up" : down >= CUSUM.threshold ? "down" : null;
  return { ...next, fired };
}

/** Mean of the newest `count` values in the window (all of it when count ≥ its length): where the carriers sit. */
function recentMean(s: NumericState, count: number): number {
  const n = s.window.length;
  const take = Math.max(1, Math.min(count, n));
  // Once full, `head` indexes the oldest value, so the newest is just before it; before that head is 0 and the
  // newest is the last: the same formula.
  const newest = (s.head + n - 1) % n;
  let sum = 0;
  for (let i = 0; i < take; i++) sum += s.window[(newest - i + n) % n]!;
  return sum / take;
}

/** The production numeric test, plugged into the aggregator's update. */
export const cusumDetector: NumericDetector = (s, x, { cooling, lastCooling, testable, newSitting, at }) => {
  if (newSitting) s.cusum = startSitting(s.cusum);
  // During the cooldown the CUSUM runs on against the baseline seeded at the drift, without firing. On the
  // last cooling signal it either fires (the level moved on from the drift's window: a change just after a
  // false alarm, or a change caught early while the window was still mixed) or restarts the baseline from the
  // window, which now holds only signals after the drift.
  if (!testable || (!cooling && s.cusum.n < CUSUM.minReferenceSize)) return { drift: false, z: null, flag: null };
  const { fired, ...cusum } = stepCusum(s.cusum, cusumResidual(x, s.cusum.mu, baselineVariance(s.cusum)), newSitting);
  s.cusum = cusum;
  if (cooling && !lastCooling) return { drift: false, z: null, flag: null };
  if (fired === null) {
    if (lastCooling) s.cusum = seedBaseline(s.window);
    return { drift: false, z: cooling ? null : Math.max(cusum.up, cusum.down), flag: null };
  }
  const up = fired === "up";
  const flag: DriftFlag = {
    at,
    statistic: "cusum",
    direction: fired,
    from: cusum.mu,
    to: recentMean(s, up ? cusum.upSignals : cusum.downSignals),
    value: up ? cusum.up : cusum.down,
    threshold: CUSUM.threshold,
    signals: up ? cusum.upSignals : cusum.downSignals,
    sittings: up ? cusum.upSittings : cusum.downSittings,
  };
  s.cusum = seedBaseline(s.window);
  return { drift: true, z: flag.value, flag };
};

