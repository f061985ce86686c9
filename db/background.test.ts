import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gateStats, inBackground, isBackground, prioritize } from "./background";
import { PgliteThread } from "./pglite-thread";

describe("requests first on PGlite (db/background.ts)", () => {
  // The embedded database as the app opens it: on its own thread (db/client.ts).
  let client: PgliteThread;
  beforeAll(async () => {
    client = prioritize(await PgliteThread.open("memory://"));
  });
  afterAll(async () => {
    await client.close();
  });

  it("a background statement waits for the foreground statements queued after it, which an unprioritized connection runs in arrival order", async () => {
    const order: string[] = [];
    const note = (name: string) => (r: unknown) => {
      order.push(name);
      return r;
    };
    const first = client.query("select 1").then(note("request 1"));
    const job = inBackground(() => client.query("select 2")).then(note("job"));
    const second = client.query("select 3").then(note("request 2"));
    await Promise.all([first, job, second]);
    expect(order).toEqual(["request 1", "request 2", "job"]);

    const plain = await PgliteThread.open("memory://");
    try {
      const seen: string[] = [];
      await Promise.all([
        plain.query("select 1").then(() => seen.push("request 1")),
        inBackground(() => plain.query("select 2")).then(() => seen.push("job")),
        plain.query("select 3").then(() => seen.push("request 2")),
      ]);
      expect(seen).toEqual(["request 1", "job", "request 2"]);
    } finally {
      await plain.close();
    }
  });

  it("a background transaction waits once, before it begins, and still commits whole", async () => {
    await client.exec("create table t (n int)");
    const before = gateStats(client)!.waits;
    await inBackground(() =>
      client.transaction(async (tx) => {
        await tx.query("insert into t values (1)");
        await tx.query("insert into t values (2)");
      }),
    );
    expect(gateStats(client)!.waits).toBe(before + 1);
    expect((await client.query<{ n: number }>("select n from t order by n")).rows).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("a job still moves on while requests never stop", async () => {
    let done = false;
    let requests = 0;
    const job = inBackground(async () => {
      for (let i = 0; i < 3; i++) await client.query("select 1");
    }).then(() => (done = true));
    while (!done) {
      // Each request arrives as I/O does, on a later turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await client.query("select 2");
      requests++;
    }
    await job;
    expect(done).toBe(true);
    expect(requests).toBeGreaterThan(0);
  });

  it("the background mark stays inside inBackground", async () => {
    expect(isBackground()).toBe(false);
    await inBackground(async () => {
      await Promise.resolve();
      expect(isBackground()).toBe(true);
    });
    expect(isBackground()).toBe(false);
  });
});
