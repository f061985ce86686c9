import "server-only";
import { createHash } from "node:crypto";
import { entityKind, getTableColumns, type SQL, type Table } from "drizzle-orm";
import { DrizzleQueryError } from "drizzle-orm/errors";
import type { PgDialect, PgSession } from "drizzle-orm/pg-core";
import type { Executor } from "./client";

type PgliteClient = {
  query: (text: string) => Promise<{ rows: unknown[] }>;
  exec: (text: string) => Promise<{ rows: unknown[] }[]>;
  close?: () => Promise<void>;
};

/** A statement written with `$1`, `$2`… and its values (a parameter may then be used several times). */
export type BuiltQuery = { sql: string; params: unknown[] };

/**
 * Statements PREPAREd (or being PREPAREd) in each embedded database; its one session keeps them until it closes.
 * Kept on globalThis beside the client itself (db/client.ts): a production build gives instrumentation (the job
 * engine and its handlers) its own copy of this module, and a registry per copy let a job PREPARE a name a
 * route had already prepared on the same session ("already exists", 42P05), failing every refinement check
 * that diverged.
 */
const registry = globalThis as typeof globalThis & { __profileMakerPrepared?: WeakMap<object, Map<string, Promise<unknown>>> };
const preparedIn = (registry.__profileMakerPrepared ??= new WeakMap());
/** PostgreSQL's duplicate_prepared_statement. */
const ALREADY_PREPARED = "42P05";

/**
 * Runs a hand-written statement as a server-side prepared statement, so it is parsed and planned once per
 * connection instead of on every call:
 * - postgres.js: a named statement (what drizzle's `.prepare()` asks postgres.js for); every later call is one
 *   round trip (Bind + Execute), where `db.execute` would send an unnamed one and describe it first (two). With
 *   DATABASE_POOL_MODE=transaction the client has `prepare: false` (db/client.ts), which postgres.js applies to
 *   every query, so nothing named ever reaches PgBouncer.
 * - PGlite: `PREPARE` once, then `EXECUTE name(<literals>)` (PGlite has no protocol-level prepare, and EXECUTE
 *   takes no bind parameters). Values must be strings or numbers: strings become standard SQL literals
 *   (quotes doubled; standard_conforming_strings is on), so the statement has no parameters and goes as ONE
 *   simple-protocol message (`exec`): `query` would send six (parse, describe, bind, describe, execute, sync),
 *   each a pass through the WebAssembly backend, ~0.3 ms more per statement (bench #2 and #4). Inside a PGlite
 *   transaction the statement runs unprepared: only test seams write that way.
 */
export async function executePrepared<T>(db: Executor, name: string, query: SQL | BuiltQuery): Promise<T[]> {
  const { session, dialect } = db as unknown as { session: PgSession & { client?: PgliteClient }; dialect: PgDialect };
  const built = "params" in query ? query : dialect.sqlToQuery(query);
  const client = session.client;
  const isPglite = (session.constructor as unknown as Record<symbol, unknown>)[entityKind] === "PgliteSession";
  if (isPglite && client && typeof client.close === "function") {
    const statement = statementName(name, built.sql);
    let statements = preparedIn.get(client);
    if (!statements) preparedIn.set(client, (statements = new Map()));
    let ready = statements.get(statement);
    if (!ready) {
      // Shared by concurrent first calls; a failed PREPARE is forgotten so the next call tries again. The name
      // holds a hash of the text, so a statement of that name that already exists is this one.
      ready = client.exec(`prepare ${statement} as ${built.sql}`).catch((err: unknown) => {
        if ((err as { code?: unknown }).code !== ALREADY_PREPARED) throw err;
      });
      statements.set(statement, ready);
      ready.catch(() => statements.delete(statement));
    }
    await ready;
    const args = built.params.map(literal).join(", ");
    try {
      // One statement, so one result; its rows parsed by type like `query`'s.
      const [result] = await client.exec(`execute ${statement}(${args})`);
      return (result?.rows ?? []) as T[];
    } catch (err) {
      // The same error shape as every other query (drizzle's, with the database's error as its cause).
      throw new DrizzleQueryError(built.sql, built.params, err as Error);
    }
  }
  const result: unknown = await session.prepareQuery(built, undefined, name, false).execute();
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/** Names by caller's name and statement text: hashing a write plan's ~4 KB text on every call cost more than the lookup. */
const names = new Map<string, Map<string, string>>();

function statementName(name: string, text: string): string {
  let byText = names.get(name);
  if (!byText) names.set(name, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) {
    statement = `pm_${name}_${createHash("sha1").update(text).digest("hex").slice(0, 12)}`;
    byText.set(text, statement);
  }
  return statement;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`executePrepared: a parameter must be a string or a finite number, got ${typeof value}`);
}

const preparedQueries = new WeakMap<object, Map<string, unknown>>();

/**
 * A drizzle `.prepare()`d query, built once per database client (or transaction) and kept: the hot reads skip
 * query building, and on PostgreSQL run as a named statement (one round trip; see executePrepared).
 */
export function preparedQuery<Q>(db: Executor, name: string, build: (db: Executor) => Q): Q {
  let queries = preparedQueries.get(db);
  if (!queries) preparedQueries.set(db, (queries = new Map()));
  let query = queries.get(name) as Q | undefined;
  if (!query) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}

/**
 * A row that the database returned as JSON (`to_jsonb(t)`: column names, JSON values) in drizzle's shape
 * (property names, Dates, parsed arrays), through each column's own decoder.
 */
export function rowFromJson<TTable extends Table>(table: TTable, json: Record<string, unknown>): TTable["$inferSelect"] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as TTable["$inferSelect"];
}
