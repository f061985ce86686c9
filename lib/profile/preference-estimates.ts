import "server-only";
import type { Executor } from "@/db/client";
import { listPreferenceStats, type StatForEstimate } from "@/db/queries/signals";
import { confidenceLabel, fuse, readState, type ConfidenceLabel } from "@/lib/personality/aggregator";
import { CATEGORICAL_ATOMS, DIMENSIONS, ORDINAL_ATOMS, isOrdinal, snapOrdinal, type Dimension } from "@/lib/personality/atoms";
import { driftSeries, type DriftSeries } from "@/lib/personality/drift-series";

export type PreferenceEstimate = {
  dimension: Dimension;
  /** The option the recent feedback points to (ordinal: the nearest option to the fused value). */
  option: string;
  label: ConfidenceLabel;
  n: number;
  /** The fused value (ordinal in [0, 1], categorical: the argmax index) and its confidence (see aggregator.ts). */
  estimate: number;
  confidence: number;
  enough: boolean;
  /** What the drift chart draws, from the same row. */
  series: DriftSeries;
  /** When drift last fired on this dimension (ISO), kept after the sweep has handled it. */
  lastDriftAt: string | null;
};

/**
 * What the recent feedback leans toward, per dimension that has any, with what the drift chart needs: one
 * indexed query, at most seven rows, however long the signal log is.
 */
export async function getPreferenceEstimates({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<Partial<Record<Dimension, PreferenceEstimate>>> {
  return estimatesOf(await listPreferenceStats({ db, userId }));
}

/** The estimates from the user's stat rows (pure: the Profile Maker's view reads the rows in its own statement). */
export function estimatesOf(rows: StatForEstimate[]): Partial<Record<Dimension, PreferenceEstimate>> {
  const out: Partial<Record<Dimension, PreferenceEstimate>> = {};
  for (const row of rows) {
    if (!(DIMENSIONS as readonly string[]).includes(row.dimension) || row.n === 0) continue;
    const dim = row.dimension as Dimension;
    const state = readState(row.state);
    const fused = fuse(state);
    const option = isOrdinal(dim)
      ? ORDINAL_ATOMS[dim][snapOrdinal(dim, fused.estimate)]!
      : CATEGORICAL_ATOMS[dim][fused.estimate]!;
    out[dim] = {
      dimension: dim,
      option,
      label: confidenceLabel(fused),
      n: fused.n,
      estimate: fused.estimate,
      confidence: fused.confidence,
      enough: fused.enough,
      series: driftSeries(state),
      lastDriftAt: row.lastDriftAt ? row.lastDriftAt.toISOString() : null,
    };
  }
  return out;
}
