/**
 * The signed session token: `<userId>.<hmac>`. Shared by the proxy (which mints guests) and the server
 * (which reads them); Web Crypto only, so it runs anywhere. Framework-free so it is unit-tested directly.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/lib/env";

export const SESSION_COOKIE = "pm_session";
export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keys = new Map<string, Promise<CryptoKey>>();

function key(secret: string): Promise<CryptoKey> {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, k);
  }
  return k;
}

const b64url = (buf: ArrayBuffer) => Buffer.from(buf).toString("base64url");

export async function signSession(userId: string, secret: string): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await key(secret), new TextEncoder().encode(userId));
  return `${userId}.${b64url(mac)}`;
}

/** The user id of a valid token, or null for anything forged, tampered or malformed. */
export async function verifySession(token: string | undefined, secret: string): Promise<string | null> {
  if (!token) return null;
  const dot = token.indexOf(".");
  if (dot < 0) return null;
  const userId = token.slice(0, dot);
  if (!UUID.test(userId)) return null;
  const mac = Buffer.from(token.slice(dot + 1), "base64url");
  const ok = await crypto.subtle.verify("HMAC", await key(secret), mac, new TextEncoder().encode(userId));
  return ok ? userId : null;
}

let devSecret: Promise<string> | undefined;

/**
 * SESSION_SECRET, or in development a secret generated once and kept in the data folder so sessions survive
 * restarts. Production without a secret is a startup error: silently minting one per process would log
 * everyone out on every deploy and break multi-instance setups.
 */
export function sessionSecret(e: Env): Promise<string> {
  if (e.SESSION_SECRET) return Promise.resolve(e.SESSION_SECRET);
  if (e.NODE_ENV === "production") {
    return Promise.reject(
      new Error("SESSION_SECRET is not set. Production needs a secret of at least 32 characters (see .env.example)."),
    );
  }
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

export function newUserId(): string {
  return crypto.randomUUID();
}

export function cookieIsSecure(e: Env): boolean {
  return e.SESSION_COOKIE_SECURE ?? e.NODE_ENV === "production";
}
