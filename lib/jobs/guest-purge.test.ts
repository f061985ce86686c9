import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, expect, it, vi } from "vitest";
import { quotaCounter, session, users } from "@/db/schema";
import { countUsers } from "@/db/queries/user-data";
import { guest, seedEveryTable, testAuth } from "@/tests/auth";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { startBoss } from "./boss";
import { jobHandlers, jobSchedules } from "./handlers";
import { GUEST_PURGE } from "./queues";

const DAY = 24 * 60 * 60 * 1000;

describeDrivers("guest purge job (and the closed quota counters)", (ctx) => {
  installAppDatabase(ctx);
  let boss: PgBoss | undefined;
  afterAll(async () => {
    await boss?.stop({ graceful: false });
  });

  it("is scheduled daily by default", () => {
    expect(jobSchedules()).toContainEqual({ name: GUEST_PURGE, cron: "17 3 * * *" });
  });

  it("runs through pg-boss, deletes guests quiet for GUEST_RETENTION_DAYS and logs how many", async () => {
    const db = ctx.database.db;
    const auth = await testAuth(db, { GUEST_RETENTION_DAYS: "10" });
    const old = await guest(auth);
    const recent = await guest(auth);
    await seedEveryTable(db, old.userId);
    const longAgo = new Date(Date.now() - 11 * DAY);
    await db.update(users).set({ createdAt: longAgo }).where(eq(users.id, old.userId));
    await db.update(session).set({ updatedAt: longAgo }).where(eq(session.userId, old.userId));
    // Two quota counters: one whose window closed long ago, one still open.
    await db.insert(quotaCounter).values([
      { scope: "reply", subject: "closed", windowStart: longAgo, hits: 4 },
      { scope: "reply", subject: "open", windowStart: new Date(), hits: 1 },
    ]);

    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      boss = await startBoss(ctx.database, { work: true, handlers: jobHandlers() });
      await boss.send(GUEST_PURGE, {});
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith("[jobs] guest purge: 1 guest(s) inactive for 10+ days deleted"), {
        timeout: 20_000,
        interval: 50,
      });
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith("[jobs] quota purge: 1 closed counter(s) deleted"), { timeout: 20_000, interval: 50 });
    } finally {
      log.mockRestore();
    }
    expect(await countUsers({ db })).toEqual({ guests: 1, accounts: 0 });
    expect(await db.select({ id: users.id }).from(users)).toEqual([{ id: recent.userId }]);
    expect(await db.select({ subject: quotaCounter.subject }).from(quotaCounter)).toEqual([{ subject: "open" }]);
  });
});
