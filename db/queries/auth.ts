import "server-only";
import type { Db } from "@/db/client";
import { executePrepared } from "@/db/prepared";
import { account, session, users, verification } from "@/db/schema";

/**
 * The tables better-auth reads and writes through its drizzle adapter (lib/auth/server.ts), keyed by model
 * name: the adapter is the query layer for these four, the app's own SQL about users lives in user-data.ts.
 */
export const authTables = { users, session, account, verification };

export type SessionCheckRow = {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  isAnonymous: boolean;
  email: string;
};

/** The session check's statement: session and user by the session's (unique, indexed) token. */
const SESSION_CHECK = `select s.id as session_id, u.id as user_id, s.expires_at, u.is_anonymous, u.email
  from session s join users u on u.id = s.user_id where s.token = $1 limit 1`;

/**
 * The session of a cookie's token joined to its user (the session check, lib/auth/session-check.ts): one
 * server-side prepared statement (executePrepared): on PostgreSQL a named statement, one round trip; on PGlite
 * EXECUTE of a plan made once, a third of the cost of drizzle's `.prepare()` there, which parses and plans on
 * every call. No expiry filter: the caller sees an expired row and hands it to better-auth, which deletes it
 * and clears the cookie.
 */
export async function findSessionByToken({ db, token }: { db: Db; token: string }): Promise<SessionCheckRow | undefined> {
  const [row] = await executePrepared<{ session_id: string; user_id: string; expires_at: unknown; is_anonymous: boolean; email: string }>(
    db,
    "session_check",
    { sql: SESSION_CHECK, params: [token] },
  );
  if (!row) return undefined;
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    // A Date from PGlite, the text form from postgres.js (drizzle leaves timestamps to its column decoders).
    expiresAt: session.expiresAt.mapFromDriverValue(row.expires_at as string | Date) as Date,
    isAnonymous: row.is_anonymous,
    email: row.email,
  };
}
