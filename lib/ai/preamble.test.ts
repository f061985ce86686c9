import { describe, expect, it } from "vitest";
import { NO_PREAMBLE, toPreamble } from "./preamble";
import { PREAMBLE_SEPARATOR, SURFACES, SURFACE_INSTRUCTIONS, buildSystem } from "./prompts";

const PARAGRAPH = "You read best in short, plain sentences. Keep answers brief and skip the formulas.";

describe("preamble assembly", () => {
  it("no summary row at all: no preamble, version 0", () => {
    expect(toPreamble(undefined)).toEqual(NO_PREAMBLE);
  });

  it("provenance empty: no preamble, whatever the row holds", () => {
    expect(toPreamble({ text: "stale text", provenance: "empty", version: 4 })).toEqual({
      text: null,
      provenance: "empty",
      version: 0,
    });
  });

  it.each(["onboarding", "evolved", "user"] as const)("provenance %s: the paragraph verbatim, with its version", (provenance) => {
    expect(toPreamble({ text: PARAGRAPH, provenance, version: 3 })).toEqual({ text: PARAGRAPH, provenance, version: 3 });
  });

  it("a blank paragraph is no preamble, never a made-up default", () => {
    expect(toPreamble({ text: "  \n ", provenance: "user", version: 2 })).toEqual(NO_PREAMBLE);
  });

  it("blank lines inside a user-edited paragraph are collapsed, so the separator stays unambiguous", () => {
    const p = toPreamble({ text: "First part.\n\n\nSecond part.\n", provenance: "user", version: 5 });
    expect(p.text).toBe("First part.\nSecond part.");
  });

  it.each(SURFACES)("%s: system = paragraph + blank line + instructions", (surface) => {
    const system = buildSystem(PARAGRAPH, surface);
    expect(system.indexOf(PREAMBLE_SEPARATOR)).toBe(PARAGRAPH.length);
    expect(system.startsWith(`${PARAGRAPH}\n\n${SURFACE_INSTRUCTIONS[surface]}`)).toBe(true);
  });

  it.each(SURFACES)("%s without a preamble: the instructions alone, no separator", (surface) => {
    expect(buildSystem(null, surface)).toBe(SURFACE_INSTRUCTIONS[surface]);
  });

  it("no surface's instructions restate a reader preference (they only state the task)", () => {
    for (const surface of SURFACES) {
      expect(SURFACE_INSTRUCTIONS[surface]).not.toMatch(/\b(brief|short|long|formal|playful|plain|dense|English)\b/i);
    }
  });
});
