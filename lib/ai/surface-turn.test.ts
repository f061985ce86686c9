/**
 * The surface turn under failure (issue 11): a storage fault before the first token, mid-stream and at each
 * statement of the final write leaves the database holding the whole turn or none of it, and the client sees an
 * error, never a finished reply. Also: the preamble travels in the stream, not in headers, and the logs of a
 * failed write carry codes and ids, never the user's text.
 */
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { POST as chatRoute } from "@/app/api/chat/route";
import { POST as explainRoute } from "@/app/api/explain/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { POST as summarizeRoute } from "@/app/api/summarize/route";
import { conversationOwner, listMessages, readTurnConversation } from "@/db/queries/chat";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, setSummary, streamedText, uiChunks, userMessage } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { startOpenAIStub, type OpenAIStub } from "@/tests/openai-stub";
import { hashUserRows } from "@/tests/row-hash";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));
vi.mock("@/db/queries/chat", async (original) => {
  const actual = await original<typeof import("@/db/queries/chat")>();
  return { ...actual, readTurnConversation: vi.fn(actual.readTurnConversation) };
});

const NOT_STORED = /could not be saved, so it was not kept/;
type Chunk = { type: string; [k: string]: unknown };

describeDrivers("a surface turn: whole or nothing, errors reach the client", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let bob: string;
  let restoreEnv: () => void;
  const db = () => ctx.database.db;
  const submit = (conversationId: string, text: string) =>
    chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId, message: userMessage(text) }));

  /** Makes the next matching statement fail inside the database, as a full disk or a lost connection would. */
  async function failOn(table: string, when: "insert" | "update", condition = "true") {
    await db().execute(sql.raw(`create or replace function pm_fault() returns trigger language plpgsql as
      $$ begin raise exception 'injected fault'; end $$`));
    await db().execute(
      sql.raw(`create trigger pm_fault before ${when} on ${table} for each row when (${condition}) execute function pm_fault()`),
    );
    faults.push(table);
  }
  const faults: string[] = [];

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    alice = await createUser(db());
    bob = await createUser(db());
    await setSummary(db(), alice, { text: "You like brief answers in plain words.", version: 2 });
    await setSummary(db(), bob, { text: "You like long answers.", version: 1 });
  });
  afterEach(async () => {
    for (const table of faults.splice(0)) await db().execute(sql.raw(`drop trigger if exists pm_fault on ${table}`));
    vi.mocked(requireUserId).mockReset();
  });
  afterAll(() => restoreEnv());

  /** Runs `act` as alice and checks that neither alice's nor bob's rows changed. */
  async function unchanged(act: () => Promise<void>) {
    vi.mocked(requireUserId).mockResolvedValue(alice);
    const before = { alice: await hashUserRows(db(), alice), bob: await hashUserRows(db(), bob) };
    await act();
    expect(await hashUserRows(db(), alice)).toEqual(before.alice);
    expect(await hashUserRows(db(), bob)).toEqual(before.bob);
  }

  const endsInError = (chunks: Chunk[], pattern: RegExp) => {
    expect(chunks.some((c) => c.type === "finish")).toBe(false);
    expect(chunks.at(-1)).toMatchObject({ type: "error", errorText: expect.stringMatching(pattern) });
  };

  it("before the first token: a failing read is a 500 with a clear message, and nothing is stored", async () => {
    await unchanged(async () => {
      vi.mocked(readTurnConversation).mockRejectedValueOnce(new Error("connection reset"));
      const res = await submit(crypto.randomUUID(), "What is a tide?");
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        error: { code: "internal:chat", message: "Something went wrong on our side. Nothing was changed; please try again." },
      });
    });
  });

  // Each write of the final statement, on a first turn (conversation created, question appended) and on a later
  // turn (the conversation only touched: its update happens on the conflict of the claim).
  it.each([
    ["conversation", "insert", "true", "first"],
    ["message", "insert", "new.role = 'user'", "first"],
    ["ai_response", "insert", "true", "first"],
    ["message", "insert", "new.role = 'assistant'", "first"],
    ["conversation", "update", "true", "later"],
    ["message", "insert", "new.role = 'user'", "later"],
  ] as const)("the final write failing at %s %s (%s) on a %s turn: an error instead of a finish, no half turn", async (table, when, condition, turn) => {
    const id = crypto.randomUUID();
    if (turn === "later") {
      vi.mocked(requireUserId).mockResolvedValue(alice);
      await uiChunks(await submit(id, "Why is the sea salty?"));
    }
    await unchanged(async () => {
      await failOn(table, when, condition);
      endsInError(await uiChunks(await submit(id, "How do tides work?")), NOT_STORED);
    });
    expect(await conversationOwner({ db: db(), id })).toBe(turn === "first" ? null : alice);
  });

  it("a retry whose write fails keeps the previous reply exactly as it was", async () => {
    vi.mocked(requireUserId).mockResolvedValue(alice);
    const id = crypto.randomUUID();
    await uiChunks(await submit(id, "Why is the sea salty?"));
    await unchanged(async () => {
      await failOn("message", "insert", "new.role = 'assistant'");
      const res = await chatRoute(jsonRequest("/api/chat", { trigger: "regenerate-message", conversationId: id }));
      endsInError(await uiChunks(res), NOT_STORED);
    });
    const stored = await listMessages({ db: db(), userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.status])).toEqual([
      ["user", null],
      ["assistant", "complete"],
    ]);
  });

  it.each([
    ["explain", () => explainRoute(jsonRequest("/api/explain", { text: "Tides follow the moon." }))],
    ["summarize", () => summarizeRoute(jsonRequest("/api/summarize", { text: "Tides follow the moon." }))],
    ["preview", () => previewRoute(new Request("http://localhost/api/preview", { method: "POST" }))],
  ] as const)("%s: its insert failing is an error, never a finished reply with an id that 404s", async (_surface, call) => {
    await unchanged(async () => {
      await failOn("ai_response", "insert");
      endsInError(await uiChunks(await call()), NOT_STORED);
    });
  });

  it("mid-stream: the database failing while the reply streams is an error, and nothing is stored", async () => {
    const restore = setEnv({ OFFLINE_MODEL_DELAY_MS: "5" });
    try {
      await unchanged(async () => {
        const res = await submit(crypto.randomUUID(), "Explain the history of tides in detail.");
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let seen = "";
        while (!seen.includes('"text-delta"')) seen += decoder.decode((await reader.read()).value, { stream: true });
        await failOn("ai_response", "insert");
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          seen += decoder.decode(value, { stream: true });
        }
        const chunks = seen
          .split("\n")
          .filter((l) => l.startsWith("data: ") && l !== "data: [DONE]")
          .map((l) => JSON.parse(l.slice(6)) as Chunk);
        endsInError(chunks, NOT_STORED);
      });
    } finally {
      restore();
    }
  });

  it("logs of a failed write carry the error code and ids, never the user's text", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" "));
    const spies = (["error", "warn", "log", "info", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture));
    try {
      const secret = `My secret question ${crypto.randomUUID()}`;
      await unchanged(async () => {
        await failOn("ai_response", "insert");
        const chunks = await uiChunks(await submit(crypto.randomUUID(), secret));
        const { responseId } = chunks.find((c) => c.type === "start")!.messageMetadata as { responseId: string };
        endsInError(chunks, NOT_STORED);
        const log = lines.join("\n");
        expect(log).toContain(`responseId=${responseId}`);
        expect(log).toContain(`userId=${alice}`);
        expect(log).toMatch(/code=P0001/); // raise_exception: the SQLSTATE, not the message
        expect(log).not.toContain("My secret question");
        expect(log).not.toContain("plain words"); // nor the paragraph sent as the preamble
      });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describeDrivers("a model failing mid-stream: the turn is stored whole, as an error", (ctx) => {
  installAppDatabase(ctx);
  let stub: OpenAIStub;
  let restoreEnv: () => void;
  let alice: string;

  beforeAll(async () => {
    stub = await startOpenAIStub();
    restoreEnv = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: undefined });
    alice = await createUser(ctx.database.db);
  });
  afterAll(async () => {
    restoreEnv();
    await stub.close();
  });

  it("the client sees the error after the partial text, and the stored turn holds both the question and that text", async () => {
    vi.mocked(requireUserId).mockResolvedValue(alice);
    stub.behave({ kind: "drop", text: "Tides rise and fall twice a day because", chunks: 3 });
    const id = crypto.randomUUID();
    const chunks = await uiChunks(
      await chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId: id, message: userMessage("Tides?") })),
    );
    expect(chunks.at(-1)).toMatchObject({ type: "error", errorText: expect.stringMatching(/model failed/) });
    const partial = streamedText(chunks);
    expect(partial).toBe("Tides rise and ");
    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text, m.status])).toEqual([
      ["user", "Tides?", null],
      ["assistant", partial, "error"],
    ]);
  });
});

describeDrivers("the preamble travels in the stream, never in a header", (ctx) => {
  installAppDatabase(ctx);
  let restoreEnv: () => void;
  // 3,000 characters of Chinese: ~9 KB of UTF-8, ~27 KB once URL-encoded into a header.
  const PARAGRAPH = "你喜欢简短清楚的回答，用日常的中文，语气亲切，不要公式。".repeat(108).slice(0, 3000);

  beforeAll(() => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
  });
  afterAll(() => restoreEnv());

  it.each([
    ["chat", () => chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId: crypto.randomUUID(), message: userMessage("潮汐是什么？") }))],
    ["explain", () => explainRoute(jsonRequest("/api/explain", { text: "潮汐是海水的周期性涨落。" }))],
    ["summarize", () => summarizeRoute(jsonRequest("/api/summarize", { text: "潮汐是海水的周期性涨落。" }))],
    ["preview", () => previewRoute(new Request("http://localhost/api/preview", { method: "POST" }))],
  ] as const)("%s: a 3,000-character CJK paragraph, response headers under 1 KB", async (_surface, call) => {
    const userId = await createUser(ctx.database.db);
    await setSummary(ctx.database.db, userId, { text: PARAGRAPH, version: 7 });
    vi.mocked(requireUserId).mockResolvedValue(userId);
    expect(PARAGRAPH).toHaveLength(3000);
    const res = await call();
    expect(res.status).toBe(200);
    const headerBytes = [...res.headers].reduce((n, [k, v]) => n + new TextEncoder().encode(`${k}: ${v}\r\n`).length, 0);
    expect(headerBytes).toBeLessThan(1024);
    const chunks = await uiChunks(res);
    expect(chunks[0]).toMatchObject({ type: "start", messageMetadata: { preamble: { text: PARAGRAPH, version: 7 }, summaryVersion: 7 } });
  });
});
