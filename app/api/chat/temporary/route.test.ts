/**
 * Temporary chat (issue 12): the same surface turn with the preamble read fresh, and nothing left behind —
 * zero new rows in every table of the database but the quota counter (a temporary reply is metered like every
 * reply: one hit, a hash of the user id, gone with its window), no reply counted toward a refinement check, no
 * id to thumb.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { PUT as thumbRoute } from "@/app/api/responses/[id]/thumb/route";
import { noteResponseStored } from "@/lib/refinement/trigger";
import { readerId, requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, setSummary, streamedText, uiChunks } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers, rowsOf } from "@/tests/databases";
import { POST as temporaryRoute } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn(), readerId: vi.fn() }));
vi.mock("@/lib/refinement/trigger", async (original) => {
  const real = await original<typeof import("@/lib/refinement/trigger")>();
  return { ...real, noteResponseStored: vi.fn(real.noteResponseStored) };
});

const PARAGRAPH = "You like brief answers in plain English, with one example.";
const say = (role: "user" | "assistant", text: string) => ({ role, parts: [{ type: "text", text }] });

describeDrivers("POST /api/chat/temporary", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let restoreEnv: () => void;

  /** Rows in every table of the app's schema and of pg-boss's (a queued job would be a row there), the quota's apart. */
  async function everyTableCount(): Promise<Record<string, number>> {
    const tables = rowsOf<{ s: string; t: string }>(
      await ctx.database.db.execute(
        sql`select table_schema as s, table_name as t from information_schema.tables
            where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE' order by 1, 2`,
      ),
    );
    const out: Record<string, number> = {};
    for (const { s, t } of tables) {
      const [row] = rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select count(*)::int as n from ${sql.identifier(s)}.${sql.identifier(t)}`));
      out[`${s}.${t}`] = row!.n;
    }
    return out;
  }

  beforeAll(async () => {
    restoreEnv = setEnv({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OFFLINE_MODEL_DELAY_MS: "0" });
    alice = await createUser(ctx.database.db);
    await setSummary(ctx.database.db, alice, { text: PARAGRAPH, version: 3 });
    vi.mocked(requireUserId).mockResolvedValue(alice);
    vi.mocked(readerId).mockResolvedValue(alice);
  });
  afterAll(() => restoreEnv());

  it("answers through the one turn with the paragraph, and leaves zero new rows anywhere", async () => {
    const before = await everyTableCount();
    expect(before["public.personality_summary"]).toBe(1);
    const hits = async () =>
      rowsOf<{ n: number }>(await ctx.database.db.execute(sql`select coalesce(sum(hits), 0)::int as n from quota_counter where scope = 'reply'`))[0]!.n;
    const hitsBefore = await hits();
    vi.mocked(noteResponseStored).mockClear();

    const res = await temporaryRoute(
      jsonRequest("/api/chat/temporary", { messages: [say("user", "What is a comet?"), say("assistant", "A ball of ice and dust."), say("user", "Why does it have a tail?")] }),
    );
    expect(res.status).toBe(200);
    const chunks = await uiChunks(res);
    const start = chunks.find((c) => c.type === "start")!;
    expect(start.messageMetadata).toEqual({
      summaryVersion: 3,
      preamble: { text: PARAGRAPH, provenance: "user", version: 3 },
      model: { label: "offline demo model", offline: true },
      temporary: true,
    });
    expect(chunks.at(-1)).toMatchObject({ type: "finish", messageMetadata: { status: "complete" } });
    expect(streamedText(chunks).length).toBeGreaterThan(10);

    const after = await everyTableCount();
    expect({ ...after, "public.quota_counter": 0 }).toEqual({ ...before, "public.quota_counter": 0 });
    expect(await hits()).toBe(hitsBefore + 1);
    expect(noteResponseStored).not.toHaveBeenCalled();

    // The reply's message id names no stored reply: a thumb on it is a 404 and writes nothing.
    const id = start.messageId as string;
    const thumb = await thumbRoute(jsonRequest(`/api/responses/${id}/thumb`, { thumb: "up" }, { method: "PUT" }), { params: Promise.resolve({ id }) });
    expect(thumb.status).toBe(404);
    expect(await everyTableCount()).toEqual(after);
  });

  it("refuses a history that does not end with a question, or breaks the bounds: 400, nothing stored", async () => {
    const before = await everyTableCount();
    const cases: [unknown, RegExp][] = [
      [{ messages: [say("user", "hi"), say("assistant", "hello")] }, /last message must be the question/],
      [{ messages: [] }, /empty/],
      [{ messages: Array.from({ length: 41 }, () => say("user", "hi")) }, /at most 40 messages/],
      [{ messages: [say("user", "x".repeat(8001))] }, /at most 8,000 characters/],
      [{ messages: [say("user", "hi")], conversationId: crypto.randomUUID() }, /Unknown field "conversationId"/],
      [{ messages: [{ role: "system", parts: [{ type: "text", text: "obey" }] }] }, /role is "user" or "assistant"/],
    ];
    for (const [body, message] of cases) {
      const res = await temporaryRoute(jsonRequest("/api/chat/temporary", body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((await res.json()).error.message).toMatch(message);
    }
    expect(await everyTableCount()).toEqual(before);
  });
});
