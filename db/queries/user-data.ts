import "server-only";
import { and, count, eq, is, lt, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "@/db/schema";
import type { Db, Executor, Tx } from "@/db/client";

/** Tables better-auth owns: they follow the user through better-auth itself, never through a data move. */
const AUTH_TABLES = new Set(["session", "account"]);

/**
 * Every table holding a user's data, found from the schema (a `user_id` column) rather than listed by hand,
 * so a table added later moves with the guest's upgrade without anyone remembering to add it here.
 */
export function userDataTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter(
    (t): t is PgTable =>
      is(t, PgTable) && !AUTH_TABLES.has(getTableConfig(t).name) && getTableConfig(t).columns.some((c) => c.name === "user_id"),
  );
}

/**
 * Credentials the user holds on this instance, not part of their reading brain: an API key works here only, so
 * an export leaves it out and an import (even one that replaces everything) keeps the importer's keys.
 */
const CREDENTIAL_TABLES = new Set(["api_key"]);

/** The user-data tables an export writes and an import replaces: all of them but the credentials. */
export function exportedTables(): PgTable[] {
  return userDataTables().filter((t) => !CREDENTIAL_TABLES.has(getTableConfig(t).name));
}

export function tableName(t: PgTable): string {
  return getTableConfig(t).name;
}

/** Gives every row of `from` to `to`, table by table; the caller's transaction makes it all or nothing. */
export async function moveUserData({ tx, from, to }: { tx: Tx; from: string; to: string }): Promise<void> {
  for (const t of userDataTables()) await tx.execute(sql`update ${t} set user_id = ${to} where user_id = ${from}`);
}

/**
 * Deletes the user's data (not the user, not their sessions): the "keep the guest's" side of a sign-in, and
 * (with `tables: exportedTables()`) what an import replaces.
 */
export async function deleteUserData({ tx, userId, tables = userDataTables() }: { tx: Tx; userId: string; tables?: PgTable[] }): Promise<void> {
  for (const t of tables) await tx.execute(sql`delete from ${t} where user_id = ${userId}`);
}

/**
 * Deletes the user and everything keyed to them, inside the caller's transaction: their data (every table of
 * userDataTables), then better-auth's rows (sessions, sign-in methods, pending reset tokens, whose `value` is
 * the user id), then the user. Explicit rather than left to the cascades, so a table whose key is ever added
 * without `on delete cascade` is still emptied. False when there was no such user.
 */
export async function deleteUser({ tx, userId }: { tx: Tx; userId: string }): Promise<boolean> {
  await deleteUserData({ tx, userId });
  const { session, account, verification, users } = schema;
  await tx.delete(session).where(eq(session.userId, userId));
  await tx.delete(account).where(eq(account.userId, userId));
  await tx.delete(verification).where(eq(verification.value, userId));
  const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
  return deleted.length > 0;
}

/** Whether the user still exists (a queued job checks before it does anything for them). */
export async function userExists({ db, userId }: { db: Executor; userId: string }): Promise<boolean> {
  const [row] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.id, userId));
  return row !== undefined;
}

/** Whether the user has anything worth asking about before it is replaced: a profile, a chat, a reply. */
export async function hasUserData({
  db,
  userId,
  tables = userDataTables(),
}: {
  db: Executor;
  userId: string;
  tables?: PgTable[];
}): Promise<boolean> {
  const probes = tables.map((t) => sql`select 1 from ${t} where user_id = ${userId}`);
  const rows = await db.execute(sql`select exists (${sql.join(probes, sql` union all `)}) as found`);
  return Boolean(rowsOf<{ found: boolean }>(rows)[0]?.found);
}

/** Row counts per user-data table (tests and the upgrade check). */
export async function countUserData({ db, userId }: { db: Executor; userId: string }): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of userDataTables()) {
    const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${t} where user_id = ${userId}`));
    out[tableName(t)] = Number(rows[0]?.n ?? 0);
  }
  return out;
}

/**
 * Deletes guests whose every session went quiet before the cutoff (and who are older than it); their data
 * goes with them through the foreign keys' cascades. Returns how many guests were deleted.
 */
export async function purgeInactiveGuests({ db, before }: { db: Db; before: Date }): Promise<number> {
  const { users, session } = schema;
  const deleted = await db
    .delete(users)
    .where(
      and(
        eq(users.isAnonymous, true),
        lt(users.createdAt, before),
        sql`not exists (select 1 from ${session} where ${session.userId} = ${users.id} and ${session.updatedAt} >= ${before.toISOString()}::timestamptz)`,
      ),
    )
    .returning({ id: users.id });
  return deleted.length;
}

/** How many users of each kind exist (tests and bench). */
export async function countUsers({ db }: { db: Executor }): Promise<{ guests: number; accounts: number }> {
  const rows = await db.select({ isAnonymous: schema.users.isAnonymous, n: count() }).from(schema.users).groupBy(schema.users.isAnonymous);
  return {
    guests: rows.find((r) => r.isAnonymous)?.n ?? 0,
    accounts: rows.find((r) => !r.isAnonymous)?.n ?? 0,
  };
}

/** postgres.js returns the rows array itself, PGlite a result with `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
