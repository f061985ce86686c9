import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { listMessages } from "@/db/queries/chat";
import { aiResponse, conversation, message } from "@/db/schema";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, setSummary, streamedText, uiChunks } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { GET as getConversationRoute } from "../conversations/[id]/route";
import { POST } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));

const PARAGRAPH =
  "You like brief answers in plain, everyday words. Keep it short and friendly, and skip formulas entirely.";

describeDrivers("POST /api/chat with the offline model", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let bob: string;
  let restoreEnv: () => void;
  const as = (userId: string) => vi.mocked(requireUserId).mockResolvedValue(userId);
  const chat = (body: unknown, init?: RequestInit) => POST(jsonRequest("/api/chat", body, init));
  const submit = (conversationId: string, text: string) => ({ trigger: "submit-message", conversationId, message: { text } });
  const count = async (table: typeof message | typeof conversation | typeof aiResponse) =>
    (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    alice = await createUser(ctx.database.db);
    bob = await createUser(ctx.database.db);
    await setSummary(ctx.database.db, alice, { text: PARAGRAPH, version: 3 });
  });
  afterAll(() => restoreEnv());

  it("streams a reply and stores both messages with the summary version it was written with", async () => {
    as(alice);
    const id = crypto.randomUUID();
    const res = await chat(submit(id, "How do black holes form?"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const chunks = await uiChunks(res);
    const start = chunks.find((c) => c.type === "start")!;
    const metadata = start.messageMetadata as Record<string, unknown>;
    expect(metadata).toMatchObject({
      summaryVersion: 3,
      preamble: { text: PARAGRAPH, provenance: "user", version: 3 },
      model: { label: "offline demo model", offline: true },
    });
    // It streams: the first word at once, the rest merged into a few larger deltas (lib/ai/coalesce.ts).
    const deltas = chunks.filter((c) => c.type === "text-delta").map((c) => c.delta as string);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas[0]).toMatch(/^\S+\s*$/);
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });
    const text = streamedText(chunks);

    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text])).toEqual([
      ["user", "How do black holes form?"],
      ["assistant", text],
    ]);
    expect(stored[1]).toMatchObject({ responseId: metadata.responseId, summaryVersion: 3, status: "complete", thumb: null });
    const [row] = await ctx.database.db.select().from(aiResponse).where(eq(aiResponse.id, metadata.responseId as string));
    expect(row).toMatchObject({ surface: "chat", prompt: "How do black holes form?", conversationId: id, userId: alice });
    const [convo] = await ctx.database.db.select().from(conversation).where(eq(conversation.id, id));
    expect(convo!.title).toBe("How do black holes form?");
  });

  it("with an empty reading brain: no preamble, summary version 0", async () => {
    as(bob);
    const id = crypto.randomUUID();
    const chunks = await uiChunks(await chat(submit(id, "What is a prime number?")));
    expect(chunks.find((c) => c.type === "start")!.messageMetadata).toMatchObject({
      summaryVersion: 0,
      preamble: { text: null, provenance: "empty", version: 0 },
    });
    const stored = await listMessages({ db: ctx.database.db, userId: bob, conversationId: id });
    expect(stored[1]).toMatchObject({ role: "assistant", summaryVersion: 0, status: "complete" });
  });

  it("keeps the conversation: a second message is answered with the first in the history", async () => {
    as(alice);
    const id = crypto.randomUUID();
    await uiChunks(await chat(submit(id, "Tell me about volcanoes.")));
    await uiChunks(await chat(submit(id, "And in Spanish?")));
    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.status])).toEqual([
      ["user", null],
      ["assistant", "complete"],
      ["user", null],
      ["assistant", "complete"],
    ]);
    expect(stored[3]!.text).not.toBe(stored[1]!.text);
  });

  it("retry drops the last reply and answers the same question again", async () => {
    as(alice);
    const id = crypto.randomUUID();
    await uiChunks(await chat(submit(id, "Why is the sky blue?")));
    const first = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    const chunks = await uiChunks(await chat({ trigger: "regenerate-message", conversationId: id }));
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });
    const after = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(after.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(after[1]!.responseId).not.toBe(first[1]!.responseId);
    // The first reply stays on record (its thumbs keep counting); only the conversation no longer shows it.
    const responses = await ctx.database.db.select().from(aiResponse).where(eq(aiResponse.conversationId, id));
    expect(responses).toHaveLength(2);
  });

  it("retry with the question the client shows stores it first when the failed attempt never reached the server", async () => {
    as(alice);
    const id = crypto.randomUUID();
    await uiChunks(await chat(submit(id, "What is a comet?")));
    const chunks = await uiChunks(
      await chat({ trigger: "regenerate-message", conversationId: id, message: { text: "And an asteroid?" } }),
    );
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });
    const after = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(after.map((m) => [m.role, m.role === "user" ? m.text : m.status])).toEqual([
      ["user", "What is a comet?"],
      ["assistant", "complete"],
      ["user", "And an asteroid?"],
      ["assistant", "complete"],
    ]);
    // Retrying that same question again replaces only its reply.
    await uiChunks(await chat({ trigger: "regenerate-message", conversationId: id, message: { text: "And an asteroid?" } }));
    const again = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(again.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(again[1]!.responseId).toBe(after[1]!.responseId);
    expect(again[3]!.responseId).not.toBe(after[3]!.responseId);
  });

  it("rejects bad bodies with 400 and a clear message, storing nothing", async () => {
    as(alice);
    const before = { messages: await count(message), conversations: await count(conversation) };
    const id = crypto.randomUUID();
    const cases: Array<[unknown, RegExp]> = [
      [submit(id, ""), /empty/],
      [submit(id, "   \n "), /empty/],
      [submit(id, "x".repeat(8001)), /at most 8,000 characters/],
      ["{not json", /not valid JSON/],
      [{ trigger: "delete-everything", conversationId: id }, /Unknown trigger/],
      [{ trigger: "submit-message", conversationId: "42", message: { text: "hi" } }, /UUID/],
      [{ trigger: "submit-message", conversationId: id }, /message is missing/],
      [[], /JSON object/],
      ["\"just a string\"", /JSON object/],
    ];
    for (const [body, pattern] of cases) {
      const res = await chat(body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("bad_request:chat");
      expect(error.message).toMatch(pattern);
    }
    expect(await count(message)).toBe(before.messages);
    expect(await count(conversation)).toBe(before.conversations);
  });

  it("accepts a message of exactly 8,000 characters", async () => {
    as(bob);
    const res = await chat(submit(crypto.randomUUID(), "a ".repeat(4000)));
    expect(res.status).toBe(200);
    await res.text();
  });

  it("another user's conversation is a 404 that leaks nothing and stores nothing", async () => {
    as(alice);
    const id = crypto.randomUUID();
    await uiChunks(await chat(submit(id, "My private question about taxes")));
    const before = await count(message);

    as(bob);
    for (const body of [submit(id, "let me in"), { trigger: "regenerate-message", conversationId: id }]) {
      const res = await chat(body);
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).not.toContain("taxes");
      expect(JSON.parse(text)).toEqual({ error: { code: "not_found:chat", message: "This conversation does not exist." } });
    }
    const read = await getConversationRoute(new Request(`http://localhost/api/conversations/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(read.status).toBe(404);
    expect(await count(message)).toBe(before);
    const owners = await ctx.database.db.select({ userId: conversation.userId }).from(conversation).where(eq(conversation.id, id));
    expect(owners).toEqual([{ userId: alice }]);

    as(alice);
    const own = await getConversationRoute(new Request(`http://localhost/api/conversations/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(own.status).toBe(200);
    const body = (await own.json()) as { messages: { role: string; metadata?: { summaryVersion?: number } }[] };
    expect(body.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(body.messages[1]!.metadata?.summaryVersion).toBe(3);
  });

  it("a retry on a conversation that was never started is a 404", async () => {
    as(alice);
    const id = crypto.randomUUID();
    const res = await chat({ trigger: "regenerate-message", conversationId: id });
    expect(res.status).toBe(404);
  });

  it("stop: aborting mid-stream stores the partial reply as stopped, and the conversation stays consistent", async () => {
    const restore = setEnv({ OFFLINE_MODEL_DELAY_MS: "25" });
    try {
      as(alice);
      const id = crypto.randomUUID();
      const controller = new AbortController();
      const res = await chat(submit(id, "Explain the history of the Roman Empire in detail."), { signal: controller.signal });
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let seen = "";
      while ((seen.match(/"text-delta"/g) ?? []).length < 3) seen += decoder.decode((await reader.read()).value);
      controller.abort();
      await reader.cancel();
      await vi.waitFor(
        async () => {
          const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
          expect(stored.map((m) => [m.role, m.status])).toEqual([
            ["user", null],
            ["assistant", "stopped"],
          ]);
        },
        { timeout: 5000, interval: 25 },
      );
      const [reply] = await ctx.database.db
        .select()
        .from(message)
        .where(and(eq(message.conversationId, id), eq(message.role, "assistant")));
      // What the client saw before it stopped (complete SSE lines only) is the start of what was stored.
      const shown = seen
        .split("\n")
        .slice(0, -1)
        .filter((line) => line.startsWith("data: {"))
        .map((line) => JSON.parse(line.slice(6)) as { type: string; delta?: string })
        .filter((part) => part.type === "text-delta")
        .map((part) => part.delta)
        .join("");
      expect(shown.split(" ").length).toBeGreaterThanOrEqual(2);
      expect(reply!.text.slice(0, shown.length)).toBe(shown);
    } finally {
      restore();
    }
  });
});
