/**
 * Accounts (issue 12): sign-in p50 (better-auth's email + password sign-in: scrypt verify, a session row),
 * and a chat turn's server time with the session check against the same turn without it, interleaved in one
 * run. The session check is what every page, route handler and action does first: lib/session.ts#currentUser's
 * logic (lib/auth/session-check.ts: the signed cookie verified, one prepared statement reading the session
 * joined to its user; better-auth's getSession only when the session is due for its refresh). The chat turn is the harness's (preamble read, prompt, the
 * offline model's full reply drained). With the quotas on (bench/env-setup.ts: limits no run reaches) a third
 * arm adds the reply quota's check-and-count (lib/quotas/limits.ts#requireReplyQuota, one statement), which
 * every surface turn now runs first; a fourth times that check alone. Two more arms time the session check alone
 * and better-auth's getSession alone (what the check cost before it had its own statement), for the reader.
 */
import { streamSurface } from "@/lib/ai/harness";
import { resetEnvCache } from "@/lib/env";
import { buildAuth } from "@/lib/auth/server";
import { checkSession } from "@/lib/auth/session-check";
import { requireReplyQuota } from "@/lib/quotas/limits";
import type { Bench } from "./context";
import { scaled } from "./context";
import { createBenchDatabase, installAppDatabase } from "./db";
import { onboardUsers } from "./fixtures";
import { figure, verdict } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";
import { QUESTIONS } from "./ttft";

const PASSWORD = "bench passphrase 0123";

async function chatTurn(userId: string, prompt: string): Promise<void> {
  const run = await streamSurface({ userId, surface: "chat", prompt, onSettled: async () => undefined });
  const reader = run.stream.getReader();
  while (!(await reader.read()).done);
}

export const authBench: Bench = {
  name: "auth",
  id: "12",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "auth");
    try {
      installAppDatabase(database);
      process.env.SESSION_SECRET ??= "bench-secret-0123456789-0123456789-0123456789";
      resetEnvCache();
      // As in the app minus the next-cookies bridge, which only does work inside a Next request (lib/auth/server.ts).
      const auth = await buildAuth(database.db, { inNext: false });
      const email = "bench@example.com";
      await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "" } });
      // The account gets a reading brain, so its chat turn reads a real preamble.
      const [profileUser] = await onboardUsers(database.db, 1, 1);
      const signIns = scaled(ctx, 60, 10);
      ctx.log(`#12 ${signIns} sign-ins`);
      const signInMs = await interleave(
        { signIn: async () => void (await auth.api.signInEmail({ body: { email, password: PASSWORD } })) },
        { iterations: signIns, block: 10, warmup: 3 },
      );

      const res = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
      const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const headers = new Headers({ cookie });
      const sessionCheck = async () => {
        const found = await checkSession({ auth, db: database.db, headers });
        if (!found) throw new Error("auth bench: the session check found no session");
      };
      const calls = scaled(ctx, 600, 60);
      ctx.log(`#12 ${calls} chat turns per arm: with the session check, with it and the reply quota, without either`);
      const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;
      const turns = await interleave(
        {
          withSession: async (i) => {
            await sessionCheck();
            await chatTurn(profileUser!, question(i));
          },
          withSessionAndQuota: async (i) => {
            await sessionCheck();
            await requireReplyQuota({ db: database.db, userId: profileUser! });
            await chatTurn(profileUser!, question(i));
          },
          without: async (i) => chatTurn(profileUser!, question(i)),
          quotaOnly: async () => requireReplyQuota({ db: database.db, userId: profileUser! }),
          sessionOnly: sessionCheck,
          betterAuthOnly: async () => {
            if (!(await auth.api.getSession({ headers }))) throw new Error("auth bench: getSession found no session");
          },
        },
        { iterations: calls, block: 25, warmup: 30 },
      );
      const signIn = summarize(signInMs.signIn!);
      const w = summarize(turns.withSession!);
      const n = summarize(turns.without!);
      const q = summarize(turns.withSessionAndQuota!);
      const quota = summarize(turns.quotaOnly!);
      const check = summarize(turns.sessionOnly!);
      const betterAuth = summarize(turns.betterAuthOnly!);
      const ratio = w.p50 / n.p50;
      const quotaRatio = q.p50 / n.p50;
      return {
        bench: "auth",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({ id: "12", what: "sign-in (email + password) p50", value: formatMs(signIn.p50), baseline: `p99 ${formatMs(signIn.p99)}`, target: "reported" }),
          figure({
            id: "12",
            what: "chat turn server time with the session check, p50",
            value: formatMs(w.p50),
            baseline: `without: ${formatMs(n.p50)}`,
            ratio,
            target: "≤ 1.2×",
            verdict: verdict(ratio <= 1.2),
          }),
          figure({
            id: "12",
            what: "chat turn server time with the session check and the reply quota, p50",
            value: formatMs(q.p50),
            baseline: `without either: ${formatMs(n.p50)}`,
            ratio: quotaRatio,
            target: "≤ 1.2×",
            verdict: verdict(quotaRatio <= 1.2),
          }),
          figure({
            id: "12",
            what: "the reply quota's check-and-count alone, p50",
            value: formatMs(quota.p50),
            baseline: `with vs without it: +${formatMs(Math.max(0, q.p50 - w.p50))} per turn`,
            target: "reported",
          }),
          figure({
            id: "12",
            what: "the session check alone, p50",
            value: formatMs(check.p50),
            baseline: `better-auth's getSession: ${formatMs(betterAuth.p50)}`,
            target: "reported",
          }),
        ],
        details: {
          signIns,
          calls,
          signInMs: rounded(signIn, 4),
          turnMs: { withSession: rounded(w, 4), withSessionAndQuota: rounded(q, 4), without: rounded(n, 4), quotaOnly: rounded(quota, 4), sessionOnly: rounded(check, 4), betterAuthOnly: rounded(betterAuth, 4) },
        },
      };
    } finally {
      await database.drop();
    }
  },
};
