import "server-only";
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from "node:crypto";
import type { BetterAuthOptions } from "better-auth";
import type { Db } from "@/db/client";
import { findSessionByToken } from "@/db/queries/auth";
import type { Auth } from "./server";

export type UserKind = "guest" | "account";
export type SessionUser = { userId: string; kind: UserKind; email: string | null; sessionId: string };

/** What the check needs from better-auth's own context, read once per auth instance. */
type CheckConfig = {
  /** The session cookie's name as better-auth writes it (`pm.session_token`, `__Secure-` first over https). */
  tokenCookie: string;
  /** The cookie-cache cookie's name: present although the cache is off, better-auth clears it (a cookie write). */
  dataCookie: string;
  /** better-auth's secret as an HMAC key, imported once (better-call imports it through WebCrypto per call). */
  key: KeyObject;
  expiresInMs: number;
  updateAgeMs: number;
};

const configs = new WeakMap<Auth, Promise<CheckConfig | null>>();

/**
 * The session check of every request (lib/session.ts#currentUser; docs/accounts.md, "The session check"): the
 * user of the request's session cookie, or null. Exactly what better-auth's getSession answers, in one prepared
 * statement and no other work when nothing needs writing:
 * - the cookie is verified as better-call signs it (`<token>.<base64 HMAC-SHA256(token, secret)>`, URI-encoded),
 *   with a key imported once and a constant-time compare; a missing or forged cookie is nobody, no query;
 * - the session is read joined to its user by token (findSessionByToken), every time: no cookie cache, so a
 *   revoked or deleted session is refused on its very next request;
 * - whenever better-auth would write something (a session due for its daily refresh, which moves expiresAt and
 *   re-sets the cookie; an expired session, whose row and cookie it deletes; a stale cookie-cache cookie) or is configured past what this mirrors (cookie cache, secondary storage, deferred or disabled
 *   refresh), the request goes to better-auth's getSession itself, so refresh, rotation and cookie writing stay
 *   better-auth's.
 */
export async function checkSession({ auth, db, headers }: { auth: Auth; db: Db; headers: Headers }): Promise<SessionUser | null> {
  const header = headers.get("cookie");
  if (!header) return null;
  const config = await configOf(auth);
  if (!config) return viaBetterAuth(auth, headers);
  const cookies = parseCookies(header);
  for (const name of cookies.keys()) if (name.startsWith(config.dataCookie)) return viaBetterAuth(auth, headers);
  const value = cookies.get(config.tokenCookie);
  if (!value) return null;
  const token = verifiedToken(value, config.key);
  if (!token) return null;
  const row = await findSessionByToken({ db, token });
  // Revoked, signed out, deleted with its user: nobody, on this very request. (better-auth would also clear the
  // cookie; the dead cookie is harmless, and the next write replaces it with a new guest's.)
  if (!row) return null;
  const expiresAt = row.expiresAt.getTime();
  const now = Date.now();
  // better-auth's own tests, in its order: expired (delete), then due for refresh (updateAge after the last one).
  if (expiresAt < now || expiresAt - config.expiresInMs + config.updateAgeMs <= now) return viaBetterAuth(auth, headers);
  return userOf({ userId: row.userId, isAnonymous: row.isAnonymous, email: row.email, sessionId: row.sessionId });
}

/** better-auth's getSession, for everything the check leaves to it. */
async function viaBetterAuth(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  return userOf({ userId: found.user.id, isAnonymous: found.user.isAnonymous === true, email: found.user.email, sessionId: found.session.id });
}

function userOf({ userId, isAnonymous, email, sessionId }: { userId: string; isAnonymous: boolean; email: string; sessionId: string }): SessionUser {
  const kind: UserKind = isAnonymous ? "guest" : "account";
  return { userId, kind, email: kind === "account" ? email : null, sessionId };
}

function configOf(auth: Auth): Promise<CheckConfig | null> {
  let config = configs.get(auth);
  if (!config) {
    config = auth.$context.then((ctx): CheckConfig | null => {
      // The options as better-auth reads them (the app's literal type knows only what lib/auth/server.ts sets).
      const options: BetterAuthOptions = ctx.options;
      const session = options.session;
      const mirrored =
        !session?.cookieCache?.enabled &&
        !session?.deferSessionRefresh &&
        !session?.disableSessionRefresh &&
        !options.secondaryStorage &&
        typeof ctx.secret === "string" &&
        ctx.secret.length > 0;
      if (!mirrored) return null;
      return {
        tokenCookie: ctx.authCookies.sessionToken.name,
        dataCookie: ctx.authCookies.sessionData.name,
        key: createSecretKey(Buffer.from(ctx.secret, "utf8")),
        expiresInMs: ctx.sessionConfig.expiresIn * 1000,
        updateAgeMs: ctx.sessionConfig.updateAge * 1000,
      };
    });
    configs.set(auth, config);
  }
  return config;
}

/** The token of a cookie value signed as better-call signs it, or null when the signature is not the secret's. */
export function verifiedToken(value: string, key: KeyObject): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "utf8");
  // better-call's own shape test: 32 bytes in base64 are 44 characters ending in "=".
  if (signature.length !== 44 || signature[43] !== 0x3d) return null;
  const expected = Buffer.from(createHmac("sha256", key).update(token).digest("base64"), "utf8");
  return timingSafeEqual(signature, expected) ? token : null;
}

/**
 * A Cookie header's pairs as better-call parses them (its parseCookies): the first of a repeated name wins,
 * surrounding quotes are dropped, a value with "%" is URI-decoded (kept as it is when that fails).
 */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  let index = 0;
  while (index < header.length) {
    const eq = header.indexOf("=", index);
    if (eq === -1) break;
    let end = header.indexOf(";", index);
    if (end === -1) end = header.length;
    else if (end < eq) {
      index = header.lastIndexOf(";", eq - 1) + 1;
      continue;
    }
    const name = header.slice(index, eq).trim();
    if (!cookies.has(name)) {
      let value = header.slice(eq + 1, end).trim();
      if (value.codePointAt(0) === 34) value = value.slice(1, -1);
      cookies.set(name, decoded(value));
    }
    index = end + 1;
  }
  return cookies;
}

function decoded(value: string): string {
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
