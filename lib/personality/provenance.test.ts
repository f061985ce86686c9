import { describe, expect, it } from "vitest";
import {
  EVOLUTION_THRESHOLD,
  PROVENANCES,
  PROVENANCE_BADGES,
  canAutomationOverwrite,
  decide,
  evolutionThresholdMet,
  injectsPreamble,
  isPinned,
  type Provenance,
  type ProvenanceDecision,
  type ProvenanceEvent,
} from "./provenance";

const BELOW = { thumbs: 0, adjustments: 0 };
const MET = { thumbs: EVOLUTION_THRESHOLD.thumbs, adjustments: EVOLUTION_THRESHOLD.adjustments };

const W = (provenance: Provenance, text: "user-text" | "verbalize" | "append-amendment" | "clear" = "verbalize"): ProvenanceDecision => ({
  kind: "write",
  provenance,
  text,
});
const NONE: ProvenanceDecision = { kind: "none" };
const PROPOSE: ProvenanceDecision = { kind: "propose-amendment" };
const FOLD: ProvenanceDecision = { kind: "fold-later" };
const CONFIRM: ProvenanceDecision = { kind: "confirm-first" };

/** Every event against every provenance, below and at the evolution threshold: [empty, onboarding, evolved, user]. */
const TABLE: [ProvenanceEvent, below: ProvenanceDecision[], met: ProvenanceDecision[]][] = [
  [{ type: "save", blank: false }, [W("user", "user-text"), W("user", "user-text"), W("user", "user-text"), W("user", "user-text")], [W("user", "user-text"), W("user", "user-text"), W("user", "user-text"), W("user", "user-text")]],
  [{ type: "save", blank: true }, [W("empty", "clear"), W("empty", "clear"), W("empty", "clear"), W("empty", "clear")], [W("empty", "clear"), W("empty", "clear"), W("empty", "clear"), W("empty", "clear")]],
  [{ type: "clear-pin" }, [NONE, NONE, NONE, W("evolved")], [NONE, NONE, NONE, W("evolved")]],
  [{ type: "regenerate", confirmed: false }, [W("evolved"), W("evolved"), W("evolved"), CONFIRM], [W("evolved"), W("evolved"), W("evolved"), CONFIRM]],
  [{ type: "regenerate", confirmed: true }, [W("evolved"), W("evolved"), W("evolved"), W("evolved")], [W("evolved"), W("evolved"), W("evolved"), W("evolved")]],
  [{ type: "onboarding-finish" }, [W("onboarding"), W("onboarding"), W("onboarding"), NONE], [W("onboarding"), W("onboarding"), W("onboarding"), NONE]],
  [{ type: "nudge" }, [W("evolved"), W("onboarding"), W("evolved"), PROPOSE], [W("evolved"), W("evolved"), W("evolved"), PROPOSE]],
  [{ type: "about-me" }, [W("evolved"), W("onboarding"), W("evolved"), NONE], [W("evolved"), W("evolved"), W("evolved"), NONE]],
  [{ type: "re-evolution" }, [NONE, W("evolved"), W("evolved"), PROPOSE], [NONE, W("evolved"), W("evolved"), PROPOSE]],
  [{ type: "refinement-amendment" }, [NONE, FOLD, FOLD, PROPOSE], [NONE, W("evolved"), FOLD, PROPOSE]],
  [{ type: "accept-amendment" }, [W("evolved"), W("evolved"), W("evolved"), W("user", "append-amendment")], [W("evolved"), W("evolved"), W("evolved"), W("user", "append-amendment")]],
  [{ type: "feedback" }, [NONE, NONE, NONE, NONE], [NONE, W("evolved"), NONE, NONE]],
];

describe("decide", () => {
  it("follows the whole provenance table", () => {
    for (const [event, below, met] of TABLE)
      PROVENANCES.forEach((provenance, i) => {
        const label = `${JSON.stringify(event)} on ${provenance}`;
        expect(decide(event, { provenance, ...BELOW }), `${label}, below threshold`).toEqual(below[i]);
        expect(decide(event, { provenance, ...MET }), `${label}, threshold met`).toEqual(met[i]);
      });
  });

  it("covers every event type", () => {
    const types = new Set(TABLE.map(([event]) => event.type));
    expect([...types].sort()).toEqual(
      ["about-me", "accept-amendment", "clear-pin", "feedback", "nudge", "onboarding-finish", "re-evolution", "refinement-amendment", "regenerate", "save"].sort(),
    );
  });

  it("never lets automation replace pinned text", () => {
    for (const type of ["re-evolution", "refinement-amendment", "feedback", "nudge", "about-me", "onboarding-finish"] as const)
      for (const evidence of [BELOW, MET]) {
        const outcome = decide({ type }, { provenance: "user", ...evidence });
        expect(outcome.kind === "write" && outcome.text !== "append-amendment").toBe(false);
      }
  });

  it("needs both counts for the first evolution", () => {
    const onboarding = (thumbs: number, adjustments: number) => decide({ type: "feedback" }, { provenance: "onboarding", thumbs, adjustments });
    expect(onboarding(29, 10)).toEqual(NONE);
    expect(onboarding(30, 9)).toEqual(NONE);
    expect(onboarding(30, 10)).toEqual(W("evolved"));
    expect(onboarding(120, 40)).toEqual(W("evolved"));
  });
});

describe("provenance predicates and badges", () => {
  it("lets automation overwrite only onboarding and evolved text", () => {
    expect(PROVENANCES.filter(canAutomationOverwrite)).toEqual(["onboarding", "evolved"]);
    expect(PROVENANCES.filter(isPinned)).toEqual(["user"]);
    expect(PROVENANCES.filter(injectsPreamble)).toEqual(["onboarding", "evolved", "user"]);
  });

  it("has the evolution threshold of the design", () => {
    expect(EVOLUTION_THRESHOLD).toEqual({ thumbs: 30, adjustments: 10 });
    expect(evolutionThresholdMet(MET)).toBe(true);
    expect(evolutionThresholdMet({ thumbs: 30, adjustments: 9 })).toBe(false);
  });

  it("has a label and a one-line explanation for every provenance", () => {
    expect(PROVENANCE_BADGES.user.label).toBe("Pinned by you");
    expect(PROVENANCE_BADGES.evolved.label).toBe("Evolved from your feedback");
    expect(PROVENANCE_BADGES.onboarding.label).toBe("From onboarding");
    expect(PROVENANCE_BADGES.empty.label).toBe("Empty");
    for (const p of PROVENANCES) {
      expect(PROVENANCE_BADGES[p].description).toMatch(/^[A-Z][^\n]{10,120}\.$/);
    }
  });
});
