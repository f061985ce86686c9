import { describe, expect, it } from "vitest";
import { MAX_AMENDMENT_CHARS } from "./amendments";
import { ORDINAL_ATOMS } from "./atoms";
import {
  MAX_PARAGRAPH_WORDS,
  REASONS,
  amendmentProblem,
  changeLabel,
  isOneSentence,
  mirrorHolds,
  paragraphProblem,
} from "./paragraph-rules";

describe("reasons", () => {
  it("names each writer the way the history shows it", () => {
    expect(REASONS.control("length", changeLabel("length", 2, ORDINAL_ATOMS.length))).toBe("control: length → detailed");
    expect(REASONS.control("mathComfort", "fluent")).toBe("control: math comfort → fluent");
    expect(REASONS.control("language", changeLabel("language", "es", []))).toBe("control: language → Spanish");
    expect(REASONS.control("domain", changeLabel("domain", "law", []))).toBe("control: domain → law");
    expect(REASONS.reverted(3)).toBe("reverted to v3");
    expect([REASONS.onboarding, REASONS.aboutMe, REASONS.saved, REASONS.pinCleared, REASONS.regenerated, REASONS.amendmentAccepted]).toEqual([
      "onboarding",
      "about me",
      "saved by you",
      "pin cleared",
      "regenerated",
      "amendment accepted",
    ]);
  });
});

describe("the paragraph's bounds", () => {
  it("refuses empty text and anything not under the word limit", () => {
    expect(paragraphProblem("  \n ")).toMatch(/empty/);
    expect(paragraphProblem("word ".repeat(MAX_PARAGRAPH_WORDS - 1))).toBeNull();
    expect(paragraphProblem("word ".repeat(MAX_PARAGRAPH_WORDS))).toMatch(/under 300 words/);
    expect(paragraphProblem("x".repeat(3001))).toMatch(/3,000 characters/);
  });
});

describe("one sentence", () => {
  it.each([
    ["Keep answers short.", true],
    ["Keep answers short", true],
    ["Use examples, e.g. from medicine, when they help.", true],
    ["Say “hello.” Then stop.", false],
    ["Be brief. Be kind.", false],
    ["Really? Yes.", false],
    ["Line one\nline two", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isOneSentence(text)).toBe(expected);
  });

  it("checks an edited amendment: not empty, one sentence, at most 200 characters", () => {
    expect(amendmentProblem("  ")).toMatch(/empty/);
    expect(amendmentProblem("One. Two.")).toBe("Keep it to one sentence.");
    expect(amendmentProblem(`${"a".repeat(MAX_AMENDMENT_CHARS - 1)}.`)).toBeNull();
    expect(amendmentProblem(`${"a".repeat(MAX_AMENDMENT_CHARS)}.`)).toMatch(/200 characters/);
  });
});

describe("the mirror invariant", () => {
  const summary = (provenance: string, atomsVersion: number | null, text = "t") => ({ provenance, atomsVersion, text });
  it("holds for a non-pinned paragraph only when written from the stored atoms version (and text)", () => {
    expect(mirrorHolds({ atomsVersion: 4, summary: summary("evolved", 4) })).toBe(true);
    expect(mirrorHolds({ atomsVersion: 5, summary: summary("evolved", 4) })).toBe(false);
    expect(mirrorHolds({ atomsVersion: 5, summary: summary("onboarding", 4) })).toBe(false);
    expect(mirrorHolds({ atomsVersion: 4, summary: summary("evolved", 4, "a") }, "b")).toBe(false);
  });
  it("exempts a pinned paragraph and the empty state", () => {
    expect(mirrorHolds({ atomsVersion: 9, summary: summary("user", 1) })).toBe(true);
    expect(mirrorHolds({ atomsVersion: 1, summary: null })).toBe(true);
  });
});
