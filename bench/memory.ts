/**
 * #8 — memory of the production server: its RSS (VmRSS of the process that listens on the port) at start,
 * then while 1,000 guest users (each: a session from the anonymous sign-in, onboarding through the server
 * action) hold 10,000 chat turns between them, 10 concurrently, sampled every 5% of the turns. The first 20% of the turns
 * are the warm-up (JIT, pools, caches, the database's buffers fill up); after it, RSS should stay flat.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchContext } from "./context";
import { scaled } from "./context";
import { PROFILES } from "./fixtures";
import { chat, newSession, onboard, pool } from "./http";
import { figure, verdict, type Outcome } from "./report";
import type { Server } from "./server";
import { round, slope } from "./stats";
import { QUESTIONS } from "./ttft";

const CONCURRENCY = 10;
const WARMUP_SHARE = 0.2;
/** Tolerated RSS growth after the warm-up: GC timing alone moves RSS by a few percent. */
const GROWTH_TOLERANCE = 0.1;

export async function memoryRun(ctx: BenchContext, server: Server): Promise<Outcome> {
  const started = Date.now();
  const { base, ids } = server;
  const users = scaled(ctx, 1000, 50);
  const turns = scaled(ctx, 10_000, 500);
  // Let the start settle (migrations, the job engine) before the first reading.
  await sleep(5000);
  const atStart = server.rssMb();
  ctx.log(`#8 RSS at start ${atStart.toFixed(0)} MB; ${users} sessions + onboarding`);

  const people: { cookie: string; conversationId: string }[] = new Array(users);
  await pool(users, CONCURRENCY, async (i) => {
    const cookie = await newSession(base);
    await onboard(base, ids, cookie, PROFILES[i % PROFILES.length]!);
    people[i] = { cookie, conversationId: randomUUID() };
  });
  const afterSetup = server.rssMb();
  ctx.log(`#8 RSS after onboarding ${afterSetup.toFixed(0)} MB; ${turns} chat turns`);

  const every = Math.max(1, Math.round(turns / 20));
  const samples: { turns: number; rssMb: number }[] = [{ turns: 0, rssMb: round(afterSetup, 1) }];
  let done = 0;
  let errors = 0;
  const chatStart = Date.now();
  await pool(turns, CONCURRENCY, async (t) => {
    const person = people[t % users]!;
    try {
      await chat(base, person.cookie, person.conversationId, QUESTIONS[Math.floor(t / users) % QUESTIONS.length]!);
    } catch (err) {
      if (errors++ < 3) ctx.log(`#8 ${err instanceof Error ? err.message : String(err)}`);
    }
    done++;
    if (done % every === 0) samples.push({ turns: done, rssMb: round(server.rssMb(), 1) });
  });
  const chatSeconds = (Date.now() - chatStart) / 1000;
  await sleep(2000);
  const atEnd = server.rssMb();
  const warmTurns = Math.round(turns * WARMUP_SHARE);
  const warm = samples.find((s) => s.turns >= warmTurns)?.rssMb ?? afterSetup;
  const after = samples.filter((s) => s.turns >= warmTurns);
  const mbPer1000 = slope(after.map((s) => ({ x: s.turns / 1000, y: s.rssMb })));
  const growth = atEnd / warm - 1;
  ctx.log(`#8 RSS end ${atEnd.toFixed(0)} MB (warm ${warm.toFixed(0)} MB), ${errors} errors, ${(turns / chatSeconds).toFixed(0)} turns/s`);

  return {
    bench: "memory",
    driver: ctx.driver,
    seconds: (Date.now() - started) / 1000,
    figures: [
      figure({
        id: "8",
        what: `server RSS after ${turns.toLocaleString("en")} chat turns, ${users.toLocaleString("en")} users`,
        value: `${atEnd.toFixed(0)} MB`,
        baseline: `at start: ${atStart.toFixed(0)} MB`,
        ratio: atEnd / atStart,
        target: "reported",
      }),
      figure({
        id: "8",
        what: `RSS growth after warm-up (${warmTurns.toLocaleString("en")} turns); chat errors`,
        value: `${growth >= 0 ? "+" : ""}${(100 * growth).toFixed(1)}% (${mbPer1000.toFixed(1)} MB/1,000 turns); ${errors} errors`,
        baseline: `after warm-up: ${warm.toFixed(0)} MB`,
        ratio: atEnd / warm,
        target: `no growth after warm-up (≤ +${100 * GROWTH_TOLERANCE}%)`,
        verdict: verdict(growth <= GROWTH_TOLERANCE && errors === 0),
      }),
    ],
    details: {
      users,
      turns,
      concurrency: CONCURRENCY,
      rssMb: { atStart: round(atStart, 1), afterOnboarding: round(afterSetup, 1), afterWarmup: warm, atEnd: round(atEnd, 1) },
      mbPer1000TurnsAfterWarmup: round(mbPer1000, 2),
      samples,
      errors,
      turnsPerSecond: round(turns / chatSeconds, 1),
    },
  };
}
