/**
 * #13 — the gateway's server time over /api/chat's for the same reply (issue 13, reported): against the bench's
 * `next start`, the same users (guest sessions, onboarded, one API key each from the keys page's action) ask
 * the same questions through POST /v1/chat/completions (streamed, the key in the header) and through
 * POST /api/chat (a new conversation each time, so neither has history; the session cookie). Each request is
 * timed from sending to the last byte of its body on loopback, interleaved in blocks, one request at a time.
 */
import { randomUUID } from "node:crypto";
import type { BenchContext } from "./context";
import { scaled } from "./context";
import { PROFILES } from "./fixtures";
import { gatewayBody } from "./gateway";
import { chat, createKey, newSession, onboard, pool } from "./http";
import { figure, type Outcome } from "./report";
import type { Server } from "./server";
import { formatMs, interleave, rounded, summarize } from "./stats";
import { QUESTIONS } from "./ttft";

async function gatewayReply(base: string, key: string, question: string): Promise<void> {
  const res = await fetch(`${base}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: gatewayBody(question),
  });
  const body = await res.text();
  if (res.status !== 200 || !body.includes("data: [DONE]")) throw new Error(`bench: gateway failed (${res.status}): ${body.slice(0, 300)}`);
}

export async function gatewayHttpRun(ctx: BenchContext, server: Server): Promise<Outcome> {
  const started = Date.now();
  const { base, ids } = server;
  const users = 20;
  const calls = scaled(ctx, 400, 60);
  const people: { cookie: string; key: string }[] = new Array(users);
  await pool(users, 5, async (i) => {
    const cookie = await newSession(base);
    await onboard(base, ids, cookie, PROFILES[i % PROFILES.length]!);
    people[i] = { cookie, key: await createKey(base, ids, cookie, `bench app ${i}`) };
  });
  ctx.log(`#13 server: ${calls} replies per arm, gateway vs /api/chat`);
  const question = (i: number) => QUESTIONS[Math.floor(i / users) % QUESTIONS.length]!;
  const warmup = 20;
  const times = await interleave(
    {
      gateway: (i) => gatewayReply(base, people[i % users]!.key, question(i)),
      chat: async (i) => void (await chat(base, people[i % users]!.cookie, randomUUID(), question(i))),
    },
    { iterations: calls, block: 20, warmup },
  );
  const g = summarize(times.gateway!);
  const c = summarize(times.chat!);
  return {
    bench: "gateway-http",
    driver: ctx.driver,
    seconds: (Date.now() - started) / 1000,
    figures: [
      figure({
        id: "13",
        what: "gateway server time for a streamed reply (request to last byte, loopback), p50",
        value: formatMs(g.p50),
        baseline: `POST /api/chat, same user and question: ${formatMs(c.p50)}`,
        ratio: g.p50 / c.p50,
        target: "reported",
      }),
    ],
    details: { calls, users, wholeReplyMs: { gateway: rounded(g, 3), chat: rounded(c, 3) } },
  };
}
