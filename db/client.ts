/**
 * The database: PostgreSQL (postgres.js) when DATABASE_URL is set, embedded PGlite otherwise. Opened lazily
 * and cached on globalThis so `next build` never touches the data folder and dev hot reloads reuse one client
 * (PGlite allows exactly one process per data folder). Migrations are applied on first open.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { EmbeddedClient } from "./pglite-thread";
import { env, pgliteDataDir } from "@/lib/env";
import { prioritize } from "./background";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;
export type Driver = "pglite" | "postgres";

export type Database = {
  db: Db;
  driver: Driver;
  /**
   * The embedded database, on its own thread (db/pglite-thread.ts); pg-boss runs on it through its PGlite
   * adapter. Null on PostgreSQL.
   */
  pglite: EmbeddedClient | null;
  /** The connection string on PostgreSQL (pg-boss opens its own pool with it); null on PGlite. */
  url: string | null;
  close: () => Promise<void>;
};

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export type PoolMode = "session" | "transaction";

/**
 * Opens a database and applies migrations. `pgliteDir` may be "memory://" for an in-memory database.
 * `poolMode` "transaction": the URL is PgBouncer in transaction pooling (see openPostgres).
 */
export async function openDatabase(opts: { url?: string; pgliteDir?: string; poolMode?: PoolMode }): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolMode ?? "session");
  return openPglite(opts.pgliteDir ?? "memory://");
}

async function openPglite(dir: string): Promise<Database> {
  const { PgliteThread, asPglite } = await import("./pglite-thread");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (!dir.startsWith("memory://")) await mkdir(path.dirname(path.resolve(dir)), { recursive: true });
  // Requests first: the job engine shares this one connection in this process (db/background.ts).
  const client = prioritize(await PgliteThread.open(dir));
  const db = drizzle(asPglite(client), { schema });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (err) {
    // Not opened: the thread goes too, and with it the data folder's lock, so the next open can try again.
    await client.close();
    throw err;
  }
  return { db: db as unknown as Db, driver: "pglite", pglite: client, url: null, close: () => client.close() };
}

/**
 * In transaction pooling every transaction may run on another server connection, so a named prepared statement
 * parsed on one is missing on the next: `prepare: false` makes postgres.js send only unnamed statements (each
 * query then describes its parameters first: one extra round trip). A session-level advisory lock would stay
 * behind on whichever server took it, so there migrations run without it: drizzle applies them in one
 * transaction, and an instance that loses a race to another fails to open and opens again on the next request.
 */
async function openPostgres(url: string, poolMode: PoolMode): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const prepare = poolMode === "session";
  const lockClient = postgres(url, { max: 1, prepare, onnotice: () => undefined });
  try {
    // Several app instances may start at once: one migrates while the others wait on the advisory lock.
    if (prepare) await lockClient`select pg_advisory_lock(738201)`;
    await migrate(drizzle(lockClient), { migrationsFolder: MIGRATIONS_FOLDER });
    if (prepare) await lockClient`select pg_advisory_unlock(738201)`;
  } finally {
    await lockClient.end();
  }
  const client = postgres(url, { max: 10, prepare, onnotice: () => undefined });
  const db = drizzle(client, { schema });
  return { db: db as unknown as Db, driver: "postgres", pglite: null, url, close: () => client.end() };
}

type Cache = { database?: Promise<Database> };
const cache = globalThis as typeof globalThis & { __profileMakerDb?: Cache };

/** The app's database, opened on first use. */
export function getDatabase(): Promise<Database> {
  const c = (cache.__profileMakerDb ??= {});
  if (!c.database) {
    const e = env();
    c.database = openDatabase({ url: e.DATABASE_URL, pgliteDir: pgliteDataDir(e), poolMode: e.DATABASE_POOL_MODE });
    // A failed open must not be cached forever: the next request tries again.
    c.database.catch(() => {
      c.database = undefined;
    });
  }
  return c.database;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
