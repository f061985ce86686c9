import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Env } from "@/lib/env";
import { cookieIsSecure, sessionSecret } from "./secret";

describe("auth secret", () => {
  it("refuses production without a secret", async () => {
    const e = { NODE_ENV: "production", DATA_DIR: ".data" } as Env;
    await expect(sessionSecret(e)).rejects.toThrow(/SESSION_SECRET is not set/);
  });

  it("uses the configured secret as is", async () => {
    const e = { NODE_ENV: "production", DATA_DIR: ".data", SESSION_SECRET: "s".repeat(40) } as Env;
    expect(await sessionSecret(e)).toBe("s".repeat(40));
  });

  it("generates a development secret once into the data folder", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pm-secret-"));
    try {
      const secret = await sessionSecret({ NODE_ENV: "development", DATA_DIR: dir } as Env);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await readFile(path.join(dir, "session-secret"), "utf8")).toBe(secret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("marks cookies secure in production unless told otherwise", () => {
    expect(cookieIsSecure({ NODE_ENV: "production" } as Env)).toBe(true);
    expect(cookieIsSecure({ NODE_ENV: "production", SESSION_COOKIE_SECURE: false } as Env)).toBe(false);
    expect(cookieIsSecure({ NODE_ENV: "development" } as Env)).toBe(false);
  });
});
