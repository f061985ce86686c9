import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
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

/**
 * The session of a cookie's token joined to its user (the session check, lib/auth/session-check.ts): one
 * statement prepared once per database client, so on PostgreSQL a check is one round trip (a named
 * statement: Bind + Execute). No expiry filter: the caller sees an expired row and hands it to better-auth,
 * which deletes it and clears the cookie.
 */
export async function findSessionByToken({ db, token }: { db: Db; token: string }): Promise<SessionCheckRow | undefined> {
  const [row] = await preparedQuery(db, "session_check", prepareSessionCheck).execute({ token });
  return row;
}

function prepareSessionCheck(db: Executor) {
  return db
    .select({
      sessionId: session.id,
      userId: users.id,
      expiresAt: session.expiresAt,
      isAnonymous: users.isAnonymous,
      email: users.email,
    })
    .from(session)
    .innerJoin(users, eq(users.id, session.userId))
    .where(eq(session.token, sql.placeholder("token")))
    .limit(1)
    .prepare("session_check");
}
