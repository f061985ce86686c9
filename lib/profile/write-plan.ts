import "server-only";
import type { ProfileAtomsRow } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ProvenanceDecision, ProvenanceState } from "@/lib/personality/provenance";
import type { MirrorPlan, Snapshot } from "./mirror";

/** What a writer tells the user besides the new state (null: the new state says it all). */
export type WriteResult = { notice: string | null };

export function requireOnboarded(snap: Snapshot): ProfileAtomsRow {
  if (!snap.atoms) throw new AppError("bad_request:profile", "Set up your reading brain first: answer the seven questions.");
  return snap.atoms;
}

/** The provenance guard's input (lib/personality/provenance.ts) for this snapshot. */
export function provenanceState(snap: Snapshot): ProvenanceState {
  return { provenance: snap.summary?.provenance ?? "empty", ...snap.evidence };
}

/**
 * The paragraph a "write" decision asks for. `text` is the user's text (Save) or the text with the accepted
 * amendment appended; a decision that leaves the text alone gives undefined.
 */
export function paragraphFor(
  decision: ProvenanceDecision,
  reason: string,
  text?: string,
): MirrorPlan<WriteResult>["paragraph"] {
  if (decision.kind !== "write") return undefined;
  const { provenance } = decision;
  if (decision.text === "verbalize" && (provenance === "onboarding" || provenance === "evolved")) {
    return { from: "atoms", provenance, reason };
  }
  if ((decision.text === "user-text" || decision.text === "append-amendment") && provenance === "user" && text !== undefined) {
    return { from: "text", text, provenance, reason };
  }
  throw new Error(`profile: no paragraph plan for ${decision.text} → ${provenance}`);
}
