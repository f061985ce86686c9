/**
 * What follows a drift flag (docs/design.md, L4 → L2), as pure functions: where the drifting atoms move (the fused
 * estimate snapped to the nearest option, argmax for categoricals), the reason the history records, and the one
 * sentence a pinned paragraph is offered instead of a rewrite. The database side is lib/profile/evolution-writers.ts.
 */
import { amendmentForChange, MAX_AMENDMENT_CHARS } from "./amendments";
import {
  CATEGORICAL_ATOMS,
  DIMENSIONS,
  DIMENSION_LABELS,
  isOrdinal,
  snapOrdinal,
  type AtomChange,
  type Atoms,
  type Dimension,
} from "./atoms";
import { phrasesFor } from "./verbalizer/phrases";

/** What L3 says about one dimension: the fused value (ordinal in [0, 1], categorical: the argmax index). */
export type Reading = { estimate: number; confidence: number; enough: boolean };

/** One drifting atom: where it is, where the user's feedback puts it, and how sure L3 is. */
export type DriftMove = AtomChange & { from: Atoms[Dimension]; estimate: number; confidence: number };

export const DRIFT_REASON_PREFIX = "drift: ";

/** Drifting dimensions as stored (`stale_dims`, any order, maybe unknown names) → known ones, display order. */
export function driftingDims(stored: readonly string[]): Dimension[] {
  return DIMENSIONS.filter((d) => stored.includes(d));
}

/** The option an estimate points to: nearest ordinal option, or the categorical argmax. */
export function snappedValue(dim: Dimension, estimate: number): Atoms[Dimension] {
  if (isOrdinal(dim)) return snapOrdinal(dim, estimate);
  return CATEGORICAL_ATOMS[dim][Math.round(estimate)] ?? CATEGORICAL_ATOMS[dim][0];
}

/**
 * Where each drifting dimension goes. A dimension without enough signal (which a fired detector cannot have:
 * the test needs a full window) is left out rather than guessed. Moves whose option equals the atom are kept,
 * with from === value, so callers can tell "drift confirmed the current setting" from "nothing known".
 */
export function driftMoves(atoms: Atoms, dims: readonly Dimension[], readings: Partial<Record<Dimension, Reading>>): DriftMove[] {
  const moves: DriftMove[] = [];
  for (const dimension of driftingDims(dims)) {
    const r = readings[dimension];
    if (!r || !r.enough) continue;
    const value = snappedValue(dimension, r.estimate);
    moves.push({ dimension, value, from: atoms[dimension], estimate: r.estimate, confidence: r.confidence } as DriftMove);
  }
  return moves;
}

export const changedMoves = (moves: readonly DriftMove[]) => moves.filter((m) => m.value !== m.from);

export function applyMoves(atoms: Atoms, moves: readonly DriftMove[]): Atoms {
  const next = { ...atoms } as Record<Dimension, Atoms[Dimension]>;
  for (const m of moves) next[m.dimension] = m.value;
  return next as Atoms;
}

/** The history's "why": `drift: length, density` (the moved dimensions, display order). */
export function driftReason(moves: readonly DriftMove[]): string {
  return DRIFT_REASON_PREFIX + driftingDims(moves.map((m) => m.dimension)).map((d) => DIMENSION_LABELS[d].toLowerCase()).join(", ");
}

/**
 * ONE sentence (≤ MAX_AMENDMENT_CHARS) that states every move, for a pinned paragraph: the per-dimension
 * amendment sentences joined the way the verbalizer joins clauses ("…; you now prefer …"), in the paragraph's
 * language and in the register of the tone after the moves. Since the cue reader lets the last cue for a
 * dimension win, appending it is enough to move those dimensions. When all of them do not fit, the sentence
 * covers the longest prefix that does (at least one move); `moves` says which.
 */
export function driftAmendment(atoms: Atoms, moves: readonly DriftMove[]): { text: string; moves: DriftMove[] } {
  const ordered = driftingDims(moves.map((m) => m.dimension)).map((d) => moves.find((m) => m.dimension === d)!);
  if (ordered.length === 0) throw new Error("driftAmendment: no moves");
  const tone = ordered.find((m) => m.dimension === "tone")?.value as number | undefined;
  const base: Atoms = { ...atoms, tone: tone ?? atoms.tone };
  const phrases = phrasesFor(atoms.language);
  const clauses = ordered.map((m) => amendmentForChange({ dimension: m.dimension, value: m.value } as AtomChange, base).replace(/[.!?…]$/u, ""));
  let text = `${clauses[0]!}.`;
  let used = 1;
  for (let i = 1; i < clauses.length; i++) {
    const next = `${text.slice(0, -1)}${phrases.semicolon}${phrases.lowerFirst(clauses[i]!)}.`;
    if (next.length > MAX_AMENDMENT_CHARS) break;
    text = next;
    used = i + 1;
  }
  return { text, moves: ordered.slice(0, used) };
}
