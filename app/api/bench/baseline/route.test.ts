import { afterEach, describe, expect, it, vi } from "vitest";
import { offlineReply } from "@/lib/ai/offline-model";
import { buildSystem } from "@/lib/ai/prompts";
import { jsonRequest, setEnv, streamedText, uiChunks } from "@/tests/ai-fixtures";
import { POST } from "./route";

// The baseline has no database and no session: either being touched fails the test.
vi.mock("@/db/client", () => ({ getDb: vi.fn(() => Promise.reject(new Error("the baseline touched the database"))) }));
vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(() => Promise.reject(new Error("the baseline read a session"))) }));

// Exactly what the load run sends (bench/http.ts#chatBody): a chat turn's body, the message as a UI message.
const question = "How do hash tables work?";
const body = {
  trigger: "submit-message",
  conversationId: crypto.randomUUID(),
  message: { role: "user", parts: [{ type: "text", text: question }] },
};

describe("POST /api/bench/baseline", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it("does not exist unless the bench asked for it: 404", async () => {
    restore = setEnv({ BENCH_BASELINE_ROUTE: undefined, OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined });
    const res = await POST(jsonRequest("/api/bench/baseline", body));
    expect(res.status).toBe(404);
  });

  it("with BENCH_BASELINE_ROUTE, streams the offline model's reply to a chat turn's body, without a preamble", async () => {
    restore = setEnv({ BENCH_BASELINE_ROUTE: "true", OFFLINE_MODEL_DELAY_MS: "0", OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined });
    const res = await POST(jsonRequest("/api/bench/baseline", body));
    expect(res.status).toBe(200);
    const chunks = await uiChunks(res);
    const expected = offlineReply([
      { role: "system", content: buildSystem(null, "chat") },
      { role: "user", content: [{ type: "text", text: question }] },
    ]);
    expect(streamedText(chunks)).toBe(expected);
    expect(chunks.at(-1)).toMatchObject({ type: "finish" });
  });

  it("refuses a body without a message, or with the message in another shape: 400", async () => {
    restore = setEnv({ BENCH_BASELINE_ROUTE: "true" });
    for (const message of [{}, { text: question }]) {
      const res = await POST(jsonRequest("/api/bench/baseline", { message }));
      expect(res.status).toBe(400);
    }
  });
});
