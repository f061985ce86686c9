import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite, types } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteThread } from "./pglite-thread";

const SETUP = `
  create table t (id int primary key, name text not null, at timestamptz, doc jsonb, bytes bytea, amount numeric, tags text[]);
  insert into t values (1, 'one', '2026-12-01 10:00:00+00', '{"a": [1, 2]}', '\\x0102', 1.50, '{x,y}'), (2, 'two', null, null, null, null, null);
`;
const SELECT = "select * from t where id >= $1 order by id";

describe("the embedded database on its own thread (db/pglite-thread.ts)", () => {
  let thread: PgliteThread;
  let local: PGlite;
  beforeAll(async () => {
    [thread, local] = await Promise.all([PgliteThread.open("memory://"), PGlite.create("memory://")]);
    await Promise.all([thread.exec(SETUP), local.exec(SETUP)]);
  });
  afterAll(async () => {
    await Promise.all([thread.close(), local.close()]);
  });

  it("answers query and exec with what PGlite in the same process answers: rows, fields, values of every type", async () => {
    for (const rowMode of ["object", "array"] as const) {
      const [there, here] = await Promise.all([thread.query(SELECT, [1], { rowMode }), local.query(SELECT, [1], { rowMode })]);
      expect(there).toEqual(here);
    }
    const first = (await thread.query<{ at: Date; doc: unknown; bytes: Uint8Array }>(SELECT, [1])).rows[0]!;
    expect(first.at).toEqual(new Date("2026-12-01T10:00:00Z"));
    expect(first.doc).toEqual({ a: [1, 2] });
    expect([...first.bytes]).toEqual([1, 2]);

    const update = "update t set name = name || '!' where id = 2; select name from t where id = 2";
    const [there, here] = await Promise.all([thread.exec(update), local.exec(update)]);
    expect(there).toEqual(here);
    expect(there[1]!.rows).toEqual([{ name: "two!" }]);
  });

  it("applies the caller's parsers on this side, to the columns of their types only, in both row modes", async () => {
    const parsers = { [types.TIMESTAMPTZ]: (v: string) => `text:${v}`, [types.INT4]: (v: string) => Number(v) * 10 };
    const objects = await thread.query<Record<string, unknown>>("select id, at, name from t order by id", [], { parsers });
    expect(objects.rows).toEqual([
      { id: 10, at: "text:2026-12-01 10:00:00+00", name: "one" },
      { id: 20, at: null, name: "two!" },
    ]);
    const arrays = await thread.query<unknown[]>("select id, at from t order by id", [], { parsers, rowMode: "array" });
    expect(arrays.rows).toEqual([
      [10, "text:2026-12-01 10:00:00+00"],
      [20, null],
    ]);
    // drizzle's own parsers (identity for dates) leave them as PostgreSQL's text, as in process.
    const identity = { [types.TIMESTAMPTZ]: (v: string) => v };
    const [there, here] = await Promise.all([
      thread.query("select at from t where id = 1", [], { parsers: identity }),
      local.query("select at from t where id = 1", [], { parsers: identity }),
    ]);
    expect(there.rows).toEqual(here.rows);
  });

  it("refuses options it cannot pass to the thread instead of ignoring them", async () => {
    await expect(thread.query("select 1", [], { blob: new Blob(["x"]) })).rejects.toThrow(/not passed to the database thread: blob/);
  });

  it("rejects with the database's error fields (code, constraint, detail), and the next statement runs", async () => {
    const err = (await thread.query("insert into t (id, name) values (1, 'again')").catch((e: unknown) => e)) as Record<string, unknown>;
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: "23505", constraint: "t_pkey", detail: "Key (id)=(1) already exists.", severity: "ERROR" });
    expect(err.message).toBe('duplicate key value violates unique constraint "t_pkey"');
    expect((await thread.query("select count(*)::int as n from t")).rows).toEqual([{ n: 2 }]);
  });

  it("commits a transaction whole, and rolls it back when its function throws, rethrowing that very error", async () => {
    const value = await thread.transaction(async (tx) => {
      await tx.query("insert into t (id, name) values (3, 'three')");
      await tx.exec("insert into t (id, name) values (4, 'four')");
      return (await tx.query<{ n: number }>("select count(*)::int as n from t")).rows[0]!.n;
    });
    expect(value).toBe(4);

    const mine = new Error("changed my mind");
    await expect(
      thread.transaction(async (tx) => {
        await tx.query("insert into t (id, name) values (5, 'five')");
        throw mine;
      }),
    ).rejects.toBe(mine);
    // A statement that fails inside aborts the transaction; the rollback leaves the connection usable.
    await expect(
      thread.transaction(async (tx) => {
        await tx.query("insert into t (id, name) values (6, 'six')");
        await tx.query("insert into t (id, name) values (1, 'dup')");
      }),
    ).rejects.toMatchObject({ code: "23505" });
    expect((await thread.query("select id from t order by id", [], { rowMode: "array" })).rows).toEqual([[1], [2], [3], [4]]);
  });

  it("runs a statement sent while a transaction is open after the transaction ends, never inside it", async () => {
    const order: string[] = [];
    let outside: Promise<unknown> = Promise.resolve();
    await thread.transaction(async (tx) => {
      await tx.query("insert into t (id, name) values (7, 'seven')");
      outside = thread.query<{ n: number }>("select count(*)::int as n from t").then((r) => {
        order.push(`outside saw ${r.rows[0]!.n}`);
      });
      await tx.query("delete from t where id = 7");
      order.push("transaction done");
    });
    await outside;
    expect(order).toEqual(["transaction done", "outside saw 4"]);
  });

  it("after close, refuses every call with a clear error", async () => {
    const other = await PgliteThread.open("memory://");
    await other.close();
    await expect(other.query("select 1")).rejects.toThrow("the database is closed");
    await other.close();
  });
});

describe("opening the embedded database's thread", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pm-thread-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("fails with PGlite's own error when the data folder cannot be opened", async () => {
    const file = path.join(dir, "a-file");
    await writeFile(file, "not a folder");
    await expect(PgliteThread.open(path.join(file, "db"))).rejects.toThrow(/ENOTDIR|not a directory/);
  });

  it("keeps a data folder across threads, and does not keep a script's process alive once nothing waits", async () => {
    const data = path.join(dir, "data");
    const script = path.join(dir, "script.mts");
    await writeFile(
      script,
      `
      import { PgliteThread } from ${JSON.stringify(path.resolve("db/pglite-thread.ts"))};
      const db = await PgliteThread.open(${JSON.stringify(data)});
      await db.exec("create table if not exists kept (n int); insert into kept values (1)");
      const { rows } = await db.query("select count(*)::int as n from kept");
      console.log("rows", rows[0].n);
      await db.close();
      const again = await PgliteThread.open(${JSON.stringify(data)});
      console.log("again", (await again.query("select count(*)::int as n from kept")).rows[0].n);
      // Not closed: the process must still end.
    `,
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], {
      cwd: process.cwd(),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("rows 1\nagain 1\n");
    expect(run.status).toBe(0);
  });
});
