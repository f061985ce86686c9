/** What every benchmark gets from bench/run.ts, and what it exports. */
import type { DriverName, Outcome } from "./report";

export type BenchContext = {
  driver: DriverName;
  /** BENCH_SCALE: 1 is the sizes; 0.05 while developing. */
  scale: number;
  log: (message: string) => void;
};

export type Bench = {
  name: string;
  /** The row. */
  id: string;
  /** false: runs once, with no database (detection quality). */
  perDriver: boolean;
  run: (ctx: BenchContext) => Promise<Outcome>;
};

/** `n` at the run's scale, never below `min`. */
export function scaled(ctx: Pick<BenchContext, "scale">, n: number, min = 1): number {
  return Math.max(min, Math.round(n * ctx.scale));
}

/** A note for targets that are only meaningful at the sizes. */
export function atScale(ctx: Pick<BenchContext, "scale">, target: string): string {
  return ctx.scale === 1 ? target : `${target} (at scale 1)`;
}
