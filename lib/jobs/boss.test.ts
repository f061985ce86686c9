import { describe, expect, it, vi } from "vitest";
import { PgBoss } from "pg-boss";
import { createTestDatabase, testDrivers } from "@/tests/databases";
import { startBoss, workerPace } from "./boss";
import { DRIFT_SWEEP, REFINEMENT_CHECK } from "./queues";

/** Resolves when `check` returns true, polling the queue rather than sleeping a fixed time. */
async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

for (const driver of testDrivers()) {
  describe(`job engine [${driver}]`, () => {
    it("creates the queues, runs a worker and keeps one check per user at a time", async () => {
      const database = await createTestDatabase(driver);
      const seen: unknown[] = [];
      let boss: PgBoss | undefined;
      try {
        boss = await startBoss(database, {
          work: true,
          handlers: { [DRIFT_SWEEP]: async (data) => void seen.push(data) },
        });
        expect((await boss.getQueue(REFINEMENT_CHECK))?.policy).toBe("stately");
        await boss.send(DRIFT_SWEEP, { n: 1 });
        await until(async () => seen.length === 1);
        expect(seen).toEqual([{ n: 1 }]);

        // "stately" + singletonKey: a second queued check for the same user is refused.
        const first = await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" });
        const second = await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" });
        const other = await boss.send(REFINEMENT_CHECK, { userId: "u2" }, { singletonKey: "u2" });
        expect(first).toBeTypeOf("string");
        expect(second).toBeNull();
        expect(other).toBeTypeOf("string");
      } finally {
        await boss?.stop({ graceful: false });
        await database.drop();
      }
    });

    // A PostgreSQL worker runs two jobs at once (workerPace): two users' checks overlap; on PGlite one at a time.
    if (driver !== "pglite") {
      it("a PostgreSQL worker runs two users' checks at the same time", async () => {
        const database = await createTestDatabase(driver);
        let active = 0;
        let overlapped = false;
        const release = Promise.withResolvers<void>();
        let boss: PgBoss | undefined;
        try {
          boss = await startBoss(database, {
            work: true,
            handlers: {
              [REFINEMENT_CHECK]: async () => {
                active++;
                if (active === 2) {
                  overlapped = true;
                  release.resolve();
                }
                await release.promise;
                active--;
              },
            },
          });
          await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" });
          await boss.send(REFINEMENT_CHECK, { userId: "u2" }, { singletonKey: "u2" });
          await until(async () => overlapped);
          expect(overlapped).toBe(true);
        } finally {
          release.resolve();
          await boss?.stop({ graceful: false });
          await database.drop();
        }
      });
    }

    it("a failing job is logged with its queue and id, never its error's message", async () => {
      const database = await createTestDatabase(driver);
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      let boss: PgBoss | undefined;
      try {
        boss = await startBoss(database, {
          work: true,
          handlers: { [DRIFT_SWEEP]: async () => Promise.reject(new Error("secret user text")) },
        });
        const id = await boss.send(DRIFT_SWEEP, {}, { retryLimit: 0 });
        await until(async () => (await boss!.getJobById(DRIFT_SWEEP, id!))?.state === "failed");
        const lines = logged.mock.calls.map((args) => String(args[0])).filter((line) => line.startsWith("[jobs] a job failed"));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`queue=${DRIFT_SWEEP} job=${id}`);
        expect(lines[0]).not.toContain("secret user text");
      } finally {
        logged.mockRestore();
        await boss?.stop({ graceful: false });
        await database.drop();
      }
    });
  });
}

describe("workerPace", () => {
  it("keeps PGlite's in-app engine at pg-boss's pace and lets a PostgreSQL worker take two jobs every 0.5 s", () => {
    expect(workerPace({ pglite: null })).toEqual({ pollingIntervalSeconds: 0.5, localConcurrency: 2 });
    expect(workerPace({ pglite: {} as never })).toEqual({});
  });
});
