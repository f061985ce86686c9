/**
 * The L3 half of a write plan, pure: which stat rows a batch of signals changes and what they become. The
 * writer reads the current states in its one snapshot, this computes the new ones, and the write applies
 * them with a compare-and-set on the state it read (db/queries/write-plan.ts).
 */
import { fuse, initialState, readState, update, type SignalInput, type StatState } from "./aggregator";
import type { Dimension } from "./atoms";

/** What a signal carries for the aggregator: an ordinal value or a category index, and its weight. */
export type AggregatorSignal = { dimension?: Dimension; value?: number; category?: number; weight?: number };

export type StatWrite = {
  dimension: Dimension;
  /** The state read in the snapshot (null: no row yet); the write only lands if it is still the stored one. */
  expected: StatState | null;
  state: StatState;
  estimate: number | null;
  confidence: number | null;
  n: number;
  drift: boolean;
};

/**
 * The aggregator's inputs per dimension. A compensation (weight −1) or weight 0 is logged but never fed to the
 * aggregator (see appendSignals in db/queries/signals.ts for why).
 */
export function aggregatorInputs(signals: readonly AggregatorSignal[]): Map<Dimension, SignalInput[]> {
  const byDimension = new Map<Dimension, SignalInput[]>();
  for (const s of signals) {
    if (!s.dimension) continue;
    const value = s.value ?? s.category ?? null;
    if (value === null || !((s.weight ?? 1) > 0)) continue;
    const list = byDimension.get(s.dimension) ?? [];
    list.push({ value, weight: s.weight });
    byDimension.set(s.dimension, list);
  }
  return byDimension;
}

/**
 * When the batch happened and the sitting gap in force (docs/drift-and-evolution.md, "The detector"): every
 * signal of one write is one instant, so one sitting.
 */
export type SignalClock = { at: number; sittingGapMs: number };

/**
 * Folds a dimension's inputs into its state, as the aggregator does one signal at a time. A state written before
 * the CUSUM detector is upgraded on read; `expected` stays the state as read, for the compare-and-set.
 */
export function foldInputs(
  dimension: Dimension,
  current: StatState | null,
  inputs: readonly SignalInput[],
  clock?: SignalClock,
): StatWrite {
  let state = current ? readState(current) : initialState(dimension);
  let drift = false;
  for (const input of inputs) {
    const result = update(state, clock ? { ...input, at: clock.at } : input, { sittingGapMs: clock?.sittingGapMs });
    state = result.state;
    drift ||= result.drift;
  }
  const fused = fuse(state);
  return {
    dimension,
    expected: current,
    state,
    estimate: finiteOrNull(fused.estimate),
    confidence: finiteOrNull(fused.confidence),
    n: fused.n,
    drift,
  };
}

/**
 * Every stat row a batch of signals changes, in the fixed lock order (sorted by dimension) that every writer of
 * stat rows uses, so two writers touching the same dimensions cannot deadlock.
 */
export function planStats(
  current: ReadonlyMap<Dimension, StatState>,
  signals: readonly AggregatorSignal[],
  clock?: SignalClock,
): StatWrite[] {
  const inputs = aggregatorInputs(signals);
  return [...inputs.keys()].sort().map((dim) => foldInputs(dim, current.get(dim) ?? null, inputs.get(dim)!, clock));
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
