/**
 * Integration tests run against BOTH drivers: an in-memory PGlite, and (when TEST_DATABASE_URL is set) a
 * PostgreSQL database created for this test file and dropped afterwards. The tests of the hot writers also
 * run a third time through PgBouncer in transaction pooling ("pgbouncer", when TEST_PGBOUNCER_URL is set):
 * the database is created and migrated directly on TEST_DATABASE_URL's server, and the app's client connects
 * through the pooler with DATABASE_POOL_MODE=transaction's settings.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { openDatabase, type Database, type Db } from "@/db/client";
import { asPglite } from "@/db/pglite-thread";
import * as schema from "@/db/schema";

export type DriverName = "pglite" | "postgres" | "pgbouncer";

export function testDrivers(opts: { pgbouncer?: boolean } = {}): DriverName[] {
  const drivers: DriverName[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  if (opts.pgbouncer && process.env.TEST_DATABASE_URL && process.env.TEST_PGBOUNCER_URL) drivers.push("pgbouncer");
  return drivers;
}

/** A fresh, migrated database for one driver. `drop` removes it (PostgreSQL) or closes it (PGlite). */
export async function createTestDatabase(driver: DriverName): Promise<Database & { drop: () => Promise<void> }> {
  if (driver === "pglite") {
    const database = await openDatabase({ pgliteDir: "memory://" });
    return { ...database, drop: database.close };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `pm_test_${randomBytes(6).toString("hex")}`;
  const sql = postgres(admin, { max: 1, onnotice: () => undefined });
  await sql.unsafe(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let database = await openDatabase({ url: url.toString() });
  if (driver === "pgbouncer") {
    await database.close();
    const pooled = new URL(process.env.TEST_PGBOUNCER_URL!);
    pooled.pathname = `/${name}`;
    database = await openDatabase({ url: pooled.toString(), poolMode: "transaction" });
  }
  return {
    ...database,
    drop: async () => {
      await database.close();
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}

/** `describe` once per driver with a migrated database in `ctx.database`; `pgbouncer`: also through the pooler. */
export function describeDrivers(
  name: string,
  body: (ctx: { database: Database; driver: DriverName }) => void,
  opts: { pgbouncer?: boolean } = {},
): void {
  for (const driver of testDrivers(opts)) {
    describe(`${name} [${driver}]`, () => {
      const ctx = { driver } as { database: Database; driver: DriverName };
      let drop: () => Promise<void>;
      beforeAll(async () => {
        const d = await createTestDatabase(driver);
        ctx.database = d;
        drop = d.drop;
      });
      afterAll(async () => {
        await drop();
      });
      body(ctx);
    });
  }
}

/** Rows of a raw `db.execute` result, whose shape differs between postgres.js (array) and PGlite ({ rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/**
 * The same database through a client that counts the statements it sends: on PostgreSQL through drizzle's logger
 * (which sees executePrepared's statements too); on PGlite every statement reaching the client through `query`
 * (drizzle) or `exec` (executePrepared sends its EXECUTE as one message), less executePrepared's
 * once-per-client PREPARE (db/prepared.ts), which is no per-request query. `close` ends its PostgreSQL client.
 */
export function countingDb(ctx: { database: Database; driver: DriverName }): { db: Db; queries: string[]; close: () => Promise<void> } {
  const queries: string[] = [];
  const pglite = ctx.database.pglite;
  if (pglite) {
    const counted = new Proxy(pglite, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        if (prop !== "query" && prop !== "exec") return value.bind(target);
        return (text: string, ...rest: unknown[]) => {
          if (!/^prepare /i.test(text)) queries.push(text);
          return (value as (...args: unknown[]) => unknown).call(target, text, ...rest);
        };
      },
    });
    return { db: drizzlePglite(asPglite(counted), { schema }) as unknown as Db, queries, close: async () => undefined };
  }
  const logger = { logQuery: (q: string) => void queries.push(q) };
  const client = postgres(ctx.database.url!, { max: 1, onnotice: () => undefined, prepare: ctx.driver !== "pgbouncer" });
  return { db: drizzlePostgres(client, { schema, logger }) as unknown as Db, queries, close: () => client.end() };
}
