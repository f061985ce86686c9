/**
 * Databases for the benchmarks, made the way tests/databases.ts makes them: an in-memory PGlite, or a fresh
 * `pm_bench_<run>_<label>` database on the PostgreSQL server of DATABASE_URL, dropped when the benchmark ends
 * (and on Ctrl-C). Existing databases on that server are never touched. The app code under test opens its
 * database through getDb(); `installAppDatabase` puts the benchmark's database in its place.
 */
import { randomBytes } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type Database, type Db } from "@/db/client";
import type { DriverName } from "./report";

export type BenchDatabase = Database & { label: string; drop: () => Promise<void> };

const RUN_ID = randomBytes(4).toString("hex");
const created = new Set<string>();
let adminUrl: string | null = null;

/** The PostgreSQL server to create databases on (from DATABASE_URL, captured before the app can see it). */
export function setAdminUrl(url: string | null): void {
  adminUrl = url;
}

export function hasPostgres(): boolean {
  return adminUrl !== null;
}

/** The URL of a database on the admin server (same host, user and options, another name). */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const client = postgres(adminUrl!, { max: 1, onnotice: () => undefined });
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `pm_bench_<run>_<label>` (no migrations) and returns its name. */
export async function createPostgresDatabase(label: string): Promise<string> {
  const name = `pm_bench_${RUN_ID}_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
  await admin((s) => s.unsafe(`create database ${name}`));
  created.add(name);
  return name;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await admin((s) => s.unsafe(`drop database if exists ${name} with (force)`));
  created.delete(name);
}

/** Drops whatever this run created and has not dropped yet (used on Ctrl-C and after a crash). */
export async function dropLeftovers(): Promise<void> {
  for (const name of [...created]) await dropPostgresDatabase(name).catch(() => undefined);
}

/** A fresh, migrated database for one driver. */
export async function createBenchDatabase(driver: DriverName, label: string): Promise<BenchDatabase> {
  if (driver === "pglite") {
    const database = await openDatabase({ pgliteDir: "memory://" });
    return { ...database, label, drop: database.close };
  }
  const name = await createPostgresDatabase(label);
  const database = await openDatabase({ url: databaseUrl(name) });
  return {
    ...database,
    label,
    drop: async () => {
      await database.close();
      await dropPostgresDatabase(name);
    },
  };
}

type Cache = { database?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __profileMakerDb?: Cache };

/** Makes getDb() (readPreamble, rateResponse, writerContext, …) answer with this database. */
export function installAppDatabase(database: Database): void {
  holder.__profileMakerDb = { database: Promise.resolve(database) };
}

export function uninstallAppDatabase(): void {
  holder.__profileMakerDb = undefined;
}

/** Rows of a raw execute, whose shape differs between postgres.js (array) and PGlite ({ rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

export async function query<T>(db: Db, statement: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

/** VACUUM cannot run inside a transaction block; both drivers run a lone statement outside one. */
export async function vacuumAnalyze(db: Db, tables: string[]): Promise<void> {
  await db.execute(sql.raw(`vacuum analyze ${tables.join(", ")}`));
}

/**
 * Deterministic user ids from an integer, so set-based seeding (generate_series) and TypeScript agree on who
 * is who and "the first N users" is a range: 00000000-0000-4000-8000-<i as 12 hex digits> (a valid v4 UUID).
 */
export function benchUserId(i: number): string {
  return `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
}

/** The same id computed in SQL from an integer expression. */
export function sqlUserId(expr: string): SQL {
  return sql.raw(`('00000000-0000-4000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`);
}

/** Inserts users first..last (inclusive) with benchUserId ids, in one statement. */
export async function seedUsers(db: Db, first: number, last: number): Promise<void> {
  await db.execute(sql`insert into users (id) select ${sqlUserId("i")} from generate_series(${first}::int, ${last}::int) i`);
}
