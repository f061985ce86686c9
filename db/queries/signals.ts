import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { aiResponse, driftMark, preferenceStat, signal, type PreferenceStatRow, type SignalRow } from "@/db/schema";
import type { CategoricalDim, Dimension, OrdinalDim } from "@/lib/personality/atoms";
import { EVOLUTION_THRESHOLD, type Evidence } from "@/lib/personality/provenance";

type Common = { source: SignalRow["source"]; weight?: number; responseId?: string | null };

/**
 * One signal (docs/design.md, Signals): an ordinal dimension carries a value in [0, 1], a categorical one a
 * category index; `about_me` and `skip` carry no dimension and only count toward evolution.
 */
export type NewSignal =
  | (Common & { dimension: OrdinalDim; value: number })
  | (Common & { dimension: CategoricalDim; category: number })
  | (Common & { dimension?: undefined });

/** A signal's columns (without the user), as both the insert here and a write plan's batch store them. */
export function signalRow(s: NewSignal) {
  return {
    source: s.source,
    weight: s.weight ?? 1,
    responseId: s.responseId ?? null,
    dimension: s.dimension ?? null,
    value: "value" in s ? s.value : null,
    category: "category" in s ? s.category : null,
  };
}

/** Appends signals to the log (append-only), inside the caller's transaction. */
export async function insertSignals({
  tx,
  userId,
  signals,
  at,
}: {
  tx: Tx;
  userId: string;
  signals: NewSignal[];
  /** The log row's time, the instant the aggregator was given (default: the database's now()). */
  at?: Date;
}): Promise<void> {
  if (signals.length === 0) return;
  await tx.insert(signal).values(signals.map((s) => ({ userId, ...signalRow(s), ...(at ? { createdAt: at } : {}) })));
}

/**
 * Locks the user's stat row of one dimension (creating it with `initial` when it does not exist yet) and
 * returns its L3 state as stored (JSON).
 */
export async function lockPreferenceStat({
  tx,
  userId,
  dimension,
  initial,
}: {
  tx: Tx;
  userId: string;
  dimension: Dimension;
  initial: unknown;
}): Promise<unknown> {
  const where = and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, dimension));
  let [row] = await tx.select({ state: preferenceStat.state }).from(preferenceStat).where(where).for("update");
  if (!row) {
    // Two first signals of a dimension may race: whoever inserts second reads (and locks) the winner's row.
    await tx
      .insert(preferenceStat)
      .values({ userId, dimension, state: initial as Record<string, unknown>, n: 0 })
      .onConflictDoNothing();
    [row] = await tx.select({ state: preferenceStat.state }).from(preferenceStat).where(where).for("update");
  }
  return row!.state;
}

/** Writes a locked stat row's new state and fused values; `drift` also leaves the sweep's pending mark. */
export async function writePreferenceStat({
  tx,
  userId,
  dimension,
  state,
  estimate,
  confidence,
  n,
  drift,
}: {
  tx: Tx;
  userId: string;
  dimension: Dimension;
  state: unknown;
  estimate: number;
  confidence: number;
  n: number;
  drift: boolean;
}): Promise<void> {
  await tx
    .update(preferenceStat)
    .set({
      state: state as Record<string, unknown>,
      estimate: finiteOrNull(estimate),
      confidence: finiteOrNull(confidence),
      n,
      updatedAt: sql`now()`,
      // last_drift_at stays for the history; the pending mark is a drift_mark row, which the sweep deletes.
      ...(drift ? { lastDriftAt: sql`now()` } : {}),
    })
    .where(and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, dimension)));
  if (drift) {
    await tx
      .insert(driftMark)
      .values({ userId, dimension })
      .onConflictDoUpdate({ target: [driftMark.userId, driftMark.dimension], set: { firedAt: sql`now()` } });
  }
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export type StatForEstimate = Pick<PreferenceStatRow, "dimension" | "state" | "n" | "lastDriftAt">;

/** The user's stat rows: one indexed query (the primary key's user_id prefix), at most seven rows. */
export async function listPreferenceStats({ db, userId }: { db: Executor; userId: string }): Promise<StatForEstimate[]> {
  return db
    .select({
      dimension: preferenceStat.dimension,
      state: preferenceStat.state,
      n: preferenceStat.n,
      lastDriftAt: preferenceStat.lastDriftAt,
    })
    .from(preferenceStat)
    .where(eq(preferenceStat.userId, userId));
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
