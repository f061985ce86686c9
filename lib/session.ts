import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { refusedFor } from "@/lib/auth/limits";
import { getAuth } from "@/lib/auth/server";
import { checkSession, type SessionUser } from "@/lib/auth/session-check";
import { AppError } from "@/lib/errors";

export type { SessionUser, UserKind } from "@/lib/auth/session-check";

const SESSION_COOKIE = "pm.session_token";

/** Reads as nobody: a visitor without a session reads with this id, which no user ever has (ids are v4). */
export const NO_USER_ID = "00000000-0000-0000-0000-000000000000";

/**
 * The signed-in user (guest or account) from the session cookie, or null; never creates anything. One
 * prepared query (the session joined to its user; better-auth's getSession when it has something to write:
 * lib/auth/session-check.ts), memoized for the rest of the request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // headers() first: it marks the render dynamic, so a build's prerender stops here and never opens the database.
  const h = await headers();
  // No session cookie, no question to ask: a cookie-less visitor costs no query at all.
  if (!h.get("cookie")?.includes(SESSION_COOKIE)) return null;
  const [auth, db] = await Promise.all([getAuth(), getDb()]);
  return checkSession({ auth, db, headers: h });
});

/** The id reads are scoped to: the session's user, or NO_USER_ID (who has no rows) for a cookie-less visitor. */
export async function readerId(): Promise<string> {
  return (await currentUser())?.userId ?? NO_USER_ID;
}

/**
 * The current user's id, from the session only: no action or handler ever takes a user id from the client.
 * A visitor without a session becomes a guest here, on the first thing worth keeping (a write, a model
 * call), never on a page view. Only callable where cookies can be set: server actions and route handlers.
 */
export async function requireUserId(): Promise<string> {
  const user = await currentUser();
  if (user) return user.userId;
  return createGuest();
}

/**
 * Mints a guest user and its session cookie; over the guests-per-IP quota (counted by better-auth's before
 * hook, lib/auth/limits.ts) a 429 with Retry-After, and no user is created.
 */
export async function createGuest(): Promise<string> {
  const auth = await getAuth();
  const created = await auth.api.signInAnonymous({ headers: await headers() }).catch((err: unknown) => {
    const refused = refusedFor(err);
    if (refused) throw new AppError("too_many_requests:session", refused.message, { retryAfterSeconds: refused.retryAfterSeconds });
    throw err;
  });
  if (!created) throw new AppError("internal:session", "Could not start a guest session. Try again.");
  return created.user.id;
}

/** The signed-in account (not a guest), or a 401. */
export async function requireAccount(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || user.kind !== "account") throw new AppError("unauthorized:account", "Sign in to do this.");
  return user;
}
