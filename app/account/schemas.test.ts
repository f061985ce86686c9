import { describe, expect, it } from "vitest";
import { emailSchema, passwordSchema, signInSchema } from "./schemas";

describe("account form schemas", () => {
  it.each(["plainaddress", "@example.com", "name@", "name@@example.com", "name example@x.com", ""])("refuses the email %j", (email) => {
    const r = emailSchema.safeParse(email);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Enter an email address like name@example.com.");
  });

  it("trims and lower-cases a good email", () => {
    expect(emailSchema.parse("  Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each([
    ["short1!", "Use at least 10 characters."],
    ["aaaaaaaaaaaa", "Too easy to guess: use a mix of different characters."],
    ["abababababab", "Too easy to guess: use a mix of different characters."],
    ["x".repeat(129), "Use at most 128 characters."],
  ])("refuses the weak password %j", (password, message) => {
    expect(passwordSchema.safeParse(password).error?.issues[0]?.message).toBe(message);
  });

  it("accepts a reasonable password, and a sign-in only with a known keep choice", () => {
    expect(passwordSchema.safeParse("correct horse battery").success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x", keep: "both" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x", keep: "guest" }).success).toBe(true);
  });
});
