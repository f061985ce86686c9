import { describe, expect, it } from "vitest";
import { DEFAULT_ATOMS, atomChangeSchema, atomsSchema, ordinalValue, snapOrdinal } from "./atoms";

describe("atoms", () => {
  it("maps ordinal indexes to [0, 1] and snaps back", () => {
    expect(ordinalValue("length", 0)).toBe(0);
    expect(ordinalValue("length", 3)).toBe(1);
    expect(ordinalValue("tone", 1)).toBeCloseTo(1 / 3);
    expect(snapOrdinal("length", 0.62)).toBe(2);
    expect(snapOrdinal("length", 1.4)).toBe(3);
    expect(snapOrdinal("length", -0.2)).toBe(0);
  });

  it("validates atoms and changes", () => {
    expect(atomsSchema.parse(DEFAULT_ATOMS)).toEqual(DEFAULT_ATOMS);
    expect(atomsSchema.safeParse({ ...DEFAULT_ATOMS, tone: 4 }).success).toBe(false);
    expect(atomChangeSchema.parse({ dimension: "domain", value: "law" })).toEqual({ dimension: "domain", value: "law" });
    expect(atomChangeSchema.safeParse({ dimension: "domain", value: "astrology" }).success).toBe(false);
    expect(atomChangeSchema.safeParse({ dimension: "length", value: 7 }).success).toBe(false);
    expect(atomChangeSchema.safeParse({ dimension: "mood", value: 1 }).success).toBe(false);
  });
});
