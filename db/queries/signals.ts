import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { aiResponse, preferenceStat, signal, type SignalRow } from "@/db/schema";
import {
  confidenceLabel,
  fuse,
  initialState,
  readState,
  update,
  type ConfidenceLabel,
} from "@/lib/personality/aggregator";
import {
  CATEGORICAL_ATOMS,
  DIMENSIONS,
  ORDINAL_ATOMS,
  isOrdinal,
  snapOrdinal,
  type CategoricalDim,
  type Dimension,
  type OrdinalDim,
} from "@/lib/personality/atoms";

import { driftSeries, type DriftSeries } from "@/lib/personality/drift-series";
import { env } from "@/lib/env";
import { EVOLUTION_THRESHOLD, type Evidence } from "@/lib/personality/provenance";

type Common = { source: SignalRow["source"]; weight?: number; responseId?: string | null };

/**
 * One signal (DESIGN.md, Signals): an ordinal dimension carries a value in [0, 1], a categorical one a
 * category index; `about_me` and `skip` carry no dimension and only count toward evolution.
 */
export type NewSignal =
  | (Common & { dimension: OrdinalDim; value: number })
  | (Common & { dimension: CategoricalDim; category: number })
  | (Common & { dimension?: undefined });

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
 * sittings (drift.ts, SITTING_GAP_MS) are the same instant.
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
  await tx.insert(signal).values(
    signals.map((s) => ({
      createdAt: at,
      userId,
      source: s.source,
      weight: s.weight ?? 1,
      responseId: s.responseId ?? null,
      dimension: s.dimension ?? null,
      value: "value" in s ? s.value : null,
      category: "category" in s ? s.category : null,
    })),
  );

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
  const where = and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, dim));
  let [row] = await tx.select({ state: preferenceStat.state }).from(preferenceStat).where(where).for("update");
  if (!row) {
    // Two first signals of a dimension may race: whoever inserts second reads (and locks) the winner's row.
    await tx
      .insert(preferenceStat)
      .values({ userId, dimension: dim, state: initialState(dim) as unknown as Record<string, unknown>, n: 0 })
      .onConflictDoNothing();
    [row] = await tx.select({ state: preferenceStat.state }).from(preferenceStat).where(where).for("update");
  }
  let state = readState(row!.state);
  const sittingGapMs = env().DRIFT_SITTING_GAP_SECONDS * 1000;
  let drift = false;
  for (const input of inputs) {
    const result = update(state, { ...input, at }, { sittingGapMs });
    state = result.state;
    drift ||= result.drift;
  }
  const fused = fuse(state);
  await tx
    .update(preferenceStat)
    .set({
      state: state as unknown as Record<string, unknown>,
      estimate: finiteOrNull(fused.estimate),
      confidence: finiteOrNull(fused.confidence),
      n: fused.n,
      dirty: true,
      updatedAt: sql`now()`,
      // drift_detected_at is the sweep's pending mark (it clears it); last_drift_at stays for the history.
      ...(drift ? { driftDetectedAt: sql`now()`, lastDriftAt: sql`now()` } : {}),
    })
    .where(where);
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

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
 * indexed query (the primary key's user_id prefix), at most seven rows, however long the signal log is.
 */
export async function getPreferenceEstimates({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<Partial<Record<Dimension, PreferenceEstimate>>> {
  const rows = await db
    .select({
      dimension: preferenceStat.dimension,
      state: preferenceStat.state,
      n: preferenceStat.n,
      lastDriftAt: preferenceStat.lastDriftAt,
    })
    .from(preferenceStat)
    .where(eq(preferenceStat.userId, userId));
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

/**
 * Thumbs and control adjustments so far, each counted only up to the evolution threshold: the question is
 * only ever "has an onboarding paragraph earned evolution yet?", so the count stops at the bar.
 *
 * A thumb is a reply that carries one (chat, explain, summarize or the live preview), not a signal row: one
 * thumb logs a signal per dimension the reply gives evidence on, and an undone thumb logs its compensation, so
 * counting rows would reach "30 thumbs" after five. An undone thumb no longer counts.
 */
export async function countEvidence({ db, userId }: { db: Executor; userId: string }): Promise<Evidence> {
  const count = async (hits: SQL) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sql`(${hits}) as hits`);
    return row?.n ?? 0;
  };
  const [thumbs, adjustments] = await Promise.all([
    count(sql`select 1 from ${aiResponse} where ${aiResponse.userId} = ${userId} and ${aiResponse.thumb} is not null
      limit ${EVOLUTION_THRESHOLD.thumbs}`),
    count(sql`select 1 from ${signal} where ${signal.userId} = ${userId} and ${signal.source} = 'nudge'
      limit ${EVOLUTION_THRESHOLD.adjustments}`),
  ]);
  return { thumbs, adjustments };
}
