/**
 * Small statistics for the benchmarks: percentiles, ratios, interleaved timing, and the formatting the table
 * uses. Absolute times on shared 2-core machines are noisy, so every figure is compared with a baseline taken
 * in the same run, and timed arms are interleaved in blocks so a burst of load from elsewhere hits both.
 */
import { performance } from "node:perf_hooks";

export type Summary = { n: number; p50: number; p99: number; mean: number; min: number; max: number };

/** Nearest-rank percentile of an ascending array (p in [0, 100]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : NaN,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

export function median(xs: readonly number[]): number {
  return percentile([...xs].sort((a, b) => a - b), 50);
}

/** Least-squares slope of y over x (units of y per unit of x); 0 with fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export type Arms = Record<string, (i: number) => Promise<unknown>>;

/**
 * Runs every arm `iterations` times, alternating blocks of `block` calls (A×block, B×block, A×block, …) after
 * `warmup` untimed calls of each, and returns each arm's durations in ms. `i` counts the arm's own calls.
 */
export async function interleave(
  arms: Arms,
  { iterations, block = 50, warmup = 0 }: { iterations: number; block?: number; warmup?: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(arms);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const calls: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (const name of names) for (let w = 0; w < warmup; w++) await arms[name]!(calls[name]!++);
  while (names.some((n) => out[n]!.length < iterations)) {
    for (const name of names) {
      const samples = out[name]!;
      const count = Math.min(block, iterations - samples.length);
      for (let k = 0; k < count; k++) {
        const t0 = performance.now();
        await arms[name]!(calls[name]!++);
        samples.push(performance.now() - t0);
      }
    }
  }
  return out;
}

/** Milliseconds in the unit that reads best: µs below 1 ms, s from 10 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds every number of a summary, for JSON that stays readable. */
export function rounded(s: Summary, digits = 3): Summary {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, digits)])) as Summary;
}
