/**
 * The embedded database on a thread of its own. PGlite runs PostgreSQL compiled to WebAssembly: every statement
 * is CPU on the thread that calls it, and in the app process that thread also serves every request, so under
 * load the requests queued behind the database's own work (README, "The load run"). Here the PGlite instance
 * lives in a worker thread (db/pglite-worker.mjs) and this client passes it the statements drizzle, the
 * prepared statements and pg-boss's adapter send: `query`, `exec`, `transaction` and `close`, with PGlite's
 * result and error shapes. Still one instance and one session for the process (one process per data folder).
 *
 * Parsers are functions and cannot cross threads: the thread returns those types as PostgreSQL's text and this
 * side applies the caller's parser. Errors come back as plain data (message, name, code, constraint…).
 */
import { Worker } from "node:worker_threads";
import path from "node:path";
import type { PGlite, QueryOptions, Results, Transaction } from "@electric-sql/pglite";

const THREAD_FILE = path.join(process.cwd(), "db", "pglite-worker.mjs");

type PlainError = { message: string; name: string; fields: Record<string, string | number | boolean> };
type Reply = { id: number; result?: unknown; error?: PlainError } | { ready: boolean; error?: PlainError };
type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/** What of PGlite the app uses; the thread's client has exactly this. */
export type EmbeddedClient = Pick<PGlite, "query" | "exec" | "transaction" | "close">;

/**
 * The client typed as PGlite, for drizzle's PGlite driver, whose session calls only `query` and `transaction`:
 * the thread's client has both, with PGlite's shapes.
 */
export function asPglite(client: EmbeddedClient): PGlite {
  return client as PGlite;
}

function errorOf(plain: PlainError): Error {
  const err = new Error(plain.message);
  err.name = plain.name;
  return Object.assign(err, plain.fields);
}

type Parsers = Record<number, (value: string, typeId: number) => unknown>;

/** The caller's parsers, applied to what the thread returned as text (rows as arrays or as objects). */
function parse<T>(result: Results<T>, parsers: Parsers | undefined, rowMode: string | undefined): Results<T> {
  if (!parsers) return result;
  const columns: { index: number; name: string; parser: (value: string, typeId: number) => unknown; type: number }[] = [];
  result.fields.forEach((field, index) => {
    const parser = parsers[field.dataTypeID];
    if (parser) columns.push({ index, name: field.name, parser, type: field.dataTypeID });
  });
  if (columns.length === 0) return result;
  for (const row of result.rows as unknown as Record<string | number, unknown>[]) {
    for (const c of columns) {
      const key = rowMode === "array" ? c.index : c.name;
      const value = row[key];
      if (typeof value === "string") row[key] = c.parser(value, c.type);
    }
  }
  return result;
}

export class PgliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;
  private closing = false;

  private constructor(worker: Worker) {
    this.worker = worker;
  }

  /** Starts the thread and opens `dir` in it ("memory://" for an in-memory database). */
  static open(dir: string): Promise<PgliteThread> {
    const worker = new Worker(THREAD_FILE, { workerData: { dir } });
    const client = new PgliteThread(worker);
    return new Promise((resolve, reject) => {
      worker.once("message", (first: Reply) => {
        if (!("ready" in first)) return reject(new Error("the database thread answered before it was ready"));
        if (!first.ready) return reject(errorOf(first.error!));
        worker.on("message", (reply: Reply) => client.settle(reply));
        worker.unref();
        resolve(client);
      });
      worker.once("error", (err) => {
        client.fail(err);
        reject(err);
      });
      worker.once("exit", (code) => client.fail(new Error(client.closing ? "the database is closed" : `the database thread exited (code ${code})`)));
    });
  }

  private settle(reply: Reply): void {
    if (!("id" in reply)) return;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    // The thread keeps the process alive only while something waits on it.
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) waiting.reject(errorOf(reply.error));
    else waiting.resolve(reply.result);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }

  /** Sends one message and waits for its answer; `id` is the message's (a begin's names its transaction). */
  private send<T>(message: Record<string, unknown>, id = this.nextId++): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private async run<T>(op: "query" | "exec", tx: number | undefined, text: string, params: unknown[] | undefined, options: QueryOptions | undefined) {
    const { rowMode, parsers, ...rest } = options ?? {};
    if (Object.keys(rest).length > 0) throw new Error(`query options not passed to the database thread: ${Object.keys(rest).join(", ")}`);
    const raw = parsers ? Object.keys(parsers).map(Number) : undefined;
    const out = await this.send<Results<T> | Results<T>[]>({ op, tx, text, params, rowMode, raw });
    const typed = parsers as Parsers | undefined;
    return Array.isArray(out) ? out.map((r) => parse(r, typed, rowMode)) : parse(out, typed, rowMode);
  }

  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.run<T>("query", undefined, text, params, options) as Promise<Results<T>>;
  }

  exec(text: string, options?: QueryOptions): Promise<Results[]> {
    return this.run("exec", undefined, text, undefined, options) as Promise<Results[]>;
  }

  /** BEGIN, `fn`, then COMMIT, or ROLLBACK when `fn` throws (its error is rethrown), as PGlite's own. */
  async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = this.nextId++;
    await this.send({ op: "begin" }, id);
    let ended = false;
    const tx = {
      query: <R>(text: string, params?: unknown[], options?: QueryOptions) => this.run<R>("query", id, text, params, options),
      exec: (text: string, options?: QueryOptions) => this.run("exec", id, text, undefined, options),
      get closed() {
        return ended;
      },
      rollback: () => {
        throw new Error("roll back by throwing from the transaction's function");
      },
    } as unknown as Transaction;
    let value: T;
    try {
      value = await fn(tx);
    } catch (err) {
      ended = true;
      await this.send({ op: "rollback", tx: id });
      throw err;
    }
    ended = true;
    await this.send({ op: "commit", tx: id });
    return value;
  }

  /** Closes the database and ends its thread; every later call is refused with "the database is closed". */
  async close(): Promise<void> {
    if (this.closing || this.failure) return;
    const exited = new Promise((resolve) => this.worker.once("exit", resolve));
    await this.send({ op: "close" });
    this.closing = true;
    // Held until the thread has ended, or a script awaiting close() would end first (and warn of it).
    this.worker.ref();
    await exited;
  }
}
