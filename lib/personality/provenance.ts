/**
 * L2, the provenance guard (docs/design.md): who wrote the paragraph decides what may replace it. Pure: the server
 * calls decide(event, state) once and acts on the outcome inside its transaction.
 */

export const PROVENANCES = ["empty", "onboarding", "evolved", "user"] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** An onboarding paragraph becomes evolved once this much evidence has accumulated (both counts). */
export const EVOLUTION_THRESHOLD = { thumbs: 30, adjustments: 10 } as const;

/** Evidence so far: thumbs (chat and preview) and dimension adjustments (control nudges), all time. */
export type Evidence = { thumbs: number; adjustments: number };

export function evolutionThresholdMet({ thumbs, adjustments }: Evidence): boolean {
  return thumbs >= EVOLUTION_THRESHOLD.thumbs && adjustments >= EVOLUTION_THRESHOLD.adjustments;
}

/**
 * Whether drift, refinement or any other automation may replace the text. `user` never; `empty` neither:
 * automation does not create the first paragraph, so nobody gets a made-up default preamble.
 */
export function canAutomationOverwrite(provenance: Provenance): boolean {
  return provenance === "onboarding" || provenance === "evolved";
}

export function isPinned(provenance: Provenance): boolean {
  return provenance === "user";
}

/** `empty` means no preamble at all (docs/design.md, L1). */
export function injectsPreamble(provenance: Provenance): boolean {
  return provenance !== "empty";
}

export type ProvenanceEvent =
  /** The user saved their edited text; blank text is a way to switch the preamble off. */
  | { type: "save"; blank: boolean }
  | { type: "clear-pin" }
  /** "Regenerate from my settings"; `confirmed` once the user said yes to replacing pinned text. */
  | { type: "regenerate"; confirmed: boolean }
  | { type: "onboarding-finish" }
  /** A segmented control moved (atoms change). */
  | { type: "nudge" }
  /** The about-me text was saved (atoms unchanged, the paragraph quotes it). */
  | { type: "about-me" }
  /** L4 flagged drift and the sweep re-evolves the paragraph from the fused atoms. */
  | { type: "re-evolution" }
  /** L6 found the thumbs diverging from the paragraph and produced an amendment. */
  | { type: "refinement-amendment" }
  /** The user accepted an amendment from a banner. */
  | { type: "accept-amendment" }
  /** A thumb was recorded: the moment an onboarding paragraph may cross the evolution threshold. */
  | { type: "feedback" };

export type ProvenanceState = { provenance: Provenance } & Evidence;

/**
 * What to write as the paragraph's text when the outcome is "write":
 * `user-text` the text the user saved · `verbalize` verbalize from the atoms (with pending amendments folded in)
 * · `append-amendment` the current text + the accepted amendment · `clear` an empty text.
 */
export type TextSource = "user-text" | "verbalize" | "append-amendment" | "clear";

/**
 * decide() rules the paragraph only. Atoms an event carries (nudge, onboarding, re-evolution) are written
 * whatever the outcome, except on confirm-first, where nothing is written until the user confirms.
 */
export type ProvenanceDecision =
  /** Write the paragraph (and a version row) with this provenance. */
  | { kind: "write"; provenance: Provenance; text: TextSource }
  /** Leave the pinned text alone; record an amendment proposal (a banner) describing the change. */
  | { kind: "propose-amendment" }
  /** Leave the text alone; keep the amendment pending, to be folded into the next verbalization. */
  | { kind: "fold-later" }
  /** Ask the user first; on yes, call again with `confirmed: true`. */
  | { kind: "confirm-first" }
  /** Leave the text alone. */
  | { kind: "none" };

const write = (provenance: Provenance, text: TextSource): ProvenanceDecision => ({ kind: "write", provenance, text });

/** A non-pinned paragraph re-verbalized after user input keeps `onboarding` until the evidence says otherwise. */
function reverbalized(state: ProvenanceState): ProvenanceDecision {
  if (state.provenance === "onboarding" && !evolutionThresholdMet(state)) return write("onboarding", "verbalize");
  return write("evolved", "verbalize");
}

export function decide(event: ProvenanceEvent, state: ProvenanceState): ProvenanceDecision {
  const { provenance } = state;
  const pinned = provenance === "user";
  switch (event.type) {
    case "save":
      return event.blank ? write("empty", "clear") : write("user", "user-text");
    case "clear-pin":
      return pinned ? write("evolved", "verbalize") : { kind: "none" };
    case "regenerate":
      return pinned && !event.confirmed ? { kind: "confirm-first" } : write("evolved", "verbalize");
    case "onboarding-finish":
      // The wizard never replaces a pin; Regenerate or Clear pin adopt its answers.
      return pinned ? { kind: "none" } : write("onboarding", "verbalize");
    case "nudge":
      return pinned ? { kind: "propose-amendment" } : reverbalized(state);
    case "about-me":
      return pinned ? { kind: "none" } : reverbalized(state);
    case "re-evolution":
      if (pinned) return { kind: "propose-amendment" };
      return canAutomationOverwrite(provenance) ? write("evolved", "verbalize") : { kind: "none" };
    case "refinement-amendment":
      if (pinned) return { kind: "propose-amendment" };
      if (provenance === "onboarding" && evolutionThresholdMet(state)) return write("evolved", "verbalize");
      return canAutomationOverwrite(provenance) ? { kind: "fold-later" } : { kind: "none" };
    case "accept-amendment":
      return pinned ? write("user", "append-amendment") : write("evolved", "verbalize");
    case "feedback":
      return provenance === "onboarding" && evolutionThresholdMet(state) ? write("evolved", "verbalize") : { kind: "none" };
  }
}

export const PROVENANCE_BADGES: Record<Provenance, { label: string; description: string }> = {
  user: {
    label: "Pinned by you",
    description: "You saved this text. Nothing automatic rewrites it; changes arrive as amendments you can accept.",
  },
  evolved: {
    label: "Evolved from your feedback",
    description: "Written from your settings and feedback, and rewritten as your preferences shift.",
  },
  onboarding: {
    label: "From onboarding",
    description: `Written from your setup answers; it evolves after ${EVOLUTION_THRESHOLD.thumbs} thumbs and ${EVOLUTION_THRESHOLD.adjustments} adjustments.`,
  },
  empty: {
    label: "Empty",
    description: "No description yet, so the AI gets nothing about you before your messages.",
  },
};
