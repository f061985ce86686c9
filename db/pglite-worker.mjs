/**
 * The embedded database's own thread (db/pglite-thread.ts opens it): one PGlite instance, answering the app
 * thread's messages. Plain JavaScript so Node loads it as it is, outside every bundle.
 *
 * In: { id, op: "query" | "exec" | "begin" | "commit" | "rollback" | "close", tx?, text?, params?, rowMode?, raw? }.
 * Out: { id, result } or { id, error }; first { ready: true } or { ready: false, error }.
 * `raw` lists the type oids the caller parses itself: they come back as PostgreSQL's text. A transaction is open
 * from "begin" until "commit" or "rollback" names it; PGlite runs every other statement after it ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const port = parentPort;
if (!port) throw new Error("db/pglite-worker.mjs runs as a worker thread");

/** An error as plain data: its message, name and the database's fields (code, constraint, detail…). */
function plain(err) {
  const out = { message: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : "Error", fields: {} };
  if (err && typeof err === "object") {
    for (const [key, value] of Object.entries(err)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out.fields[key] = value;
    }
  }
  return out;
}

const identity = (value) => value;
/** Query options by `raw` list: drizzle asks for the same few on every statement. */
const optionsByRaw = new Map();
function optionsOf(rowMode, raw) {
  const key = `${rowMode ?? ""}:${raw ? raw.join(",") : ""}`;
  let options = optionsByRaw.get(key);
  if (!options) {
    options = {};
    if (rowMode) options.rowMode = rowMode;
    if (raw) options.parsers = Object.fromEntries(raw.map((oid) => [oid, identity]));
    optionsByRaw.set(key, options);
  }
  return options;
}

let db;
try {
  db = await PGlite.create(workerData.dir);
} catch (err) {
  port.postMessage({ ready: false, error: plain(err) });
  port.close();
}

/** Open transactions by id: PGlite's transaction object, and how to end it. */
const transactions = new Map();
/** What a rollback rejects its transaction's function with: PGlite rolls back, and the rollback is answered. */
const ROLLED_BACK = Symbol("rolled back");

function reply(id, run) {
  run().then(
    (result) => port.postMessage({ id, result }),
    (err) => port.postMessage({ id, error: plain(err) }),
  );
}

function on(message) {
  const { id, op } = message;
  const open = message.tx === undefined ? null : transactions.get(message.tx);
  if (message.tx !== undefined && !open) return port.postMessage({ id, error: plain(new Error(`transaction ${message.tx} is not open`)) });
  const target = open ? open.tx : db;
  switch (op) {
    case "query":
      return reply(id, () => target.query(message.text, message.params, optionsOf(message.rowMode, message.raw)));
    case "exec":
      return reply(id, () => target.exec(message.text, optionsOf(message.rowMode, message.raw)));
    case "begin": {
      const entry = { tx: null, end: null, endId: null };
      const ended = db.transaction(
        (tx) =>
          new Promise((resolve, reject) => {
            entry.tx = tx;
            entry.end = { resolve, reject };
            transactions.set(message.id, entry);
            port.postMessage({ id, result: null });
          }),
      );
      ended.then(
        () => {
          transactions.delete(message.id);
          port.postMessage({ id: entry.endId, result: null });
        },
        (err) => {
          transactions.delete(message.id);
          // Never begun: the error is the begin's. Rolled back on request: that was the answer asked for.
          if (entry.endId === null) port.postMessage({ id, error: plain(err) });
          else if (err === ROLLED_BACK) port.postMessage({ id: entry.endId, result: null });
          else port.postMessage({ id: entry.endId, error: plain(err) });
        },
      );
      return;
    }
    case "commit":
    case "rollback":
      open.endId = id;
      return op === "commit" ? open.end.resolve() : open.end.reject(ROLLED_BACK);
    case "close":
      return reply(id, async () => {
        await db.close();
        setImmediate(() => port.close());
        return null;
      });
    default:
      return port.postMessage({ id, error: plain(new Error(`unknown operation ${op}`)) });
  }
}

if (db) {
  port.on("message", on);
  port.postMessage({ ready: true });
}
