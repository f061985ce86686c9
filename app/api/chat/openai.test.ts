/**
 * The OpenAI path end to end: the real @ai-sdk/openai client, pointed by OPENAI_BASE_URL at a local stub that
 * speaks the chat completions protocol. Checks what goes over the wire (the preamble first, the configured
 * model) and that a server failure mid-stream leaves the stored conversation consistent.
 */
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { listMessages, storeChatTurn } from "@/db/queries/chat";
import { SURFACE_INSTRUCTIONS } from "@/lib/ai/prompts";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, setSummary, spaceTurns, streamedText, uiChunks, userMessage } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { startOpenAIStub, type OpenAIStub } from "@/tests/openai-stub";
import { POST } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));

const PARAGRAPH = "You prefer detailed, formal answers and you are comfortable with equations.";

describeDrivers("POST /api/chat against an OpenAI-compatible server", (ctx) => {
  installAppDatabase(ctx);
  let stub: OpenAIStub;
  let restoreEnv: () => void;
  let alice: string;
  const submit = (conversationId: string, text: string) =>
    POST(jsonRequest("/api/chat", { trigger: "submit-message", conversationId, message: userMessage(text) }));

  beforeAll(async () => {
    stub = await startOpenAIStub();
    restoreEnv = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: undefined, OPENAI_CHAT_MODEL: "stub-chat-model" });
    alice = await createUser(ctx.database.db);
    await setSummary(ctx.database.db, alice, { text: PARAGRAPH, version: 5, provenance: "evolved" });
  });
  afterAll(async () => {
    restoreEnv();
    await stub.close();
  });
  beforeEach(() => {
    vi.mocked(requireUserId).mockResolvedValue(alice);
    stub.requests.length = 0;
  });

  it("sends system = preamble + instructions to the configured model over chat completions, and stores the reply", async () => {
    stub.behave({ kind: "reply", text: "Ice floats because its lattice is less dense than liquid water." });
    const id = crypto.randomUUID();
    const chunks = await uiChunks(await submit(id, "Why does ice float?"));
    expect(streamedText(chunks)).toBe("Ice floats because its lattice is less dense than liquid water.");
    expect(chunks.find((c) => c.type === "start")!.messageMetadata).toMatchObject({
      summaryVersion: 5,
      model: { label: "stub-chat-model", offline: false },
    });

    expect(stub.requests).toHaveLength(1);
    const { path, body } = stub.requests[0]!;
    expect(path).toBe("/v1/chat/completions");
    expect(body.model).toBe("stub-chat-model");
    expect(body.stream).toBe(true);
    expect(body.messages[0]!.role).toBe("system");
    expect(body.messages[0]!.content).toMatch(new RegExp(`^${PARAGRAPH}\\n\\n${SURFACE_INSTRUCTIONS.chat}`));
    expect(body.messages.at(-1)).toEqual({ role: "user", content: "Why does ice float?" });

    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text, m.status, m.summaryVersion])).toEqual([
      ["user", "Why does ice float?", null, null],
      ["assistant", "Ice floats because its lattice is less dense than liquid water.", "complete", 5],
    ]);
  });

  it("a long conversation: the model gets its last 20 messages, failed replies left out", async () => {
    const id = crypto.randomUUID();
    // 35 stored turns; the last reply failed.
    for (let i = 1; i <= 35; i++) {
      const reply = { id: crypto.randomUUID(), prompt: `Q${i}?`, text: `A${i}.`, summaryVersion: 5, status: i === 35 ? ("error" as const) : ("complete" as const) };
      await storeChatTurn({ db: ctx.database.db, turn: { userId: alice, conversationId: id, question: `Q${i}?`, reply } });
    }
    // PGlite's clock counts milliseconds, and these turns come faster than real ones: a minute apart, turn by turn.
    await spaceTurns(ctx.database.db, id);
    stub.behave({ kind: "reply", text: "A36." });
    expect(streamedText(await uiChunks(await submit(id, "Q36?")))).toBe("A36.");

    const sent = (stub.requests[0]!.body.messages as { role: string; content: unknown }[]).slice(1).map((m) => `${m.role}: ${String(m.content)}`);
    const earlier = Array.from({ length: 9 }, (_, k) => [`user: Q${26 + k}?`, `assistant: A${26 + k}.`]).flat();
    expect(sent).toEqual([...earlier, "user: Q35?", "user: Q36?"]);
  });

  it("a connection dropped mid-stream: the client gets an error chunk, the partial reply is stored as error", async () => {
    stub.behave({ kind: "drop", text: "One two three four five six", chunks: 3 });
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const id = crypto.randomUUID();
    const chunks = await uiChunks(await submit(id, "Count to six."));
    error.mockRestore();
    expect(chunks.some((c) => c.type === "error" && /failed before finishing/.test(String(c.errorText)))).toBe(true);
    expect(streamedText(chunks)).toBe("One two three ");

    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text, m.status])).toEqual([
      ["user", "Count to six.", null],
      ["assistant", "One two three ", "error"],
    ]);

    // Retry replaces the failed reply; the failed one is not sent back to the model as history.
    stub.behave({ kind: "reply", text: "One two three four five six." });
    const retry = await uiChunks(await POST(jsonRequest("/api/chat", { trigger: "regenerate-message", conversationId: id })));
    expect(streamedText(retry)).toBe("One two three four five six.");
    const sent = stub.requests.at(-1)!.body.messages.map((m) => m.role);
    expect(sent).toEqual(["system", "user"]);
    const after = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(after.map((m) => [m.role, m.status])).toEqual([
      ["user", null],
      ["assistant", "complete"],
    ]);
  });

  it("a server error before any output: an error chunk, an empty reply stored as error", async () => {
    stub.behave({ kind: "status", status: 500 });
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const id = crypto.randomUUID();
    const chunks = await uiChunks(await submit(id, "Hello?"));
    error.mockRestore();
    expect(chunks.some((c) => c.type === "error")).toBe(true);
    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text, m.status])).toEqual([
      ["user", "Hello?", null],
      ["assistant", "", "error"],
    ]);
  });
});
