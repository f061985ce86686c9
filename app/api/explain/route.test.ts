/**
 * The single-shot surfaces (explain, summarize, the live preview) and the context endpoint: the same harness,
 * the same paragraph, stored outputs, and bad input refused before anything runs.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { GET as contextRoute } from "@/app/api/chat/context/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { POST as summarizeRoute } from "@/app/api/summarize/route";
import { aiResponse } from "@/db/schema";
import { PREVIEW_QUESTION, SURFACE_INSTRUCTIONS } from "@/lib/ai/prompts";
import { detectLanguage } from "@/lib/personality/features";
import { readerId, requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, setSummary, streamedText, uiChunks } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { POST as explainRoute } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(), readerId: vi.fn() }));

const TEXT =
  "Photosynthesis is the process by which green plants use sunlight to turn carbon dioxide and water into " +
  "sugar. Chlorophyll in the leaves captures the light. Oxygen is released as a by-product, and the sugar " +
  "feeds the growth of the plant.";

describeDrivers("explain, summarize, preview and the context endpoint", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let restoreEnv: () => void;
  // Writes and reads both resolve to the same signed-in user.
  const as = (userId: string) => {
    vi.mocked(requireUserId).mockResolvedValue(userId);
    vi.mocked(readerId).mockResolvedValue(userId);
  };
  const count = async () => (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(aiResponse))[0]!.n;

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    alice = await createUser(ctx.database.db);
  });
  afterAll(() => restoreEnv());

  it.each([
    ["explain", explainRoute],
    ["summarize", summarizeRoute],
  ] as const)("%s streams a UI message stream and stores it with its surface and summary version", async (surface, route) => {
    as(alice);
    await setSummary(ctx.database.db, alice, { text: "You like balanced answers in clear, everyday English.", version: 4 });
    const res = await route(jsonRequest(`/api/${surface}`, { text: TEXT }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const chunks = await uiChunks(res);
    const start = chunks.find((c) => c.type === "start")!;
    const metadata = start.messageMetadata as { responseId: string };
    expect(metadata).toEqual({
      responseId: start.messageId,
      summaryVersion: 4,
      preamble: { text: "You like balanced answers in clear, everyday English.", provenance: "user", version: 4 },
      model: { label: "offline demo model", offline: true },
      thumb: null,
    });
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });
    const text = streamedText(chunks);
    expect(text.split(/\s+/).length).toBeGreaterThan(10);

    const [row] = await ctx.database.db.select().from(aiResponse).where(eq(aiResponse.id, metadata.responseId));
    expect(row).toMatchObject({ surface, prompt: TEXT, text, summaryVersion: 4, status: "complete", userId: alice });
  });

  it("one paragraph shapes all three surfaces: a Spanish paragraph gets Spanish, and an English text quoted as it is", async () => {
    const carmen = await createUser(ctx.database.db);
    as(carmen);
    await setSummary(ctx.database.db, carmen, {
      text: "Prefieres respuestas breves y claras, en español, con un tono cercano y sin fórmulas.",
      version: 1,
      provenance: "onboarding",
    });
    const replies = [
      streamedText(await uiChunks(await explainRoute(jsonRequest("/api/explain", { text: TEXT })))),
      streamedText(await uiChunks(await summarizeRoute(jsonRequest("/api/summarize", { text: TEXT })))),
      streamedText(await uiChunks(await previewRoute(new Request("http://localhost/api/preview", { method: "POST" })))),
    ];
    // The offline model writes its own words in Spanish and does not translate the English text it quotes.
    expect(replies[0]).toContain("El texto dice esto");
    expect(replies[1]).toContain("En resumen");
    for (const reply of replies.slice(0, 2)) expect(reply).toContain("El modelo offline no traduce");
    expect(detectLanguage(replies[2]!)).toBe("es");
  });

  it("the preview answers the fixed question and is stored as a preview response", async () => {
    as(alice);
    const res = await previewRoute(new Request("http://localhost/api/preview", { method: "POST" }));
    expect(res.status).toBe(200);
    const chunks = await uiChunks(res);
    const text = streamedText(chunks);
    const { responseId } = chunks[0]!.messageMetadata as { responseId: string };
    const [row] = await ctx.database.db.select().from(aiResponse).where(eq(aiResponse.id, responseId));
    expect(row).toMatchObject({ surface: "preview", prompt: PREVIEW_QUESTION, text, conversationId: null });
  });

  it("bad bodies are a 400 with a clear message, and nothing is stored", async () => {
    as(alice);
    const before = await count();
    const cases: Array<[unknown, RegExp]> = [
      [{ text: "" }, /empty/],
      [{ text: "y".repeat(8001) }, /at most 8,000 characters/],
      ["not json at all", /not valid JSON/],
      [{ body: "wrong field" }, /Unknown field "body": this request takes text/],
      [{ text: "fine", extra: 1 }, /Unknown field "extra"/],
      [{ text: "nul \u0000 inside" }, /NUL character/],
      [{ text: "lone \ud800 surrogate" }, /unpaired UTF-16 surrogate/],
      [{ text: 42 }, /Send the text as a string/],
      [[1, 2], /JSON object/],
    ];
    for (const route of [explainRoute, summarizeRoute]) {
      for (const [body, pattern] of cases) {
        const res = await route(jsonRequest("/api/explain", body));
        expect(res.status).toBe(400);
        const { error } = (await res.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe("bad_request:surface");
        expect(error.message).toMatch(pattern);
      }
    }
    expect(await count()).toBe(before);
  });

  it("the context endpoint shows the exact system prompt per surface, and refuses an unknown surface", async () => {
    as(alice);
    await setSummary(ctx.database.db, alice, { text: "You like it short.", version: 9, provenance: "evolved" });
    const res = await contextRoute(new Request("http://localhost/api/chat/context?surface=summarize"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      preamble: { text: "You like it short.", provenance: "evolved", version: 9 },
      system: expect.stringMatching(new RegExp(`^You like it short\\.\\n\\n${SURFACE_INSTRUCTIONS.summarize}`)),
      model: { label: "offline demo model", offline: true },
    });
    const bad = await contextRoute(new Request("http://localhost/api/chat/context?surface=poetry"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/Unknown surface/);
  });
});
