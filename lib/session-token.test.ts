import { describe, expect, it } from "vitest";
import { newUserId, sessionSecret, signSession, verifySession } from "./session-token";
import type { Env } from "./env";

const SECRET = "s".repeat(40);

describe("session token", () => {
  it("verifies its own signature", async () => {
    const id = newUserId();
    expect(await verifySession(await signSession(id, SECRET), SECRET)).toBe(id);
  });

  it("rejects forged, tampered and malformed tokens", async () => {
    const id = newUserId();
    const token = await signSession(id, SECRET);
    const other = newUserId();
    expect(await verifySession(`${other}.${token.split(".")[1]}`, SECRET)).toBeNull();
    expect(await verifySession(token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA"), SECRET)).toBeNull();
    expect(await verifySession(await signSession(id, "x".repeat(40)), SECRET)).toBeNull();
    expect(await verifySession("garbage", SECRET)).toBeNull();
    expect(await verifySession("not-a-uuid.abc", SECRET)).toBeNull();
    expect(await verifySession(undefined, SECRET)).toBeNull();
  });

  it("refuses to start in production without a secret", async () => {
    const e = { NODE_ENV: "production", DATA_DIR: ".data" } as Env;
    await expect(sessionSecret(e)).rejects.toThrow(/SESSION_SECRET is not set/);
  });
});
