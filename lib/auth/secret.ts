/**
 * The auth secret (better-auth signs its cookies with it). Framework-free so it is unit-tested directly and
 * checked at startup (instrumentation.ts) before the first request.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/env";

export const MISSING_SECRET =
  "SESSION_SECRET is not set. Production needs a secret of at least 32 characters (see .env.example).";

let devSecret: Promise<string> | undefined;

/**
 * SESSION_SECRET, or in development a secret generated once and kept in the data folder so sessions survive
 * restarts. Production without a secret is a startup error: silently minting one per process would log
 * everyone out on every deploy and break multi-instance setups.
 */
export function sessionSecret(e: Env): Promise<string> {
  if (e.SESSION_SECRET) return Promise.resolve(e.SESSION_SECRET);
  if (e.NODE_ENV === "production") return Promise.reject(new Error(MISSING_SECRET));
  devSecret ??= loadOrCreateDevSecret(path.join(e.DATA_DIR, "session-secret"));
  return devSecret;
}

async function loadOrCreateDevSecret(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    await writeFile(file, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (err) {
    // Another process created it first: theirs wins.
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return (await readFile(file, "utf8")).trim();
    throw err;
  }
}

export function cookieIsSecure(e: Env): boolean {
  return e.SESSION_COOKIE_SECURE ?? e.NODE_ENV === "production";
}
