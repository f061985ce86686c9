/**
 * #13 — the gateway's time to first token (issue 13): POST /v1/chat/completions with `stream: true` through its
 * route handler (the key's lookup, the body, the surface turn with readPreamble and the model call, the SSE
 * translation), for users with a paragraph against users with an empty profile, the same request otherwise.
 * In-process (no HTTP), offline model at zero chunk delay, interleaved in blocks like #5. The time runs from
 * the call to the first chunk that carries text; each body is then drained so the reply is stored.
 */
import { performance } from "node:perf_hooks";
import { POST as completions } from "@/app/v1/chat/completions/route";
import { createApiKey } from "@/lib/gateway/keys";
import type { Bench } from "./context";
import { createBenchDatabase, installAppDatabase } from "./db";
import { figure, verdict } from "./report";
import { formatMs, rounded, summarize } from "./stats";
import { preambleArms } from "./ttft";

export const GATEWAY_MODEL = "offline-demo";

export function gatewayBody(question: string): string {
  return JSON.stringify({ model: GATEWAY_MODEL, stream: true, messages: [{ role: "user", content: question }] });
}

/** Reads an SSE body to its end; returns ms from `t0` to the first chunk with content (throws without one). */
export async function firstContentMs(body: ReadableStream<Uint8Array>, t0: number): Promise<number> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let first: number | null = null;
  let all = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    all += text;
    if (first === null && /"content":"[^"]/.test(text)) first = performance.now() - t0;
  }
  if (!all.includes("data: [DONE]")) throw new Error(`gateway bench: the reply did not finish: ${all.slice(-300)}`);
  if (first === null) throw new Error("gateway bench: the reply had no text");
  return first;
}

async function gatewayTtft(key: string, question: string): Promise<number> {
  const t0 = performance.now();
  const res = await completions(
    new Request("http://bench/v1/chat/completions", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: gatewayBody(question),
    }),
  );
  if (res.status !== 200 || !res.body) throw new Error(`gateway bench: ${res.status} ${await res.text()}`);
  return firstContentMs(res.body, t0);
}

export const gatewayBench: Bench = {
  name: "gateway",
  id: "13",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "gateway");
    try {
      installAppDatabase(database);
      // One key per user, made on first use (outside the timed call: creating a key is not part of a request).
      const keys = new Map<string, string>();
      const keyOf = async (userId: string) => keys.get(userId) ?? keys.set(userId, (await createApiKey({ userId, name: "bench" })).key).get(userId)!;
      const withKey = async (userId: string, question: string) => gatewayTtft(await keyOf(userId), question);
      const { calls, p, n, ratio, total } = await preambleArms(ctx, database, "#13 gateway:", withKey);
      return {
        bench: "gateway",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "13",
            what: "gateway time to first token (POST /v1/chat/completions, streamed), with the paragraph, p50",
            value: formatMs(p.p50),
            baseline: `empty profile, same request: ${formatMs(n.p50)}`,
            ratio,
            target: "≤ 1.1×",
            verdict: verdict(ratio <= 1.1),
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
