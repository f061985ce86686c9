/**
 * Route handlers and server modules open the app database through getDb(). Integration tests that call them
 * directly install their per-driver test database in its place, for the duration of the describe block.
 */
import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/db/client";

type Cache = { database?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __profileMakerDb?: Cache };

export function installAppDatabase(ctx: { database: Database }): void {
  let previous: Cache | undefined;
  beforeAll(() => {
    previous = holder.__profileMakerDb;
    holder.__profileMakerDb = { database: Promise.resolve(ctx.database) };
  });
  afterAll(() => {
    holder.__profileMakerDb = previous;
  });
}
