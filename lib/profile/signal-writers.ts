import "server-only";
import type { Tx } from "@/db/client";
import { insertSignals, lockPreferenceStat, writePreferenceStat, type NewSignal } from "@/db/queries/signals";
import { fuse, initialState, readState, update } from "@/lib/personality/aggregator";
import { DIMENSIONS, type Dimension } from "@/lib/personality/atoms";
import { env } from "@/lib/env";

export type { NewSignal };

/**
 * Appends signals and updates the L3 state of each dimension they touch, inside the caller's transaction.
 * O(1) per signal: one row lock and one write per dimension, never a scan of the log.
 *
 * A negative weight is a compensation (an undone thumb, weight −1): it goes into the log, which then nets to
 * zero for that response, but NOT into the aggregator. The window cannot unlearn a value in O(1) without keeping
 * the log, and the value it would remove may already have left the window; the undone thumb simply ages out of
 * the 20-signal window like any other. Weight 0 is "no evidence" and is logged the same way.
 *
 * `at` is when the signals happened (default: now): the log row's time and the aggregator's clock for
 * sittings (lib/personality/drift.ts, SITTING_GAP_MS; DRIFT_SITTING_GAP_SECONDS) are the same instant.
 */
export async function appendSignals({
  tx,
  userId,
  signals,
  at = new Date(),
}: {
  tx: Tx;
  userId: string;
  signals: NewSignal[];
  at?: Date;
}): Promise<void> {
  if (signals.length === 0) return;
  await insertSignals({ tx, userId, signals, at });

  const byDimension = new Map<Dimension, { value: number; weight?: number }[]>();
  for (const s of signals) {
    if (!s.dimension) continue;
    const value = "value" in s ? s.value : "category" in s ? s.category : null;
    if (value === null || !((s.weight ?? 1) > 0)) continue;
    const list = byDimension.get(s.dimension) ?? [];
    list.push({ value, weight: s.weight });
    byDimension.set(s.dimension, list);
  }
  // A fixed lock order (the display order) so two transactions touching the same dimensions cannot deadlock.
  for (const dim of DIMENSIONS) {
    const inputs = byDimension.get(dim);
    if (inputs) await updateStat({ tx, userId, dim, inputs, at: at.getTime() });
  }
}

async function updateStat({
  tx,
  userId,
  dim,
  inputs,
  at,
}: {
  tx: Tx;
  userId: string;
  dim: Dimension;
  inputs: { value: number; weight?: number }[];
  at: number;
}): Promise<void> {
  // Rows written before the CUSUM detector are upgraded on read (aggregator.ts, readState).
  let state = readState(await lockPreferenceStat({ tx, userId, dimension: dim, initial: initialState(dim) }));
  const sittingGapMs = env().DRIFT_SITTING_GAP_SECONDS * 1000;
  let drift = false;
  for (const input of inputs) {
    const result = update(state, { ...input, at }, { sittingGapMs });
    state = result.state;
    drift ||= result.drift;
  }
  const fused = fuse(state);
  await writePreferenceStat({
    tx,
    userId,
    dimension: dim,
    state,
    estimate: fused.estimate,
    confidence: fused.confidence,
    n: fused.n,
    drift,
  });
}
