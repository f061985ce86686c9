/**
 * A model that thinks out loud (reasoning parts before its text, as real reasoning models stream them) does not
 * break the chat: the reasoning reaches the client as reasoning chunks, only the text is stored, and the next
 * turn's history (UI messages through convertToModelMessages) carries the earlier answer to the model.
 */
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { beforeAll, expect, it, vi } from "vitest";
import { listMessages } from "@/db/queries/chat";
import { selectModels } from "@/lib/ai/provider";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest, streamedText, uiChunks, userMessage } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { POST } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));
vi.mock("@/lib/ai/provider", () => ({ selectModels: vi.fn() }));

const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 2, text: 1, reasoning: 1 } };
const calls: LanguageModelV4CallOptions[] = [];

const thinkingModel = new MockLanguageModelV4({
  doStream: async (options) => {
    calls.push(options);
    const parts: LanguageModelV4StreamPart[] = [
      { type: "reasoning-start", id: "r" },
      { type: "reasoning-delta", id: "r", delta: "The user asks about tides; " },
      { type: "reasoning-delta", id: "r", delta: "mention the moon." },
      { type: "reasoning-end", id: "r" },
      { type: "text-start", id: "t" },
      { type: "text-delta", id: "t", delta: "The moon pulls the sea." },
      { type: "text-end", id: "t" },
      { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
    ];
    return { stream: new ReadableStream({ start: (c) => (parts.forEach((p) => c.enqueue(p)), c.close()) }) };
  },
});

describeDrivers("POST /api/chat with a reasoning model", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;

  beforeAll(async () => {
    alice = await createUser(ctx.database.db);
    vi.mocked(selectModels).mockReturnValue({ kind: "openai", chat: thinkingModel, fast: thinkingModel, label: "thinking-model", id: "thinking-model" });
  });

  it("streams the reasoning as reasoning chunks, stores the text, and sends the stored turn as history next time", async () => {
    vi.mocked(requireUserId).mockResolvedValue(alice);
    const id = crypto.randomUUID();
    const ask = (text: string) => POST(jsonRequest("/api/chat", { trigger: "submit-message", conversationId: id, message: userMessage(text) }));

    const chunks = await uiChunks(await ask("Why are there tides?"));
    expect(chunks.filter((c) => c.type === "reasoning-delta").map((c) => c.delta)).toEqual(["The user asks about tides; ", "mention the moon."]);
    expect(streamedText(chunks)).toBe("The moon pulls the sea.");
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });

    await uiChunks(await ask("And twice a day?"));
    const stored = await listMessages({ db: ctx.database.db, userId: alice, conversationId: id });
    expect(stored.map((m) => [m.role, m.text])).toEqual([
      ["user", "Why are there tides?"],
      ["assistant", "The moon pulls the sea."],
      ["user", "And twice a day?"],
      ["assistant", "The moon pulls the sea."],
    ]);
    expect(calls.at(-1)!.prompt.filter((m) => m.role !== "system")).toEqual([
      { role: "user", content: [{ type: "text", text: "Why are there tides?" }] },
      { role: "assistant", content: [{ type: "text", text: "The moon pulls the sea." }] },
      { role: "user", content: [{ type: "text", text: "And twice a day?" }] },
    ]);
  });
});
