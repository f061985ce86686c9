import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { refusedFor } from "@/lib/auth/limits";
import { getAuth } from "@/lib/auth/server";
import { AppError } from "@/lib/errors";

export type UserKind = "guest" | "account";
export type SessionUser = { userId: string; kind: UserKind; email: string | null; sessionId: string };

const SESSION_COOKIE = "pm.session_token";

/** Reads as nobody: a visitor without a session reads with this id, which no user ever has (ids are v4). */
export const NO_USER_ID = "00000000-0000-0000-0000-000000000000";

/**
 * The signed-in user (guest or account) from the session cookie, or null; never creates anything. One
 * database query (better-auth joins session and user), memoized for the rest of the request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // headers() first: it marks the render dynamic, so a build's prerender stops here and never opens the database.
  const h = await headers();
  // No session cookie, no question to ask: a cookie-less visitor costs no query at all.
  if (!h.get("cookie")?.includes(SESSION_COOKIE)) return null;
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: h });
  if (!found) return null;
  const kind: UserKind = found.user.isAnonymous ? "guest" : "account";
  return { userId: found.user.id, kind, email: kind === "account" ? found.user.email : null, sessionId: found.session.id };
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
