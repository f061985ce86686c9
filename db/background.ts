/**
 * Requests first on PGlite. One PGlite instance is one connection for the whole app process, and on PGlite the
 * job engine runs in that process too (docs/design.md, "Storage, jobs and scale"): every statement waits for
 * the one before it, whoever sent it. Work marked as background (`inBackground`: the job handlers) therefore
 * waits before each of its statements and transactions until the database has had no foreground statement
 * running for `QUIET_MS` and it has rested long enough to stay within `BACKGROUND_SHARE` of the process's
 * time, but never longer than `MAX_WAIT_MS`, so a job always moves on. Foreground is
 * everything else (requests, pg-boss's own polling). The background's steps must be small for this to hold
 * (lib/jobs/drift-sweep.ts, PGLITE_PACING); a request then waits at most one small step, never a whole job.
 * On PostgreSQL nothing is installed: each worker has connections of its own.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { EmbeddedClient } from "./pglite-thread";

/** How long the database must have been free of foreground statements before a background step starts. */
export const QUIET_MS = 4;
/** The longest a background step waits for such a moment. */
export const MAX_WAIT_MS = 100;
/**
 * The share of the process's time background work may take: after working for t since its last wait (its
 * statements and the JavaScript around them, which runs on the requests' thread too), it waits at least
 * t × (1 − share) / share before its next statement. A job on an idle server takes three times as long.
 */
export const BACKGROUND_SHARE = 1 / 3;

const background = new AsyncLocalStorage<true>();

/** Runs `fn` as background work: on a prioritized PGlite, its statements give way to everyone else's. */
export function inBackground<T>(fn: () => Promise<T>): Promise<T> {
  return background.run(true, fn);
}

export function isBackground(): boolean {
  return background.getStore() === true;
}

type Gate = {
  running: number;
  lastEnd: number;
  resumed: number | null;
  waits: number;
  waitedMs: number;
  /** The background's steps (statements, transactions): how long they held the connection, in all and at most. */
  stepMs: number;
  longestStepMs: number;
};

const gates = new WeakMap<EmbeddedClient, Gate>();

export type GateStats = { waits: number; waitedMs: number; stepMs: number; longestStepMs: number };

/**
 * How often, and for how long, background work waited on this instance, and how long its steps held the
 * connection (the longest is the most a request can wait behind it). Tests and the bench read it.
 */
export function gateStats(client: EmbeddedClient): GateStats | null {
  const gate = gates.get(client);
  return gate ? { waits: gate.waits, waitedMs: gate.waitedMs, stepMs: gate.stepMs, longestStepMs: gate.longestStepMs } : null;
}

async function giveWay(gate: Gate): Promise<void> {
  const start = performance.now();
  // Work since the last wait (a long pause means a new job: nothing owed).
  const worked = gate.resumed === null ? 0 : Math.min(MAX_WAIT_MS, start - gate.resumed);
  const owed = (worked * (1 - BACKGROUND_SHARE)) / BACKGROUND_SHARE;
  for (;;) {
    const now = performance.now();
    const quietFor = gate.running > 0 ? 0 : now - gate.lastEnd;
    const waited = now - start;
    if ((quietFor >= QUIET_MS && waited >= owed) || waited >= MAX_WAIT_MS) break;
    await sleep(Math.max(1, Math.min(MAX_WAIT_MS - waited, Math.max(QUIET_MS - quietFor, owed - waited))));
  }
  gate.resumed = performance.now();
  gate.waits++;
  gate.waitedMs += gate.resumed - start;
}

/**
 * Wraps the instance's top-level entry points (query, exec, transaction: what drizzle, the prepared
 * statements and pg-boss's adapter call). Statements inside a transaction go through the transaction's own
 * object and are not gated: a background transaction waits once, before it begins.
 */
export function prioritize<C extends EmbeddedClient>(client: C): C {
  if (gates.has(client)) return client;
  const gate: Gate = { running: 0, lastEnd: 0, resumed: null, waits: 0, waitedMs: 0, stepMs: 0, longestStepMs: 0 };
  gates.set(client, gate);
  const wrap = <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (isBackground()) {
        await giveWay(gate);
        const start = performance.now();
        try {
          return await method(...args);
        } finally {
          const ms = performance.now() - start;
          gate.stepMs += ms;
          gate.longestStepMs = Math.max(gate.longestStepMs, ms);
        }
      }
      gate.running++;
      try {
        return await method(...args);
      } finally {
        gate.running--;
        gate.lastEnd = performance.now();
      }
    };
  const target = client as unknown as Record<"query" | "exec" | "transaction", (...args: unknown[]) => Promise<unknown>>;
  for (const name of ["query", "exec", "transaction"] as const) target[name] = wrap(target[name].bind(client));
  return client;
}
