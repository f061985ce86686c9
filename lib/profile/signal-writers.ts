import "server-only";
import type { Tx } from "@/db/client";
import { insertSignals, lockPreferenceStat, writePreferenceStat, type NewSignal } from "@/db/queries/signals";
import { initialState, type SignalInput, type StatState } from "@/lib/personality/aggregator";
import type { Dimension } from "@/lib/personality/atoms";
import { aggregatorInputs, foldInputs } from "@/lib/personality/stat-plan";
import { signalClock } from "./signal-clock";

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

  // A fixed lock order (sorted by dimension, as lib/personality/stat-plan.ts plans it for the one-statement
  // writers) so two transactions touching the same dimensions cannot deadlock.
  const inputs = aggregatorInputs(signals);
  for (const dim of [...inputs.keys()].sort()) await updateStat({ tx, userId, dim, inputs: inputs.get(dim)!, at });
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
  inputs: SignalInput[];
  at: Date;
}): Promise<void> {
  const current = (await lockPreferenceStat({ tx, userId, dimension: dim, initial: initialState(dim) })) as StatState;
  const next = foldInputs(dim, current, inputs, signalClock(at));
  await writePreferenceStat({
    tx,
    userId,
    dimension: dim,
    state: next.state,
    estimate: next.estimate ?? Number.NaN,
    confidence: next.confidence ?? Number.NaN,
    n: next.n,
    drift: next.drift,
  });
}
