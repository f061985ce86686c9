/**
 * Prepared statements on one database client from several copies of db/prepared.ts: a production build gives
 * instrumentation (the job engine and its handlers) its own copy of the module, sharing the app's client
 * (db/client.ts caches it on globalThis). A job running a statement a route already prepared must run it,
 * not fail with "prepared statement already exists" (42P05) — which is how every diverging refinement check
 * failed in the job engine (issue 11's refinement e2e).
 */
import { sql } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { describeDrivers } from "@/tests/databases";

type PreparedModule = typeof import("./prepared");

/** A fresh copy of the module, as another bundle of the same process has. */
async function anotherCopy(): Promise<PreparedModule> {
  vi.resetModules();
  return import("./prepared");
}

describeDrivers("executePrepared from several copies of the module", (ctx) => {
  const query = (n: number) => sql`select ${n}::int + 1 as next`;

  it("a statement one copy prepared runs from another copy on the same client", async () => {
    const first = await anotherCopy();
    const second = await anotherCopy();
    expect(first).not.toBe(second);
    expect(await first.executePrepared(ctx.database.db, "copies", query(1))).toEqual([{ next: 2 }]);
    expect(await second.executePrepared(ctx.database.db, "copies", query(2))).toEqual([{ next: 3 }]);
    expect(await first.executePrepared(ctx.database.db, "copies", query(3))).toEqual([{ next: 4 }]);
  });

  it("a statement the session holds but no registry knows of (it was forgotten) still runs", async () => {
    const copy = await anotherCopy();
    expect(await copy.executePrepared(ctx.database.db, "forgotten", query(10))).toEqual([{ next: 11 }]);
    delete (globalThis as { __profileMakerPrepared?: unknown }).__profileMakerPrepared;
    const fresh = await anotherCopy();
    expect(await fresh.executePrepared(ctx.database.db, "forgotten", query(20))).toEqual([{ next: 21 }]);
  });

  it("any other failure to prepare is the caller's error, and the next call prepares again", async () => {
    const copy = await anotherCopy();
    const broken = sql`select no_such_column from personality_summary where user_id = ${crypto.randomUUID()}::uuid`;
    await expect(copy.executePrepared(ctx.database.db, "broken", broken)).rejects.toThrow(/no_such_column/);
    await expect(copy.executePrepared(ctx.database.db, "broken", broken)).rejects.toThrow(/no_such_column/);
  });
});
