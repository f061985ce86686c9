/**
 * What the per-dimension drift chart draws, read from the aggregator's O(1) state alone (no scan of the log):
 * the window's values in arrival order, the short-window mean, the long-run reference, and the signal on which
 * the detector last fired while that signal is still in the window.
 */
import { WINDOW, fuse, type DriftFlag, type StatState } from "./aggregator";
import { DRIFT } from "./drift";

export type DriftSeries = {
  kind: StatState["kind"];
  /** The window, oldest first: ordinal values in [0, 1], or category indexes. */
  values: number[];
  /** Numeric: m. Categorical: the window's most frequent category. */
  windowMean: number | null;
  /** Numeric: μ. Categorical: the reference's most weighted category. Null before any value left the window. */
  reference: number | null;
  /** Index in `values` of the signal that fired drift; null when none fired within the window. */
  driftIndex: number | null;
  /** What the last drift moved (kept after the window turned over); null before any drift was recorded. */
  flag: DriftFlag | null;
};

/** The ring buffer unrolled: once full, `head` indexes the oldest value. */
export function windowInOrder(state: StatState): number[] {
  const w = state.window;
  return w.length < WINDOW ? w.slice() : [...w.slice(state.head), ...w.slice(0, state.head)];
}

/**
 * The detector sets `cooldown = DRIFT.cooldown` on the signal that fires and takes one off per later signal,
 * so `DRIFT.cooldown − cooldown` signals arrived since; the cooldown equals the window size, so the firing
 * signal is in the window exactly while the cooldown runs.
 */
export function driftSeries(state: StatState): DriftSeries {
  const values = windowInOrder(state);
  const fused = fuse(state);
  const since = state.cooldown > 0 ? DRIFT.cooldown - state.cooldown : null;
  const driftIndex = since !== null && since < values.length ? values.length - 1 - since : null;
  return { kind: state.kind, values, windowMean: fused.windowMean, reference: fused.reference, driftIndex, flag: state.flag ?? null };
}
