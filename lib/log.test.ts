import { describe, expect, it } from "vitest";
import { describeError } from "./log";

describe("describeError: what of an error may reach a log", () => {
  it("keeps classes, codes and frames along the cause chain, and drops every message", () => {
    const pg = Object.assign(new Error('invalid input syntax for type uuid: "my secret"'), { code: "22P02" });
    const query = new Error("Failed query: insert into message values ($1)\nparams: my secret\n    at fake (frame-shaped secret)", {
      cause: pg,
    });
    query.name = "DrizzleQueryError";
    const text = describeError(query);
    expect(text).toMatch(/^DrizzleQueryError <- Error code=22P02\n\s+at /);
    expect(text).not.toContain("secret");
  });

  it("names non-errors by their type only", () => {
    expect(describeError("the user's text")).toBe("string");
    expect(describeError({ statusCode: 429 })).toBe("Object status=429");
  });
});
