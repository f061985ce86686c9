import "server-only";
import { account, session, users, verification } from "@/db/schema";

/**
 * The tables better-auth reads and writes through its drizzle adapter (lib/auth/server.ts), keyed by model
 * name: the adapter is the query layer for these four, the app's own SQL about users lives in user-data.ts.
 */
export const authTables = { users, session, account, verification };
