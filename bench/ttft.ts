/**
 * #5 — chat time to first token through the real harness (streamSurface: readPreamble, the system prompt, the
 * model call) with the offline model at zero chunk delay, for users with a paragraph against users with none
 * (provenance `empty`: the harness still reads, finds nothing and sends no preamble). Interleaved in blocks.
 * The time runs from the call to the first text delta; each stream is then drained so the reply settles.
 */
import { performance } from "node:perf_hooks";
import { streamSurface, type Part } from "@/lib/ai/harness";
import type { Bench, BenchContext } from "./context";
import { scaled } from "./context";
import { createBenchDatabase, installAppDatabase, seedUsers, benchUserId, type BenchDatabase } from "./db";
import { onboardUsers } from "./fixtures";
import { figure, verdict } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";

export const QUESTIONS = [
  "How do hash tables work?",
  "Why does ice float on water?",
  "What is compound interest?",
  "How does a vaccine train the immune system?",
];

/** Drains a reply stream; returns ms from `t0` to the first text delta (throws if there was none). */
export async function firstTokenMs(stream: ReadableStream<Part>, t0: number): Promise<number> {
  const reader = stream.getReader();
  let first: number | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (first === null && value.type === "text-delta") first = performance.now() - t0;
    if (value.type === "error") throw new Error(`ttft bench: the reply failed: ${String(value.error)}`);
  }
  if (first === null) throw new Error("ttft bench: the reply had no text");
  return first;
}

/** Time to first token of one chat reply through the harness. */
export async function harnessTtft(userId: string, prompt: string): Promise<number> {
  const t0 = performance.now();
  const run = await streamSurface({ userId, surface: "chat", prompt, onSettled: async () => undefined });
  return firstTokenMs(run.stream, t0);
}

/** The two arms of a time-to-first-token run, interleaved in blocks after a warm-up, and their summaries. */
export type PreambleArms = {
  calls: number;
  p: ReturnType<typeof summarize>;
  n: ReturnType<typeof summarize>;
  ratio: number;
  total: Record<string, number[]>;
};

/**
 * 40 users with a paragraph (onboarded) against 40 with none, the same questions in turn; `ttft` times one
 * reply for a user (`prepare` runs once per user first: the gateway makes its keys there).
 */
export async function preambleArms(
  ctx: BenchContext,
  database: BenchDatabase,
  label: string,
  ttft: (userId: string, question: string) => Promise<number>,
): Promise<PreambleArms> {
  const users = 40;
  const calls = scaled(ctx, 600, 100);
  const withPreamble = await onboardUsers(database.db, 1, users);
  await seedUsers(database.db, users + 1, 2 * users);
  const without = Array.from({ length: users }, (_, i) => benchUserId(users + 1 + i));
  ctx.log(`${label} ${calls} replies per arm`);
  const times: Record<string, number[]> = { preamble: [], none: [] };
  const arm = (name: "preamble" | "none", ids: string[]) => async (i: number) => {
    times[name]!.push(await ttft(ids[i % users]!, QUESTIONS[Math.floor(i / users) % QUESTIONS.length]!));
  };
  const warmup = 50;
  const total = await interleave({ preamble: arm("preamble", withPreamble), none: arm("none", without) }, { iterations: calls, block: 25, warmup });
  const p = summarize(times.preamble!.slice(warmup));
  const n = summarize(times.none!.slice(warmup));
  return { calls, p, n, ratio: p.p50 / n.p50, total };
}

export const ttftBench: Bench = {
  name: "ttft",
  id: "5",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "ttft");
    try {
      installAppDatabase(database);
      const { calls, p, n, ratio, total } = await preambleArms(ctx, database, "#5 chat:", harnessTtft);
      return {
        bench: "ttft",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "5",
            what: "chat time to first token, with the preamble, p50",
            value: formatMs(p.p50),
            baseline: `no preamble: ${formatMs(n.p50)}`,
            ratio,
            target: "≤ 1.05× (issue 16)",
            verdict: verdict(ratio <= 1.05),
          }),
          figure({
            id: "5",
            what: "chat time to first token p99",
            value: formatMs(p.p99),
            baseline: `no preamble: ${formatMs(n.p99)}`,
            ratio: p.p99 / n.p99,
            target: "reported",
          }),
        ],
        details: {
          calls,
          ttftMs: { preamble: rounded(p, 4), none: rounded(n, 4) },
          wholeReplyMs: { preamble: rounded(summarize(total.preamble!), 4), none: rounded(summarize(total.none!), 4) },
        },
      };
    } finally {
      await database.drop();
    }
  },
};
