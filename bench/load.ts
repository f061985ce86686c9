/**
 * The load run: autocannon against `next start`, 50 connections, each a guest user (its own session cookie,
 * onboarded first) cycling through a control change (the nudge server action over HTTP), a chat turn
 * (POST /api/chat, read to the end of the stream) and a thumb on that reply (PUT /api/responses/:id/thumb), for
 * 60 s, after WARMUP_SECONDS of the same load that are not measured (the first second of a cold server, 50 users
 * arriving at once, is not the steady state; both arms get the same warm-up). autocannon sends; the bench times
 * each request from its setup to its response, and counts throughput and latencies from those, per arm and per
 * kind. Errors: connection errors and timeouts, non-2xx answers, and answers that
 * are 200 but failed (an action returning ok: false, a chat stream that carried an error part).
 *
 * In the same run against the same server, the baseline: the same connections for the same time on
 * POST /api/bench/baseline (the same build streaming the same offline model through the AI SDK, with no
 * database, preamble or session; the bench's server alone serves it). The targets compare against it.
 * The two arms are measured in turns, four blocks each (BENCH_LOAD_BLOCKS), on the same open connections (see
 * interleavedRuns).
 */
import { randomUUID } from "node:crypto";
import autocannon, { type Request, type RequestStep } from "autocannon";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { DIMENSIONS, optionsOf, type AtomChange, type Atoms } from "@/lib/personality/atoms";
import { mulberry32 } from "@/lib/personality/simulate";
import type { BenchContext } from "./context";
import { scaled } from "./context";
import { PROFILES } from "./fixtures";
import { actionRequest, actionResult, chatBody, chatOutcome, newSession, onboard, pool } from "./http";
import { figure, verdict, type Outcome } from "./report";
import type { Server } from "./server";
import { formatMs, round, rounded, summarize } from "./stats";
import { QUESTIONS } from "./ttft";

const CONNECTIONS = 50;
/** Long enough that no connection finishes its sequence (autocannon resets the context when one wraps). */
const CYCLES = 5000;
const TURNS_PER_CONVERSATION = 10;
/** Issue 16's figure for one server on a quiet machine (PostgreSQL): the throughput target is twice it. */
const LAST_ROUND_RPS = 46;
/**
 * Unmeasured load before each arm's measured run: the server's first requests run cold code (a chat turn's
 * first second took up to 1.1 s against 0.35 ms p50 after it) and all 50 connections start in step.
 */
const WARMUP_SECONDS = 5;

type Kind = "nudge" | "chat" | "thumb";
type VirtualUser = { cookie: string; atoms: Atoms; conversationId: string; turns: number; lastResponseId: string | null };
/** A connection's state in the app's arm; `measured`: the request in flight was sent while its arm was measured. */
type Context = { vu?: VirtualUser; kind?: Kind; t0?: number; measured?: boolean };

export type LoadOptions = {
  /** The outcome's bench name and the figures' row id. */
  bench?: string;
  id?: string;
  /** Prefixes every figure's text (which setup this is). */
  label?: string;
  /** false: no baseline route run (a second arm of the same run compares against the first's). */
  baseline?: boolean;
  /** Runs after the users are onboarded, before the load (the scale-out run seeds replies here). */
  beforeLoad?: () => Promise<void>;
};

/**
 * The load against one or more servers of the same store: autocannon spreads the connections round-robin over
 * them (connection i → server i mod n), sessions and onboarding likewise.
 */
export async function loadRun(ctx: BenchContext, servers: Server | Server[], opts: LoadOptions = {}): Promise<Outcome> {
  const started = Date.now();
  const all = Array.isArray(servers) ? servers : [servers];
  const bases = all.map((s) => s.base);
  const { ids } = all[0]!;
  // BENCH_LOAD_BASELINE=0 leaves the baseline out (e.g. for a CPU profile of the load alone).
  const { bench = "load", id = "load", label = "load", baseline: withBaseline = process.env.BENCH_LOAD_BASELINE !== "0" } = opts;
  const duration = scaled(ctx, 60, 5);
  const rand = mulberry32(42);
  const users: VirtualUser[] = new Array(2 * CONNECTIONS);
  ctx.log(`load: ${users.length} sessions + onboarding`);
  await pool(users.length, 10, async (i) => {
    const base = bases[i % bases.length]!;
    const cookie = await newSession(base);
    const atoms = { ...PROFILES[i % PROFILES.length]! };
    await onboard(base, ids, cookie, atoms);
    users[i] = { cookie, atoms, conversationId: randomUUID(), turns: 0, lastResponseId: null };
  });
  await opts.beforeLoad?.();
  let nextUser = 0;
  const user = (c: Context) => (c.vu ??= users[nextUser++ % users.length]!);

  const latencies: Record<Kind, number[]> = { nudge: [], chat: [], thumb: [] };
  const bytes: Record<Kind, number> = { nudge: 0, chat: 0, thumb: 0 };
  const appErrors: Record<Kind, number> = { nudge: 0, chat: 0, thumb: 0 };
  const samplesOfErrors: string[] = [];
  let measuring = false;
  const begin = (c: Context, kind: Kind) => {
    c.kind = kind;
    c.t0 = performance.now();
    c.measured = measuring;
  };
  const end = (c: Context, ok: boolean, status: number, body: string) => {
    if (c.measured) {
      latencies[c.kind!].push(performance.now() - c.t0!);
      bytes[c.kind!] += body.length;
    }
    if (status === 200 && !ok) {
      appErrors[c.kind!]++;
      if (samplesOfErrors.length < 5) samplesOfErrors.push(`${c.kind}: ${body.slice(0, 200)}`);
    }
  };

  const nudgeStep: RequestStep = {
    setupRequest: (req, raw) => {
      const c = raw as Context;
      const vu = user(c);
      const dimension = DIMENSIONS[Math.floor(rand() * DIMENSIONS.length)]!;
      const options = optionsOf(dimension);
      const current = vu.atoms[dimension];
      const index = typeof current === "number" ? current : options.indexOf(current);
      const next = (index + 1 + Math.floor(rand() * (options.length - 1))) % options.length;
      const value = typeof current === "number" ? next : options[next]!;
      vu.atoms = { ...vu.atoms, [dimension]: value };
      begin(c, "nudge");
      return { ...req, path: "/profile", ...actionRequest(ids.nudge, vu.cookie, { dimension, value } as AtomChange) };
    },
    onResponse: (status, body, raw) => end(raw as Context, actionResult(body)?.ok === true, status, body),
  };
  const chatStep: RequestStep = {
    setupRequest: (req, raw) => {
      const c = raw as Context;
      const vu = user(c);
      if (vu.turns > 0 && vu.turns % TURNS_PER_CONVERSATION === 0) vu.conversationId = randomUUID();
      const question = QUESTIONS[vu.turns++ % QUESTIONS.length]!;
      begin(c, "chat");
      return {
        ...req,
        method: "POST",
        path: "/api/chat",
        headers: { "content-type": "application/json", cookie: vu.cookie },
        body: chatBody(vu.conversationId, question),
      };
    },
    onResponse: (status, body, raw) => {
      const c = raw as Context;
      const outcome = chatOutcome(body);
      if (status === 200 && outcome.responseId) user(c).lastResponseId = outcome.responseId;
      end(c, !outcome.error && outcome.responseId !== null, status, body);
    },
  };
  const thumbStep: RequestStep = {
    setupRequest: (req, raw) => {
      const c = raw as Context;
      const vu = user(c);
      begin(c, "thumb");
      // Until the first reply exists there is nothing to rate: read the chat's context instead.
      if (!vu.lastResponseId) {
        const read: Request = { ...req, method: "GET", path: "/api/chat/context?surface=chat", headers: { cookie: vu.cookie }, body: "" };
        return read;
      }
      return {
        ...req,
        method: "PUT",
        path: `/api/responses/${vu.lastResponseId}/thumb`,
        headers: { "content-type": "application/json", cookie: vu.cookie },
        body: JSON.stringify({ thumb: rand() < 0.6 ? "up" : "down" }),
      };
    },
    onResponse: (status, body, raw) => end(raw as Context, true, status, body),
  };

  // BENCH_LOAD_KINDS=chat (or nudge, or chat,thumb): only those steps, to see what one kind costs alone.
  const only = process.env.BENCH_LOAD_KINDS?.split(",");
  const cycle = ([["nudge", nudgeStep], ["chat", chatStep], ["thumb", thumbStep]] as const).filter(([k]) => !only || only.includes(k)).map(([, step]) => step);
  const appArm: Arm = { name: `${label} (nudge, chat, thumb)`, requests: Array.from({ length: CYCLES }, () => cycle).flat(), measure: (on) => (measuring = on) };
  const base = withBaseline ? baselineArm() : null;
  const runs = await interleavedRuns(ctx, all, base ? [appArm, base.arm] : [appArm], duration);
  const { result, warmup, rps, cpuMsPerRequest, blockRps } = runs[0]!;
  const baseline = base ? { ...runs[1]!, ...base.summary(runs[1]!) } : null;
  const totalAppErrors = appErrors.nudge + appErrors.chat + appErrors.thumb;
  const errors = failed(result, warmup) + totalAppErrors;
  const kinds = Object.fromEntries((Object.keys(latencies) as Kind[]).map((k) => [k, rounded(summarize(latencies[k]), 2)]));
  ctx.log(`${label}: ${result.requests.total} requests, ${errors} errors${samplesOfErrors.length ? `: ${samplesOfErrors.join(" | ")}` : ""}`);

  const f = (what: string, rest: Omit<Parameters<typeof figure>[0], "id" | "what">) => figure({ id, what: `${label}: ${what}`, ...rest });
  const perKind = (k: Kind) =>
    f(`${k} latency p50 / p99 (${latencies[k].length.toLocaleString("en")} requests)`, {
      value: `${formatMs(kinds[k]!.p50)} / ${formatMs(kinds[k]!.p99)}`,
      baseline: "—",
      target: "reported",
    });
  const against = baseline
    ? [
        f("throughput vs the bare streaming route", {
          value: `${rps.toFixed(0)} req/s`,
          baseline: `baseline: ${baseline.rps.toFixed(0)} req/s (${baseline.errors} errors)`,
          ratio: rps / baseline.rps,
          target: "≥ 0.7× the baseline",
          // A baseline that failed (a 400 answers fast) says nothing: never a PASS against it.
          verdict: verdict(baseline.errors === 0 && rps >= 0.7 * baseline.rps),
        }),
        f("server CPU per request vs the bare streaming route's", {
          value: `${cpuMsPerRequest.toFixed(1)} ms`,
          baseline: `baseline: ${baseline.cpuMsPerRequest.toFixed(1)} ms`,
          ratio: cpuMsPerRequest / baseline.cpuMsPerRequest,
          target: "reported",
        }),
        f("p99 vs the bare streaming route", {
          value: formatMs(result.latency.p99!),
          baseline: `baseline: ${formatMs(baseline.result.latency.p99!)} (p50 ${formatMs(baseline.result.latency.p50!)})`,
          ratio: result.latency.p99! / baseline.result.latency.p99!,
          target: "≤ 1.5× the baseline's",
          verdict: verdict(baseline.errors === 0 && result.latency.p99! <= 1.5 * baseline.result.latency.p99!),
        }),
      ]
    : [];
  return {
    bench,
    driver: ctx.driver,
    seconds: (Date.now() - started) / 1000,
    figures: [
      f(`${CONNECTIONS} users × (nudge, chat, thumb), ${duration} s, ${bases.length} server(s); throughput`, {
        value: `${rps.toFixed(0)} req/s (${result.requests.total.toLocaleString("en")} requests)`,
        baseline: `last round: ${LAST_ROUND_RPS} req/s (quiet machine, not this run)`,
        ratio: rps / LAST_ROUND_RPS,
        target: "≥ 2× last round",
        verdict: verdict(rps >= 2 * LAST_ROUND_RPS),
      }),
      f("latency p50 / p99 (all requests)", {
        value: `${formatMs(result.latency.p50!)} / ${formatMs(result.latency.p99!)}`,
        baseline: "—",
        target: "reported",
      }),
      ...against,
      perKind("nudge"),
      perKind("chat"),
      perKind("thumb"),
      f("errors (connection/timeouts, non-2xx, failed in a 200)", {
        value: `${errors} (${result.errors}, ${result.non2xx + warmup.non2xx}, ${totalAppErrors})`,
        baseline: "—",
        target: "0 errors",
        verdict: verdict(errors === 0),
      }),
    ],
    details: {
      servers: bases.length,
      connections: CONNECTIONS,
      durationSeconds: duration,
      warmupSeconds: WARMUP_SECONDS,
      blocks: loadBlocks(),
      requests: result.requests.total,
      // Each measured block's own throughput, in the order they ran (A B B A…: the baseline's list is its own).
      blockRequestsPerSecond: blockRps,
      requestsPerSecond: round(rps, 1),
      serverCpuMsPerRequest: round(cpuMsPerRequest, 2),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: round(result.latency.mean, 2), max: result.latency.max },
      perKindMs: kinds,
      errors: { connectionOrTimeout: result.errors, timeouts: result.timeouts, non2xx: result.non2xx + warmup.non2xx, app: appErrors },
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])),
      errorSamples: samplesOfErrors,
      bytesPerChatReply: latencies.chat.length ? Math.round(bytes.chat / latencies.chat.length) : 0,
      // What each kind's answer carries (characters of the body): a control change answers with the page's state.
      bytesPerAnswer: Object.fromEntries((Object.keys(bytes) as Kind[]).map((k) => [k, latencies[k].length ? Math.round(bytes[k] / latencies[k].length) : 0])),
      ...(baseline
        ? {
            baseline: {
              requests: baseline.result.requests.total,
              requestsPerSecond: round(baseline.rps, 1),
              blockRequestsPerSecond: baseline.blockRps,
              serverCpuMsPerRequest: round(baseline.cpuMsPerRequest, 2),
              latencyMs: { p50: baseline.result.latency.p50, p99: baseline.result.latency.p99, mean: round(baseline.result.latency.mean, 2) },
              bytesPerReply: baseline.bytesPerReply,
              errors: baseline.errors,
            },
          }
        : {}),
    },
  };
}

/** CPU seconds used so far by every server of the run. */
const serverCpu = (servers: Server[]) => servers.reduce((sum, s) => sum + s.cpuSeconds(), 0);

/** One side of the load run: what its connections send, and a switch for its own per-request records (on only while measured). */
type Arm = { name: string; requests: RequestStep[]; measure: (on: boolean) => void };
/**
 * How many blocks each arm's `duration` is measured in (BENCH_LOAD_BLOCKS; default 4, taken in turns on the same
 * connections, so a machine whose speed moves within minutes weighs on both arms alike; 1: each arm whole, one
 * after the other, as the figures in README before 2026-12-03's afternoon were measured).
 */
const loadBlocks = () => Math.max(1, Math.floor(Number(process.env.BENCH_LOAD_BLOCKS)) || 4);
/** Unmeasured seconds of an arm before each of its measured blocks (the other arm's last requests finish in them). */
const LEAD_IN_SECONDS = 2;

/** What one arm's requests did in the measured windows, and in the unmeasured ones (warm-up, lead-ins). */
type ArmTally = {
  latencies: number[];
  statusCodes: Map<number, number>;
  unmeasuredNon2xx: number;
  seconds: number;
  cpuSeconds: number;
  /** Per measured block, in order: its requests and seconds (how far the machine moved within the run). */
  blocks: { requests: number; seconds: number }[];
};
/** The per-connection state of the dispatcher: each arm's own context and place in its sequence. */
type SharedContext = {
  arms?: { context: Record<string, unknown>; next: number }[];
  /** The request in flight: its arm, its step, when it was set up, and its measured block (null: unmeasured). */
  sent?: { arm: number; step: RequestStep; t0: number; block: { requests: number; seconds: number } | null };
};

/**
 * The arms of a run, `duration` seconds each, on ONE set of 50 connections kept open for the whole run: every
 * arm first gets WARMUP_SECONDS unmeasured, then the arms are measured in blocks taken in turns A B B A A B…
 * (one block each by default: A then B), each block after LEAD_IN_SECONDS of the same arm unmeasured (the
 * requests of the arm before finish there). A request belongs to the arm and the window it was sent in;
 * latencies are timed from its setup to its response; an arm's throughput is its measured requests over its
 * measured seconds; the servers' own CPU per request is read over the same windows.
 *
 * The connections are shared because a saturated server takes in fresh connections slowly: with a new
 * autocannon run per block (this function's first version), each block's first requests waited up to 7 s for
 * their connection, which gave the bare route a tail of its own (bench/README.md, "Blocks"). Here only the
 * warm-up opens connections. Transport errors (connection errors, timeouts) are not tied to an arm: the run's
 * total is counted against every arm.
 */
async function interleavedRuns(ctx: BenchContext, servers: Server[], arms: Arm[], duration: number) {
  const bases = servers.map((s) => s.base);
  const url = bases.length === 1 ? bases[0]! : bases;
  const blocks = loadBlocks();
  const blockSeconds = duration / blocks;
  const tallies: ArmTally[] = arms.map(() => ({ latencies: [], statusCodes: new Map(), unmeasuredNon2xx: 0, seconds: 0, cpuSeconds: 0, blocks: [] }));
  let active = 0;
  /** The measured block on now, or null between them. */
  let measuring: ArmTally["blocks"][number] | null = null;
  const dispatch: RequestStep = {
    setupRequest: (req, raw) => {
      const c = raw as SharedContext;
      const state = (c.arms ??= arms.map(() => ({ context: {}, next: 0 })))[active]!;
      const { requests } = arms[active]!;
      const step = requests[state.next++ % requests.length]!;
      c.sent = { arm: active, step, t0: performance.now(), block: measuring };
      return step.setupRequest ? step.setupRequest(req, state.context) : req;
    },
    onResponse: (status, body, raw, headers) => {
      const c = raw as SharedContext;
      const sent = c.sent!;
      sent.step.onResponse?.(status, body, c.arms![sent.arm]!.context, headers);
      const tally = tallies[sent.arm]!;
      if (sent.block) {
        sent.block.requests++;
        tally.latencies.push(performance.now() - sent.t0);
        tally.statusCodes.set(status, (tally.statusCodes.get(status) ?? 0) + 1);
      } else if (status < 200 || status > 299) tally.unmeasuredNon2xx++;
    },
  };
  const schedule: { arm: number; seconds: number; measured: boolean }[] = arms.map((_, arm) => ({ arm, seconds: WARMUP_SECONDS, measured: false }));
  for (let b = 0; b < blocks; b++) {
    const order = arms.map((_, i) => i);
    if (b % 2 === 1) order.reverse();
    for (const arm of order) {
      // The first block of the first arm follows the last arm's warm-up: its lead-in lets those requests finish.
      schedule.push({ arm, seconds: LEAD_IN_SECONDS, measured: false }, { arm, seconds: blockSeconds, measured: true });
    }
  }
  const total = schedule.reduce((sum, w) => sum + w.seconds, 0);
  ctx.log(
    `${arms.map((a) => a.name).join(" / ")}: ${CONNECTIONS} connections kept open, ${WARMUP_SECONDS} s warm-up each, then ${duration} s each in ${blocks} block(s) (${LEAD_IN_SECONDS} s lead-in before each) on ${bases.length} server(s); ${total} s in all`,
  );
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    // The schedule below stops the run; this is only a ceiling.
    duration: total + 60,
    timeout: 30,
    // Long enough that no connection wraps (autocannon resets a connection's context when its sequence wraps).
    requests: Array.from({ length: CYCLES }, () => dispatch),
  });
  const windows = (async () => {
    for (const window of schedule) {
      active = window.arm;
      const arm = arms[window.arm]!;
      if (!window.measured) {
        await sleep(window.seconds * 1000);
        continue;
      }
      const tally = tallies[window.arm]!;
      const block = { requests: 0, seconds: 0 };
      tally.blocks.push(block);
      arm.measure(true);
      measuring = block;
      const cpuBefore = serverCpu(servers);
      const started = performance.now();
      await sleep(window.seconds * 1000);
      measuring = null;
      tally.cpuSeconds += serverCpu(servers) - cpuBefore;
      block.seconds = (performance.now() - started) / 1000;
      tally.seconds += block.seconds;
      arm.measure(false);
    }
    // What is still in flight was sent in a measured window and counts when it answers: wait for it, on the same
    // arm, then stop.
    await sleep(LEAD_IN_SECONDS * 1000);
    run.stop();
  })();
  const [result] = await Promise.all([run, windows]);
  const transport = { errors: result.errors, timeouts: result.timeouts };
  return tallies.map((tally) => {
    const requests = tally.latencies.length;
    const non2xx = [...tally.statusCodes].reduce((sum, [status, n]) => (status >= 200 && status <= 299 ? sum : sum + n), 0);
    return {
      result: {
        requests: { total: requests },
        latency: latencyOf(tally.latencies),
        errors: transport.errors,
        timeouts: transport.timeouts,
        non2xx,
        statusCodeStats: Object.fromEntries([...tally.statusCodes].map(([status, count]) => [String(status), { count }])),
      },
      // The unmeasured windows' failures (their transport errors are already in the run's total above).
      warmup: { non2xx: tally.unmeasuredNon2xx },
      rps: requests / tally.seconds,
      cpuMsPerRequest: (1000 * tally.cpuSeconds) / Math.max(1, requests),
      blockRps: tally.blocks.map((b) => round(b.requests / b.seconds, 1)),
    };
  });
}

/** What the load run reads of a run's outcome, per arm. */
type ArmResult = {
  requests: { total: number };
  latency: { p50: number; p99: number; mean: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
};

/** Latency percentiles in whole milliseconds, as autocannon reports them. */
function latencyOf(ms: number[]): ArmResult["latency"] {
  const s = summarize(ms);
  return { p50: Math.round(s.p50 ?? 0), p99: Math.round(s.p99 ?? 0), mean: s.mean ?? 0, max: Math.round(s.max ?? 0) };
}

/**
 * Requests of an arm that failed in transport or with a non-2xx status, the unmeasured windows included
 * (transport errors are the run's: see interleavedRuns).
 */
const failed = (result: Pick<ArmResult, "errors" | "non2xx">, unmeasured: { non2xx: number }) => result.errors + result.non2xx + unmeasured.non2xx;

/** The baseline route under the same load: every connection streams chat-sized replies, nothing else. */
function baselineArm() {
  let measuring = false;
  let failedReplies = 0;
  let bytes = 0;
  let replies = 0;
  let turn = 0;
  const step: RequestStep = {
    setupRequest: (req, context) => {
      context.measured = measuring;
      return {
        ...req,
        method: "POST",
        path: "/api/bench/baseline",
        headers: { "content-type": "application/json" },
        body: chatBody(randomUUID(), QUESTIONS[turn++ % QUESTIONS.length]!),
      };
    },
    onResponse: (status, body, context) => {
      if (status === 200 && chatOutcome(body).error) failedReplies++;
      if (!context.measured) return;
      replies++;
      bytes += body.length;
    },
  };
  const arm: Arm = { name: "load baseline (POST /api/bench/baseline)", requests: [step], measure: (on) => (measuring = on) };
  const summary = ({ result, warmup }: { result: ArmResult; warmup: { non2xx: number } }) => ({
    errors: failed(result, warmup) + failedReplies,
    bytesPerReply: replies ? Math.round(bytes / replies) : 0,
  });
  return { arm, summary };
}
