import { and, eq, sql } from "drizzle-orm";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { insertResponse } from "@/db/queries/responses";
import { aiResponse, preferenceStat, signal } from "@/db/schema";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";
import { PUT } from "./route";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));

const REPLY =
  "Ice floats because water expands when it freezes. The molecules lock into a hexagonal lattice held by " +
  "hydrogen bonds, and that open structure takes up about nine percent more room than the liquid. Less mass " +
  "in the same volume means a lower density, so the ice is pushed up by the denser water around it, which is " +
  "why lakes freeze from the top down and fish survive the winter underneath.";

describeDrivers("PUT /api/responses/:id/thumb", (ctx) => {
  installAppDatabase(ctx);
  let alice: string;
  let bob: string;
  const as = (userId: string) => vi.mocked(requireUserId).mockResolvedValue(userId);
  const put = (id: string, body: unknown) =>
    PUT(jsonRequest(`/api/responses/${id}/thumb`, body, { method: "PUT" }), { params: Promise.resolve({ id }) });
  const reply = async (userId: string, surface: "chat" | "explain" | "preview" = "explain", status: "complete" | "error" = "complete") => {
    const id = crypto.randomUUID();
    await insertResponse({
      db: ctx.database.db,
      values: { id, userId, surface, prompt: "Why does ice float?", text: REPLY, summaryVersion: 2, status },
    });
    return id;
  };
  const thumbOf = async (id: string) =>
    (await ctx.database.db.select({ thumb: aiResponse.thumb }).from(aiResponse).where(eq(aiResponse.id, id)))[0]!.thumb;
  const signalsOf = (id: string) =>
    ctx.database.db
      .select({ dimension: signal.dimension, value: signal.value, category: signal.category, weight: signal.weight, source: signal.source })
      .from(signal)
      .where(eq(signal.responseId, id))
      .orderBy(signal.id);

  beforeAll(async () => {
    alice = await createUser(ctx.database.db);
    bob = await createUser(ctx.database.db);
  });
  beforeEach(() => as(alice));

  it("up stores the thumb and appends the reply's measured features as thumb signals, in one transaction", async () => {
    const id = await reply(alice);
    const res = await put(id, { thumb: "up" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ thumb: "up" });
    expect(await thumbOf(id)).toBe(1);

    const expected = thumbSignals(measureFeatures(REPLY), "up");
    // An up carries the ordinals the reply gives evidence on (no math here) and its language (no domain cue).
    expect(expected.map((s) => s.dimension)).toEqual(["tone", "length", "density", "level", "language"]);
    const rows = await signalsOf(id);
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r.source === "thumb" && r.weight === 1)).toBe(true);
    const stats = await ctx.database.db.select().from(preferenceStat).where(eq(preferenceStat.userId, alice));
    expect(stats.map((s) => s.dimension).sort()).toEqual(expected.map((s) => s.dimension).sort());
  });

  it("the same thumb twice is idempotent: no second set of signals", async () => {
    const id = await reply(alice);
    await put(id, { thumb: "up" });
    const once = (await signalsOf(id)).length;
    expect((await put(id, { thumb: "up" })).status).toBe(200);
    expect(await signalsOf(id)).toHaveLength(once);
  });

  it("switching and undoing compensate with weight −1 instead of deleting history; the log nets to zero", async () => {
    const carol = await createUser(ctx.database.db);
    as(carol);
    const id = await reply(carol);
    await put(id, { thumb: "up" });
    expect(await (await put(id, { thumb: "down" })).json()).toEqual({ thumb: "down" });
    expect(await thumbOf(id)).toBe(-1);
    expect(await (await put(id, { thumb: null })).json()).toEqual({ thumb: null });
    expect(await thumbOf(id)).toBeNull();

    const rows = await signalsOf(id);
    const up = thumbSignals(measureFeatures(REPLY), "up").length;
    const down = thumbSignals(measureFeatures(REPLY), "down").length;
    expect(rows).toHaveLength(2 * up + 2 * down);
    expect(rows.filter((r) => r.weight === -1)).toHaveLength(up + down);
    const net = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.dimension}:${r.value ?? ""}:${r.category ?? ""}`;
      net.set(key, (net.get(key) ?? 0) + r.weight);
    }
    expect([...net.values()].every((w) => Math.abs(w) < 1e-9)).toBe(true);
    // The L3 window saw the up and the down; compensations stay in the log only.
    const [length] = await ctx.database.db
      .select({ n: preferenceStat.n })
      .from(preferenceStat)
      .where(and(eq(preferenceStat.userId, carol), eq(preferenceStat.dimension, "length")));
    expect(length!.n).toBe(2);
  });

  it("a thumb on the live preview is a preview_thumb signal", async () => {
    const id = await reply(alice, "preview");
    await put(id, { thumb: "down" });
    const rows = await signalsOf(id);
    // A down emits reflections on the ordinals the reply gives evidence on (no math here) and no categoricals.
    expect(rows.map((r) => [r.dimension, r.source, r.weight])).toEqual([
      ["tone", "preview_thumb", 1],
      ["length", "preview_thumb", 1],
      ["density", "preview_thumb", 1],
      ["level", "preview_thumb", 1],
    ]);
  });

  it("rejects bad bodies with 400 and changes nothing", async () => {
    const id = await reply(alice);
    for (const body of [{ thumb: "sideways" }, {}, "{oops", { thumb: 1 }, null]) {
      const res = await put(id, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request:surface");
    }
    expect(await thumbOf(id)).toBeNull();
    expect(await signalsOf(id)).toEqual([]);
  });

  it("another user's reply is a 404, and nothing changes", async () => {
    const id = await reply(alice);
    as(bob);
    const res = await put(id, { thumb: "down" });
    expect(res.status).toBe(404);
    expect(await thumbOf(id)).toBeNull();
    expect(await signalsOf(id)).toEqual([]);
    expect((await put("not-a-uuid", { thumb: "up" })).status).toBe(404);
  });

  it("a failed reply cannot be rated", async () => {
    const id = await reply(alice, "chat", "error");
    const res = await put(id, { thumb: "up" });
    expect(res.status).toBe(400);
    expect(await thumbOf(id)).toBeNull();
  });

  it("a failure while appending signals leaves the thumb unset: nothing half-written", async () => {
    const id = await reply(alice);
    const statsOf = () => ctx.database.db.select().from(preferenceStat).where(eq(preferenceStat.userId, alice));
    const statsBefore = await statsOf();
    // Fail the signal insert from inside the database, after the thumb's own update in the same write.
    await ctx.database.db.execute(sql.raw(`
      create or replace function pm_test_fail_signals() returns trigger language plpgsql as $$
      begin
        if new.response_id = '${id}' then raise exception 'disk full'; end if;
        return new;
      end $$`));
    await ctx.database.db.execute(sql.raw(`create trigger pm_test_fail_signals before insert on signal for each row execute function pm_test_fail_signals()`));
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const res = await put(id, { thumb: "up" });
      expect(res.status).toBe(500);
    } finally {
      error.mockRestore();
      await ctx.database.db.execute(sql.raw(`drop trigger pm_test_fail_signals on signal`));
    }
    expect(await thumbOf(id)).toBeNull();
    expect(await signalsOf(id)).toEqual([]);
    const stats = await ctx.database.db
      .select()
      .from(aiResponse)
      .where(and(eq(aiResponse.id, id), eq(aiResponse.userId, alice)));
    expect(stats[0]!.thumb).toBeNull();
    expect(await statsOf()).toEqual(statsBefore);
  });
}, { pgbouncer: true });
