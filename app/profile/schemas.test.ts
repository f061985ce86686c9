import { describe, expect, it } from "vitest";
import {
  aboutMeInputSchema,
  acceptAmendmentSchema,
  nudgeSchema,
  onboardingSchema,
  revertSchema,
  saveParagraphSchema,
} from "./schemas";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("server action input", () => {
  it("accepts every known option and refuses unknown ones with a clear message", () => {
    expect(nudgeSchema.safeParse({ dimension: "length", value: 3 }).success).toBe(true);
    expect(nudgeSchema.safeParse({ dimension: "language", value: "ja" }).success).toBe(true);
    expect(firstMessage(nudgeSchema.safeParse({ dimension: "length", value: 4 }))).toBe("Unknown length option.");
    expect(firstMessage(nudgeSchema.safeParse({ dimension: "domain", value: "astrology" }))).toBe("Unknown domain option.");
    expect(nudgeSchema.safeParse({ dimension: "mood", value: 1 }).success).toBe(false);
    expect(nudgeSchema.safeParse({ dimension: "tone", value: "1" }).success).toBe(false);
  });

  it("never takes a user id from the client", () => {
    expect(onboardingSchema.safeParse({ atoms: DEFAULT_ATOMS, aboutMe: "", userId: crypto.randomUUID() }).success).toBe(false);
    expect(revertSchema.safeParse({ version: 2, userId: "someone" }).success).toBe(false);
  });

  it("bounds about-me at 1,000 characters and trims it", () => {
    expect(aboutMeInputSchema.parse({ aboutMe: "  hi  " })).toEqual({ aboutMe: "hi" });
    expect(firstMessage(aboutMeInputSchema.safeParse({ aboutMe: "x".repeat(1001) }))).toBe(
      '"About me" can be at most 1000 characters.',
    );
  });

  it("refuses an empty paragraph on Save and needs the version being edited", () => {
    expect(firstMessage(saveParagraphSchema.safeParse({ text: " ", baseVersion: 1 }))).toMatch(/empty/);
    expect(saveParagraphSchema.safeParse({ text: "Mine." }).success).toBe(false);
    expect(saveParagraphSchema.parse({ text: " Mine. ", baseVersion: 3 })).toEqual({ text: "Mine.", baseVersion: 3 });
  });

  it("checks an edited amendment sentence and the id", () => {
    const id = crypto.randomUUID();
    expect(acceptAmendmentSchema.safeParse({ id }).success).toBe(true);
    expect(firstMessage(acceptAmendmentSchema.safeParse({ id, text: "One. Two." }))).toBe("Keep it to one sentence.");
    expect(firstMessage(acceptAmendmentSchema.safeParse({ id: "nope" }))).toBe("Unknown suggestion.");
  });

  it("refuses what the database refuses: NUL, lone surrogates, versions past int4", () => {
    expect(firstMessage(revertSchema.safeParse({ version: 2_147_483_648 }))).toBe("Unknown paragraph version.");
    expect(revertSchema.safeParse({ version: 2_147_483_647 }).success).toBe(true);
    expect(firstMessage(saveParagraphSchema.safeParse({ text: "Mine.", baseVersion: -1 }))).toBe("Unknown paragraph version.");
    expect(firstMessage(aboutMeInputSchema.safeParse({ aboutMe: "I teach\u0000" }))).toMatch(/NUL character/);
    expect(firstMessage(saveParagraphSchema.safeParse({ text: "You like \ud83d.", baseVersion: 1 }))).toMatch(/unpaired/);
    expect(firstMessage(acceptAmendmentSchema.safeParse({ id: crypto.randomUUID(), text: "\u0000" }))).toMatch(/NUL/);
    expect(firstMessage(onboardingSchema.safeParse({ atoms: DEFAULT_ATOMS, aboutMe: "", extra: true }))).toBe(
      'Unknown field "extra": this request takes atoms, aboutMe.',
    );
  });
});
