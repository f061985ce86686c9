import { DIMENSION_LABELS, optionsOf } from "@/lib/personality/atoms";
import type { DriftMove } from "@/lib/personality/evolution";
import { changeLabel } from "@/lib/personality/paragraph-rules";
import { EVOLUTION_THRESHOLD } from "@/lib/personality/provenance";
import type { DriftOutcome } from "./evolution-writers";

/** "length → exhaustive, density → dense" */
export function describeMoves(moves: readonly DriftMove[]): string {
  return moves
    .map((m) => `${DIMENSION_LABELS[m.dimension].toLowerCase()} → ${changeLabel(m.dimension, m.value, optionsOf(m.dimension))}`)
    .join(", ");
}

/** What "Check for drift now" tells the user about their own sweep. */
export function describeDriftOutcome(outcome: DriftOutcome): string {
  switch (outcome.kind) {
    case "none":
      return "No drift: your recent feedback agrees with your reading brain.";
    case "re-evolved":
      return `Your recent feedback drifted, so your paragraph was rewritten (${describeMoves(outcome.moves)}).`;
    case "confirmed":
      return "Your feedback shifted, but it still points to your current settings, so nothing needed to change.";
    case "proposed":
      return `Your recent feedback drifted (${describeMoves(outcome.moves)}). Your paragraph is pinned, so it was left as you wrote it; a suggested sentence is waiting above it.`;
    case "already-proposed":
      return "Your feedback still drifts the way the suggestion above says. Your pinned paragraph was left as you wrote it.";
    case "waiting": {
      const { thumbs, adjustments } = outcome.evidence;
      return `Your feedback is drifting, but a paragraph from onboarding only evolves after ${EVOLUTION_THRESHOLD.thumbs} thumbs and ${EVOLUTION_THRESHOLD.adjustments} adjustments (so far ${thumbs} and ${adjustments}). It stays marked until then.`;
    }
  }
}
