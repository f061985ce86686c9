import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { PgBoss } from "pg-boss";
import { afterAll, expect, it, vi } from "vitest";
import * as schema from "@/db/schema";
import { guest, seedEveryTable, testAuth } from "@/tests/auth";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers, rowsOf } from "@/tests/databases";
import { hashUserRows } from "@/tests/row-hash";
import type { Db } from "@/db/client";
import { deleteUser } from "@/db/queries/user-data";
import { startBoss } from "@/lib/jobs/boss";
import { jobHandlers } from "@/lib/jobs/handlers";
import { REFINEMENT_CHECK } from "@/lib/jobs/queues";
import { deleteAccount } from "./delete-account";

const PASSWORD = "correct horse battery";

/** Every table of the schema with a user_id column, better-auth's included: found, not listed. */
const userKeyed = (Object.values(schema) as unknown[])
  .filter((t): t is PgTable => is(t, PgTable))
  .map((t) => getTableConfig(t))
  .filter((t) => t.columns.some((c) => c.name === "user_id"))
  .map((t) => t.name);

async function rowsPerTable(db: Db, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of [...userKeyed, "users"]) {
    const column = name === "users" ? "id" : "user_id";
    const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)} where ${sql.identifier(column)} = ${userId}`));
    out[name] = rows[0]!.n;
  }
  const resets = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from verification where value = ${userId}`));
  out.verification = resets[0]!.n;
  return out;
}

describeDrivers("deleting an account", (ctx) => {
  installAppDatabase(ctx);
  const db = () => ctx.database.db;
  let boss: PgBoss | undefined;
  afterAll(async () => {
    await boss?.stop({ graceful: false });
  });

  /** An account with a row in every user-keyed table (sessions, sign-in method and a pending reset included). */
  async function fullAccount(email: string) {
    const auth = await testAuth(db());
    const { jar } = await guest(auth);
    const signedUp = await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "" }, headers: jar.headers(), returnHeaders: true });
    const userId = signedUp.response.user.id;
    jar.take(signedUp.headers.get("set-cookie"));
    await seedEveryTable(db(), userId);
    await auth.api.requestPasswordReset({ body: { email } });
    return { auth, jar, userId };
  }

  it("finds the user-keyed tables from the schema, better-auth's included", () => {
    expect(userKeyed).toEqual(expect.arrayContaining(["session", "account", "signal", "message", "refinement_check"]));
  });

  it("leaves zero rows in every user-keyed table, ends the session, and touches nobody else", async () => {
    const { auth, jar, userId } = await fullAccount("leaving@example.com");
    const other = await fullAccount("staying@example.com");
    const before = await rowsPerTable(db(), userId);
    // Seeded everywhere, or the zero below would prove nothing (a table added later must be seeded in tests/auth.ts).
    for (const [table, n] of Object.entries(before)) expect(n, table).toBeGreaterThan(0);
    const othersBefore = await hashUserRows(db(), other.userId);
    expect(await auth.api.getSession({ headers: jar.headers() })).not.toBeNull();

    expect(await deleteAccount({ db: db(), userId })).toBe(true);

    const after = await rowsPerTable(db(), userId);
    for (const table of Object.keys(before)) expect(after[table], table).toBe(0);
    expect(await auth.api.getSession({ headers: jar.headers() })).toBeNull();
    expect(await hashUserRows(db(), other.userId)).toEqual(othersBefore);
    expect(await deleteAccount({ db: db(), userId })).toBe(false);
  });

  it("is one transaction: a failure after the deletes leaves every row in place", async () => {
    const { userId } = await fullAccount("undecided@example.com");
    const before = await hashUserRows(db(), userId);
    await expect(
      db().transaction(async (tx) => {
        await deleteUser({ tx, userId });
        throw new Error("injected failure after the deletes");
      }),
    ).rejects.toThrow("injected failure");
    expect(await hashUserRows(db(), userId)).toEqual(before);
  });

  it("a refinement check queued before the deletion runs as a no-op", async () => {
    const { userId } = await fullAccount("queued@example.com");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      // Queued (as after a 20th reply) while no worker runs; the account is deleted before any worker picks it up.
      boss = await startBoss(ctx.database, { work: false, handlers: jobHandlers() });
      const jobId = await boss.send(REFINEMENT_CHECK, { userId }, { singletonKey: userId });
      expect(jobId).toBeTypeOf("string");
      await deleteAccount({ db: db(), userId });
      await boss.stop({ graceful: false });
      boss = await startBoss(ctx.database, { work: true, handlers: jobHandlers() });
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith(`[jobs] refinement check for ${userId}: the user no longer exists; skipped`), {
        timeout: 20_000,
        interval: 50,
      });
      await vi.waitFor(async () => expect((await boss!.getJobById(REFINEMENT_CHECK, jobId!))?.state).toBe("completed"), { timeout: 20_000, interval: 50 });
    } finally {
      log.mockRestore();
    }
    expect(await rowsPerTable(db(), userId)).toMatchObject({ refinement_check: 0, amendment: 0, users: 0 });
  });
});
