import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INT4, int4, storableString, strictObject, unstorableTextProblem, utf8Bytes } from "./input-rules";

const message = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("input rules", () => {
  it("refuse NUL and unpaired surrogates, and keep every real character", () => {
    expect(unstorableTextProblem("a\u0000b")).toMatch(/NUL/);
    expect(unstorableTextProblem("a\ud800")).toMatch(/unpaired UTF-16 surrogate/);
    expect(unstorableTextProblem("\udc00a")).toMatch(/unpaired/);
    expect(unstorableTextProblem("\udbff\udfff")).toBeNull(); // a pair: U+10FFFF
    for (const ok of ["שלום \u200f", "e\u0301", "🙂👩‍👩‍👧", "你好", "ก\u0e48", "\u202eabc"]) expect(unstorableTextProblem(ok)).toBeNull();
    expect(storableString("the text").safeParse("x\u0000").success).toBe(false);
  });

  it("bound integers by their int4 column", () => {
    const version = int4("paragraph version", { min: 1 });
    expect(version.safeParse(INT4.max).success).toBe(true);
    for (const bad of [INT4.max + 1, 0, -1, 1.5]) expect(message(version.safeParse(bad))).toBe("Unknown paragraph version.");
    for (const bad of ["3", Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(message(version.safeParse(bad))).toBe("Send paragraph version as a number.");
    }
  });

  it("refuse unknown fields by name, saying which fields there are", () => {
    const schema = strictObject({ text: z.string() });
    expect(message(schema.safeParse({ text: "a", userId: "x" }))).toBe('Unknown field "userId": this request takes text.');
    expect(message(schema.safeParse([]))).toBe("Send a JSON object.");
    expect(message(strictObject({}).safeParse({ a: 1 }))).toBe('Unknown field "a": this request takes no fields.');
  });

  it("count bytes as UTF-8 does", () => {
    expect(utf8Bytes("aé你🙂")).toBe(1 + 2 + 3 + 4);
  });
});
