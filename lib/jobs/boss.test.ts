import { describe, expect, it } from "vitest";
import { PgBoss } from "pg-boss";
import { createTestDatabase, testDrivers } from "@/tests/databases";
import { startBoss } from "./boss";
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
  });
}
