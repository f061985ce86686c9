/**
 * L4 drift statistics (docs/design.md, "L4 — Drift detector"; docs/drift-and-evolution.md, "The detector").
 * They run inside the O(1) aggregator update (aggregator.ts), which owns the state and the re-seed. The numeric
 * test, a sitting-capped CUSUM, is cusum.ts; this module holds the shared constants, the categorical X² with
 * bucket merging, its run/cooldown machine, and the chi-square distribution it needs.
 */

export const DRIFT = {
  /** Categorical: consecutive exceeding signals before drift. */
  runLength: 3,
  /** Signals without testing after a drift; equal to W so the window fully turns over before the next test. */
  cooldown: 20,
  /** Smallest reference effective size (n_eff = W₁²/W₂) worth testing against. */
  minReferenceSize: 10,
  /** The two-sided 3σ normal tail, so the categorical test spends the same false-alarm budget as |z| > 3. */
  pValue: 0.0027,
  minTotalVariation: 0.25,
  /** Cochran's rule: every expected cell count of the 2×K table at least 5, else merge. */
  minExpected: 5,
} as const;

/** A sitting is a run of signals with no gap longer than this (one conversation, one visit to the page). */
export const SITTING_GAP_MS = 30 * 60 * 1000;

export type DriftClock = { run: number; cooldown: number };

/**
 * One categorical signal through the run/cooldown machine. `exceeded` is null when the statistic was not tested
 * (window not full, reference too small); an untested signal neither extends nor breaks the run.
 */
export function stepDrift(clock: DriftClock, exceeded: boolean | null): DriftClock & { drift: boolean } {
  if (clock.cooldown > 0) return { run: 0, cooldown: clock.cooldown - 1, drift: false };
  if (exceeded === null) return { run: clock.run, cooldown: 0, drift: false };
  if (!exceeded) return { run: 0, cooldown: 0, drift: false };
  const run = clock.run + 1;
  return run >= DRIFT.runLength ? { run: 0, cooldown: DRIFT.cooldown, drift: true } : { run, cooldown: 0, drift: false };
}

export type CategoricalTest = { x2: number; df: number; tv: number; exceeded: boolean };

/**
 * Pearson X² of the 2×K table (window proportions p over n, reference proportions q over m_r):
 * X² = (n·m_r/(n + m_r))·Σ_b (P_b − Q_b)²/π̄_b over merged buckets b, π̄ the pooled proportion.
 * Categories whose smaller expected count min(n, m_r)·π̄ₖ is below 5 go into one "other" bucket; if that bucket
 * is itself below 5 it joins the smallest regular bucket. Empty categories (π̄ = 0) carry no information and
 * form no bucket. The total-variation distance is taken over the unmerged categories.
 */
export function categoricalTest(p: readonly number[], q: readonly number[], n: number, mr: number): CategoricalTest {
  const pooled = p.map((pk, k) => (n * pk + mr * q[k]!) / (n + mr));
  let tv = 0;
  for (let k = 0; k < p.length; k++) tv += Math.abs(p[k]! - q[k]!);
  tv /= 2;

  const smaller = Math.min(n, mr);
  const buckets: number[][] = [];
  const other: number[] = [];
  pooled.forEach((pk, k) => {
    if (pk <= 0) return;
    if (smaller * pk < DRIFT.minExpected) other.push(k);
    else buckets.push([k]);
  });
  const mass = (b: readonly number[]) => b.reduce((sum, k) => sum + pooled[k]!, 0);
  if (other.length > 0) {
    if (smaller * mass(other) >= DRIFT.minExpected || buckets.length === 0) buckets.push(other);
    else {
      const smallest = buckets.reduce((best, b) => (mass(b) < mass(best) ? b : best));
      smallest.push(...other);
    }
  }

  let sum = 0;
  for (const b of buckets) {
    const diff = b.reduce((d, k) => d + p[k]! - q[k]!, 0);
    sum += (diff * diff) / mass(b);
  }
  const x2 = ((n * mr) / (n + mr)) * sum;
  const df = buckets.length - 1;
  const exceeded = df >= 1 && x2 > chiSquareCritical(DRIFT.pValue, df) && tv >= DRIFT.minTotalVariation;
  return { x2, df, tv, exceeded };
}

// ---- chi-square distribution via the regularized incomplete gamma function (Numerical Recipes §6.2) ----

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; ~15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;

/** Series for P(a, x); converges fast for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let i = 0; i < MAX_ITER && Math.abs(del) > Math.abs(sum) * EPS; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

/** Continued fraction for Q(a, x) (modified Lentz); converges fast for x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly so small tails keep precision. */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/** P(X > x) for X ~ χ²_df. */
export function chiSquareSurvival(x: number, df: number): number {
  return regularizedGammaQ(df / 2, x / 2);
}

/** P(X ≤ x) for X ~ χ²_df. */
export function chiSquareCdf(x: number, df: number): number {
  return regularizedGammaP(df / 2, x / 2);
}

/** Bisection for a decreasing function: the x ≥ 0 where f(x) = target. */
function solveDecreasing(f: (x: number) => number, target: number, scale: number): number {
  let lo = 0;
  let hi = Math.max(1, scale);
  while (f(hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The x with P(X ≤ x) = prob for X ~ χ²_df, 0 < prob < 1. */
export function chiSquareQuantile(prob: number, df: number): number {
  if (!(prob > 0 && prob < 1) || !(df > 0)) throw new RangeError(`chiSquareQuantile(${prob}, ${df})`);
  // Solve on the tail that is the smaller number, where it is represented exactly.
  return prob > 0.5
    ? solveDecreasing((x) => chiSquareSurvival(x, df), 1 - prob, df)
    : solveDecreasing((x) => -chiSquareCdf(x, df), -prob, df);
}

const criticalCache = new Map<string, number>();

/** The critical value x with P(X > x) = alpha for X ~ χ²_df (memoized: the update calls it per signal). */
export function chiSquareCritical(alpha: number, df: number): number {
  const key = `${alpha}:${df}`;
  let x = criticalCache.get(key);
  if (x === undefined) {
    if (!(alpha > 0 && alpha < 1) || !(df > 0)) throw new RangeError(`chiSquareCritical(${alpha}, ${df})`);
    x = solveDecreasing((v) => chiSquareSurvival(v, df), alpha, df);
    criticalCache.set(key, x);
  }
  return x;
}
