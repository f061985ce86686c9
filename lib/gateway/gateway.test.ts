/**
 * The gateway driven by the clients people use (issue 13): the official `openai` package and the AI SDK's
 * `@ai-sdk/openai-compatible` provider, each streaming and not, against the app's own route handlers behind a
 * local HTTP server (tests/gateway-server.ts), on both database drivers. Replies follow the key owner's
 * paragraph, a control change shows in the next reply, feedback lands in the signal log, and every refusal
 * is OpenAI's status and error shape. Keys are stored hashed and never reach a log; a key reaches one user.
 */
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { APICallError, generateText, streamText, type ModelMessage } from "ai";
import { and, eq, sql } from "drizzle-orm";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as actions from "@/app/profile/actions";
import { aiResponse, apiKey, signal } from "@/db/schema";
import { DEFAULT_ATOMS } from "@/lib/personality/atoms";
import { readerId, requireUserId } from "@/lib/session";
import { createUser, setEnv } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers, rowsOf } from "@/tests/databases";
import { startGatewayServer, type GatewayServer } from "@/tests/gateway-server";
import { startOpenAIStub } from "@/tests/openai-stub";
import { hashUserRows } from "@/tests/row-hash";
import { OFFLINE_MODEL_ID } from "@/lib/ai/offline-model";
import { REFINEMENT_CHECK } from "@/lib/jobs/queues";
import type { RefinementEvidence } from "@/lib/personality/refinement-evidence";
import { context } from "@/lib/profile/testing";
import { runRefinementCheck } from "@/lib/refinement/check";
import { createApiKey, hashApiKey, listKeys, revokeKey } from "./keys";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(), readerId: vi.fn() }));
// The job engine is pg-boss; here only what is queued matters (the every-20th refinement check).
const queued = vi.hoisted(() => [] as { queue: string; data: unknown }[]);
vi.mock("@/lib/jobs/runtime", () => ({
  jobEngine: async () => ({ send: async (queue: string, data: unknown) => (queued.push({ queue, data }), "job-id") }),
}));

const QUESTION = "How do hash tables work?";
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One client library, the way an app would use it: a reply (and its id) for some messages. */
type Client = {
  name: string;
  reply: (key: string, messages: OpenAI.ChatCompletionMessageParam[], opts?: { stream?: boolean; model?: string }) => Promise<{ id: string; text: string }>;
  /** A thumb through POST /v1/feedback: the `openai` package's own request method; plain fetch for the AI SDK (it has none). */
  feedback: (key: string, id: string, rating: "up" | "down" | null) => Promise<unknown>;
  /** Whatever the client throws for a refused request, as status and OpenAI's error body. */
  refusal: (call: Promise<unknown>) => Promise<{ status: number; error: Record<string, unknown>; headers: Headers | Record<string, string> }>;
};

function openaiClient(baseURL: string): Client {
  const client = (key: string) => new OpenAI({ apiKey: key, baseURL, maxRetries: 0 });
  return {
    name: "openai",
    feedback: (key, id, rating) => client(key).post("/feedback", { body: { id, rating } }),
    async reply(key, messages, { stream = false, model = OFFLINE_MODEL_ID } = {}) {
      if (!stream) {
        const res = await client(key).chat.completions.create({ model, messages });
        expect(res.object).toBe("chat.completion");
        expect(res.usage!.completion_tokens).toBeGreaterThan(0);
        return { id: res.id, text: res.choices[0]!.message.content ?? "" };
      }
      const chunks = await client(key).chat.completions.create({ model, messages, stream: true, stream_options: { include_usage: true } });
      let id = "";
      let text = "";
      let finish: string | null = null;
      let usage: OpenAI.CompletionUsage | null | undefined;
      for await (const chunk of chunks) {
        id ||= chunk.id;
        text += chunk.choices[0]?.delta.content ?? "";
        finish ??= chunk.choices[0]?.finish_reason ?? null;
        usage ??= chunk.usage;
      }
      expect(finish).toBe("stop");
      expect(usage!.completion_tokens).toBeGreaterThan(0);
      return { id, text };
    },
    async refusal(call) {
      const err = await call.then(
        () => expect.unreachable("the request was not refused"),
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(OpenAI.APIError);
      const e = err as InstanceType<typeof OpenAI.APIError>;
      return { status: e.status!, error: e.error as Record<string, unknown>, headers: e.headers as Headers };
    },
  };
}

function aiSdkClient(baseURL: string): Client {
  const model = (key: string, id: string) => createOpenAICompatible({ name: "profile-maker", baseURL, apiKey: key, includeUsage: true }).chatModel(id);
  const toModel = (messages: OpenAI.ChatCompletionMessageParam[]): ModelMessage[] =>
    messages.map((m) => ({ role: m.role === "developer" ? "system" : m.role, content: String(m.content) }) as ModelMessage);
  return {
    name: "ai-sdk",
    async feedback(key, id, rating) {
      const res = await fetch(`${baseURL}/feedback`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ id, rating }),
      });
      expect(res.status).toBe(200);
      return res.json();
    },
    async reply(key, messages, { stream = false, model: id = OFFLINE_MODEL_ID } = {}) {
      const input = { model: model(key, id), messages: toModel(messages), allowSystemInMessages: true, maxRetries: 0 };
      if (!stream) {
        const res = await generateText(input);
        expect(res.finishReason).toBe("stop");
        expect(res.usage.outputTokens).toBeGreaterThan(0);
        return { id: res.response.id, text: res.text };
      }
      let failure: unknown;
      const res = streamText({ ...input, onError: ({ error }) => void (failure = error) });
      // A refused request rejects `text` with NoOutputGeneratedError; the cause is what onError was given.
      const text = await Promise.resolve(res.text).catch((err: unknown) => {
        throw failure ?? err;
      });
      if (failure) throw failure;
      expect(await res.finishReason).toBe("stop");
      return { id: (await res.response).id, text };
    },
    async refusal(call) {
      const err = await call.then(
        () => expect.unreachable("the request was not refused"),
        (e: unknown) => e,
      );
      expect(APICallError.isInstance(err), String(err)).toBe(true);
      const e = err as APICallError;
      return { status: e.statusCode!, error: (JSON.parse(e.responseBody!) as { error: Record<string, unknown> }).error, headers: e.responseHeaders ?? {} };
    },
  };
}

describeDrivers("the OpenAI-compatible gateway, through real clients", (ctx) => {
  installAppDatabase(ctx);
  let server: GatewayServer;
  let restoreEnv: () => void;
  let alice: string;
  let bob: string;
  let carol: string;
  const keys: Record<string, string> = {};
  const logged: string[] = [];
  const db = () => ctx.database.db;
  const as = (userId: string) => {
    vi.mocked(requireUserId).mockResolvedValue(userId);
    vi.mocked(readerId).mockResolvedValue(userId);
  };
  const post = (path: string, key: string, body: unknown) =>
    fetch(`${server.baseURL}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const stored = async (id: string) => (await db().select().from(aiResponse).where(eq(aiResponse.id, id)))[0];

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    for (const method of ["log", "info", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    }
    server = await startGatewayServer();
    alice = await createUser(db());
    bob = await createUser(db());
    carol = await createUser(db());
    as(alice);
    expect(await actions.finishOnboardingAction({ atoms: { ...DEFAULT_ATOMS, length: 0 }, aboutMe: "" })).toMatchObject({ ok: true });
    as(bob);
    expect(await actions.finishOnboardingAction({ atoms: { ...DEFAULT_ATOMS, length: 3 }, aboutMe: "" })).toMatchObject({ ok: true });
    // carol has no profile at all: the gateway must pass her requests through unchanged.
    for (const [name, userId] of [["alice", alice], ["bob", bob], ["carol", carol]] as const) {
      keys[name] = (await createApiKey({ userId, name: `${name}'s notes app` })).key;
    }
  });
  afterAll(async () => {
    await server.close();
    vi.restoreAllMocks();
    restoreEnv();
  });
  afterEach(() => {
    // No key, whole or in part past its visible prefix, ever reaches a log line.
    for (const key of Object.values(keys)) for (const line of logged) expect(line).not.toContain(key.slice(10));
  });

  for (const make of [openaiClient, aiSdkClient]) {
    describe(make.name, () => {
      let client: Client;
      beforeAll(() => {
        client = make(server.baseURL);
      });

      it.each([false, true])("stream %s: the reply follows the key owner's paragraph and is stored under its id", async (stream) => {
        const brief = await client.reply(keys.alice!, [{ role: "user", content: QUESTION }], { stream });
        const long = await client.reply(keys.bob!, [{ role: "user", content: QUESTION }], { stream });
        expect(words(brief.text)).toBeLessThan(words(long.text) / 2);
        for (const [reply, userId] of [[brief, alice], [long, bob]] as const) {
          const row = await stored(reply.id);
          expect(row).toMatchObject({ userId, surface: "gateway", prompt: QUESTION, text: reply.text, status: "complete" });
          expect(row!.summaryVersion).toBeGreaterThan(0);
          expect(row!.app).toBe(userId === alice ? "alice's notes app" : "bob's notes app");
        }
      });

      it("a control change on the Profile Maker changes the next reply", async () => {
        const dave = await createUser(db());
        const { key } = await createApiKey({ userId: dave, name: "dave's app" });
        as(dave);
        expect(await actions.finishOnboardingAction({ atoms: { ...DEFAULT_ATOMS, length: 0 }, aboutMe: "" })).toMatchObject({ ok: true });
        const before = await client.reply(key, [{ role: "user", content: QUESTION }]);
        expect(await actions.nudgeAction({ dimension: "length", value: 3 })).toMatchObject({ ok: true });
        const after = await client.reply(key, [{ role: "user", content: QUESTION }], { stream: true });
        expect(words(after.text)).toBeGreaterThan(2 * words(before.text));
        expect((await stored(after.id))!.summaryVersion).toBeGreaterThan((await stored(before.id))!.summaryVersion);
      });

      it("a thumb through /v1/feedback appears in the signal log, and can be taken back", async () => {
        const { id } = await client.reply(keys.alice!, [{ role: "user", content: QUESTION }]);
        expect(await client.feedback(keys.alice!, id, "up")).toEqual({ id, object: "feedback", rating: "up" });
        expect((await stored(id))!.thumb).toBe(1);
        const signals = await db().select().from(signal).where(eq(signal.responseId, id));
        expect(signals.length).toBeGreaterThan(0);
        expect(signals.every((s) => s.userId === alice && s.source === "thumb" && s.weight === 1)).toBe(true);
        expect(await client.feedback(keys.alice!, id, null)).toEqual({ id, object: "feedback", rating: null });
        const after = await db().select().from(signal).where(eq(signal.responseId, id));
        expect(after.filter((s) => s.weight === -1)).toHaveLength(signals.length);
        expect((await stored(id))!.thumb).toBeNull();
      });

      it("another user's reply id is a 404 and changes nothing of theirs", async () => {
        const { id } = await client.reply(keys.alice!, [{ role: "user", content: QUESTION }]);
        const before = await hashUserRows(db(), alice);
        const res = await post("/feedback", keys.bob!, { id, rating: "down" });
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ error: { message: expect.any(String), type: "invalid_request_error", param: "id", code: "not_found" } });
        expect(await hashUserRows(db(), alice)).toEqual(before);
      });

      it("a revoked key is a 401 at once", async () => {
        const created = await createApiKey({ userId: alice, name: "short-lived" });
        expect((await client.reply(created.key, [{ role: "user", content: "Hi" }])).text).not.toBe("");
        await revokeKey({ userId: alice, id: created.id });
        const { status, error } = await client.refusal(client.reply(created.key, [{ role: "user", content: "Hi" }]));
        expect(status).toBe(401);
        expect(error).toMatchObject({ type: "invalid_request_error", code: "invalid_api_key", param: null });
        expect(String(error.message)).not.toContain(created.key);
        const none = await client.refusal(client.reply("pmk_not-a-key", [{ role: "user", content: "Hi" }]));
        expect(none.status).toBe(401);
      });

      it("an unknown model is a 404 (model_not_found)", async () => {
        const { status, error } = await client.refusal(client.reply(keys.alice!, [{ role: "user", content: "Hi" }], { model: "gpt-9" }));
        expect(status).toBe(404);
        expect(error).toMatchObject({ type: "invalid_request_error", param: "model", code: "model_not_found" });
      });
    });
  }

  it("over the reply quota: 429 in OpenAI's shape with Retry-After, through both clients, streamed or not", async () => {
    const gina = await createUser(db());
    const { key } = await createApiKey({ userId: gina, name: "gina's app" });
    const restore = setEnv({ QUOTA_REPLIES_PER_DAY_ACCOUNT: "2" });
    try {
      for (let i = 0; i < 2; i++) expect((await openaiClient(server.baseURL).reply(key, [{ role: "user", content: `Question ${i}` }])).text).not.toBe("");
      const before = await hashUserRows(db(), gina);
      for (const make of [openaiClient, aiSdkClient]) {
        for (const stream of [false, true]) {
          const client = make(server.baseURL);
          const { status, error, headers } = await client.refusal(client.reply(key, [{ role: "user", content: "One more?" }], { stream }));
          const where = `${client.name}, stream ${stream}`;
          expect(status, where).toBe(429);
          expect(error, where).toMatchObject({ type: "requests", code: "rate_limit_exceeded", param: null });
          expect(String(error.message).length, where).toBeGreaterThan(10);
          const retryAfter = headers instanceof Headers ? headers.get("retry-after") : headers["retry-after"];
          expect(Number(retryAfter), where).toBeGreaterThan(0);
          expect(Number.isInteger(Number(retryAfter)), where).toBe(true);
        }
      }
      // Refused before anything was stored: no reply row, not even the key's last use moved.
      expect(await hashUserRows(db(), gina)).toEqual(before);
    } finally {
      restore();
    }
  });

  it("gateway replies count toward the every-20th refinement check", async () => {
    const erin = await createUser(db());
    const { key } = await createApiKey({ userId: erin, name: "erin's app" });
    const client = new OpenAI({ apiKey: key, baseURL: server.baseURL, maxRetries: 0 });
    const mine = () => queued.filter((q) => (q.data as { userId?: string }).userId === erin);
    for (let i = 1; i <= 20; i++) {
      await client.chat.completions.create({ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: `Question ${i}: what is a prime?` }] });
      expect(mine(), `after reply ${i}`).toHaveLength(i < 20 ? 0 : 1);
    }
    expect(mine()[0]).toEqual({ queue: REFINEMENT_CHECK, data: { userId: erin } });
  });

  it("a refinement check samples thumbed gateway replies, and its evidence names the app", async () => {
    const frank = await createUser(db());
    as(frank);
    expect(await actions.finishOnboardingAction({ atoms: { ...DEFAULT_ATOMS, length: 0 }, aboutMe: "" })).toMatchObject({ ok: true });
    const { key } = await createApiKey({ userId: frank, name: "Frank's reader" });
    const client = openaiClient(server.baseURL);
    for (let i = 0; i < 4; i++) {
      const { id } = await client.reply(key, [{ role: "user", content: `What is a prime number? (${i})` }]);
      await client.feedback(key, id, "up");
    }
    const check = await runRefinementCheck({ db: db(), userId: frank, deps: { ...context(db(), frank).deps, seed: () => 7, judge: async () => ({ kind: "offline" }) } });
    const sampled = (check.evidence as unknown as RefinementEvidence).sampled;
    expect(sampled.length).toBeGreaterThanOrEqual(3);
    expect(sampled.every((s) => s.surface === "gateway" && s.app === "Frank's reader")).toBe(true);
  });

  it("GET /v1/models lists the model served, by the id clients pass", async () => {
    const list = await new OpenAI({ apiKey: keys.alice!, baseURL: server.baseURL, maxRetries: 0 }).models.list();
    expect(list.data.map((m) => m.id)).toEqual([OFFLINE_MODEL_ID]);
    const client = new OpenAI({ apiKey: keys.alice!, baseURL: server.baseURL, maxRetries: 0 });
    expect(await client.models.retrieve(OFFLINE_MODEL_ID)).toMatchObject({ id: OFFLINE_MODEL_ID, object: "model" });
    const missing = await openaiClient(server.baseURL).refusal(client.models.retrieve("gpt-9"));
    expect(missing).toMatchObject({ status: 404, error: { code: "model_not_found", param: "model" } });
  });

  it("message order: the preamble, then the client's system and developer messages, then the conversation", async () => {
    const stub = await startOpenAIStub({ kind: "reply", text: "From the upstream model." });
    const restore = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_CHAT_MODEL: "upstream-model" });
    try {
      const client = new OpenAI({ apiKey: keys.alice!, baseURL: server.baseURL, maxRetries: 0 });
      const messages: OpenAI.ChatCompletionMessageParam[] = [
        { role: "system", content: "You are the notes app's assistant." },
        { role: "user", content: "First question" },
        { role: "assistant", content: "First answer" },
        { role: "developer", content: "Answer in one line." },
        { role: "user", content: [{ type: "text", text: "Second " }, { type: "text", text: "question" }] },
      ];
      const res = await client.chat.completions.create({ model: "upstream-model", messages, max_tokens: 50, temperature: 0.3, stop: ["\n\n"] });
      expect(res.choices[0]!.message.content).toBe("From the upstream model.");
      const sent = stub.requests[0]!.body;
      expect(sent.messages.map((m) => m.role)).toEqual(["system", "system", "system", "user", "assistant", "user"]);
      expect(String(sent.messages[0]!.content)).toMatch(/^You /);
      expect(sent.messages.slice(1).map((m) => m.content)).toEqual([
        "You are the notes app's assistant.",
        "Answer in one line.",
        "First question",
        "First answer",
        "Second question",
      ]);
      expect(sent).toMatchObject({ max_tokens: 50, temperature: 0.3, stop: ["\n\n"] });

      // With an empty profile the request passes through unchanged: no system message of ours.
      const asCarol = new OpenAI({ apiKey: keys.carol!, baseURL: server.baseURL, maxRetries: 0 });
      const plain = await asCarol.chat.completions.create({ model: "upstream-model", messages: [{ role: "user", content: "Hi" }] });
      expect(plain.choices[0]!.message.content).toBe("From the upstream model.");
      expect(stub.requests.at(-1)!.body.messages).toEqual([{ role: "user", content: "Hi" }]);
      expect((await stored(plain.id))!.summaryVersion).toBe(0);
    } finally {
      restore();
      await stub.close();
    }
  });

  it("a client that aborts mid-stream ends the upstream call, and the reply is stored as stopped", async () => {
    const stub = await startOpenAIStub({ kind: "reply", text: "one two three four five six seven eight nine ten", delayMs: 200 });
    const restore = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_CHAT_MODEL: "upstream-model" });
    try {
      const controller = new AbortController();
      const client = new OpenAI({ apiKey: keys.alice!, baseURL: server.baseURL, maxRetries: 0 });
      const chunks = await client.chat.completions.create({ model: "upstream-model", messages: [{ role: "user", content: "Count" }], stream: true }, { signal: controller.signal });
      let id = "";
      let text = "";
      // The package ends the iteration (or throws an abort error, by version) once the signal fires.
      try {
        for await (const chunk of chunks) {
          id ||= chunk.id;
          text += chunk.choices[0]?.delta.content ?? "";
          if (text.trim() !== "") controller.abort();
        }
      } catch (err) {
        expect(String(err)).toMatch(/abort/i);
      }
      expect(text.trim()).toBe("one");
      await vi.waitFor(async () => expect((await stored(id))?.status).toBe("stopped"), { timeout: 10_000, interval: 50 });
      expect((await stored(id))!.text.startsWith("one")).toBe(true);
      await vi.waitFor(() => expect(stub.requests.at(-1)!.aborted).toBe(true), { timeout: 10_000, interval: 50 });
    } finally {
      restore();
      await stub.close();
    }
  });

  it("malformed requests are a 400 in OpenAI's shape, and write nothing", async () => {
    const before = await hashUserRows(db(), alice);
    const cases: [unknown, string | null][] = [
      ['{"model": "offline-demo", "messages": [', null],
      [{ model: OFFLINE_MODEL_ID }, "messages"],
      [{ model: OFFLINE_MODEL_ID, messages: [] }, "messages"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "tool", content: "x", tool_call_id: "1" }] }, "messages[0].role"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x" } }] }] }, "messages[0].content"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: "Hi" }], tools: [{ type: "function", function: { name: "f" } }] }, "tools"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: "Hi" }], n: 2 }, "n"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: "Hi" }], temperature: 3 }, "temperature"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "user", content: "Hi" }], nonsense: 1 }, "nonsense"],
      [{ model: OFFLINE_MODEL_ID, messages: [{ role: "system", content: "Only a system message" }] }, "messages"],
    ];
    for (const [body, param] of cases) {
      const res = await post("/chat/completions", keys.alice!, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = (await res.json()) as { error: Record<string, unknown> };
      expect(Object.keys(json.error).sort()).toEqual(["code", "message", "param", "type"]);
      expect(json.error).toMatchObject({ type: "invalid_request_error", param });
      expect(String(json.error.message).length).toBeGreaterThan(10);
    }
    // The same through the clients: the `openai` package raises BadRequestError, the AI SDK an APICallError.
    const viaOpenAI = await openaiClient(server.baseURL).refusal(
      new OpenAI({ apiKey: keys.alice!, baseURL: server.baseURL, maxRetries: 0 }).chat.completions.create({
        model: OFFLINE_MODEL_ID,
        messages: [{ role: "user", content: "Hi" }],
        tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
      }),
    );
    expect(viaOpenAI).toMatchObject({ status: 400, error: { type: "invalid_request_error", param: "tools", code: "unsupported_parameter" } });
    expect(await hashUserRows(db(), alice)).toEqual(before);
  });

  it("keys are stored hashed, listed without the key, and reach only their owner's rows", async () => {
    const created = await createApiKey({ userId: bob, name: "hash check" });
    expect(created.key).toMatch(/^pmk_[A-Za-z0-9_-]{43}$/);
    const [row] = await db().select().from(apiKey).where(eq(apiKey.id, created.id));
    expect(row!.hash).toBe(hashApiKey(created.key));
    expect(row!.prefix).toBe(created.key.slice(0, 10));
    const everything = rowsOf<{ j: string }>(await db().execute(sql`select row_to_json(k)::text as j from api_key k`));
    for (const { j } of everything) for (const key of [created.key, ...Object.values(keys)]) expect(j).not.toContain(key.slice(10));
    const listed = await listKeys({ userId: bob });
    expect(JSON.stringify(listed)).not.toContain(created.key.slice(10));
    expect(JSON.stringify(listed)).not.toContain(row!.hash);
    expect(listed.every((k) => !("hash" in k) && !("key" in k))).toBe(true);

    // Alice's key never reads or writes Bob: his rows are byte-identical after her requests, and her reply is hers.
    const bobBefore = await hashUserRows(db(), bob);
    const { id } = await openaiClient(server.baseURL).reply(keys.alice!, [{ role: "user", content: QUESTION }]);
    expect((await post("/feedback", keys.alice!, { id, rating: "down" })).status).toBe(200);
    expect(await hashUserRows(db(), bob)).toEqual(bobBefore);
    // A key can never be revoked by someone else.
    await expect(revokeKey({ userId: alice, id: created.id })).rejects.toMatchObject({ code: "not_found:gateway" });
    const usage = (await listKeys({ userId: alice })).find((k) => k.name === "alice's notes app")!;
    const counted = await db().select({ n: sql<number>`count(*)::int` }).from(aiResponse).where(and(eq(aiResponse.userId, alice), eq(aiResponse.app, "alice's notes app")));
    expect(usage.replies).toBe(counted[0]!.n);
    expect(usage.down).toBeGreaterThanOrEqual(1);
    expect(usage.lastUsedAt).toBeInstanceOf(Date);
  });
});
