/**
 * The refinement loop on both drivers: real offline-model replies to the stored paragraph, thumbs through
 * rateResponse (what PUT /api/responses/:id/thumb calls), the check as the job runs it, and what it writes by
 * provenance. Also: the every-20th trigger, the model judge against a chat-completions stub, and pg-boss keeping
 * one check per user at a time.
 */
import { eq } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { insertResponse } from "@/db/queries/responses";
import { countStoredResponses } from "@/db/queries/refinement";
import { refinementCheck } from "@/db/schema";
import { offlineReply } from "@/lib/ai/offline-model";
import { buildSystem } from "@/lib/ai/prompts";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { judgeOffline, paragraphTargets } from "@/lib/personality/refinement";
import { measureFeatures } from "@/lib/personality/features";
import { refinementEvidenceOf } from "@/lib/personality/refinement-evidence";
import { acceptAmendment, dismissAmendment } from "@/lib/profile/amendment-writers";
import { finishOnboarding, nudgeAtom } from "@/lib/profile/atom-writers";
import { regenerateParagraph, saveParagraph } from "@/lib/profile/paragraph-writers";
import { ATOMS, context, dump, expectMirror, newUser } from "@/lib/profile/testing";
import { loadProfileView } from "@/lib/profile/view";
import { installAppDatabase } from "@/tests/app-database";
import { setEnv } from "@/tests/ai-fixtures";
import { createTestDatabase, describeDrivers, testDrivers } from "@/tests/databases";
import { startOpenAIStub } from "@/tests/openai-stub";
import { startBoss } from "@/lib/jobs/boss";
import { REFINEMENT_CHECK } from "@/lib/jobs/queues";
import { runRefinementCheck, type RefinementDeps } from "@/lib/refinement/check";
import { checkRefinementNow, noteResponseStored } from "@/lib/refinement/trigger";
import { meetEvolutionThreshold } from "@/lib/jobs/testing";

const BRIEF = "You like brief answers that get straight to the point. Use plain words and short sentences.";
const TOPICS = ["photosynthesis", "vaccines", "tides", "compound interest", "black holes", "the water cycle", "rainbows"];
/** Replies that follow a brief paragraph, and replies that explicitly ask for the opposite (the offline model obliges). */
const ORDINARY = (i: number) => `What is ${TOPICS[i % TOPICS.length]}?`;
const IN_DETAIL = (i: number) => `Explain ${TOPICS[i % TOPICS.length]} in detail.`;
const SENTENCE = "You now prefer exhaustive answers that cover every case.";

describeDrivers("refinement loop", (ctx) => {
  installAppDatabase(ctx);
  const db = (): Db => ctx.database.db;
  const deps = (seed = 7, extra: Partial<RefinementDeps> = {}): RefinementDeps => ({
    ...context(db(), "").deps,
    seed: () => seed,
    judge: async () => ({ kind: "offline" }),
    ...extra,
  });
  const check = (userId: string, seed = 7, extra: Partial<RefinementDeps> = {}) => runRefinementCheck({ db: db(), userId, deps: deps(seed, extra) });

  async function user(kind: "pinned" | "evolved" | "onboarding"): Promise<string> {
    const userId = await newUser(db());
    const c = context(db(), userId);
    await finishOnboarding(c, { atoms: ATOMS, aboutMe: "" });
    if (kind === "pinned") await saveParagraph(c, { text: BRIEF, baseVersion: 1 });
    if (kind === "evolved") {
      await nudgeAtom(c, { dimension: "length", value: 0 });
      await regenerateParagraph(c, { confirmed: false });
    }
    return userId;
  }

  /** One offline-model reply to `question` under the stored paragraph, stored like a surface stores it, then thumbed. */
  async function reply(userId: string, question: string, thumb: "up" | "down" | null): Promise<string> {
    const { summary } = await dump(db(), userId);
    const text = offlineReply([
      { role: "system", content: buildSystem(summary!.text, "chat") },
      { role: "user", content: [{ type: "text", text: question }] },
    ]);
    const id = crypto.randomUUID();
    await insertResponse({ db: db(), values: { id, userId, surface: "chat", prompt: question, text, summaryVersion: summary!.version, status: "complete" } });
    if (thumb) expect(await rateResponse({ userId, responseId: id, thumb })).toEqual({ thumb });
    return id;
  }
  /** 20 replies asked "in detail", thumbed up: the opposite of what a brief paragraph predicts. */
  const contradict = async (userId: string) => {
    for (let i = 0; i < 20; i++) await reply(userId, IN_DETAIL(i), "up");
  };
  const checksOf = async (userId: string) => db().select().from(refinementCheck).where(eq(refinementCheck.userId, userId));

  it("the offline model's replies are what the test means: ordinary ones match a brief paragraph, 'in detail' ones do not", async () => {
    const userId = await user("pinned");
    const targets = paragraphTargets(BRIEF, ATOMS);
    for (let i = 0; i < TOPICS.length; i++) {
      const { summary } = await dump(db(), userId);
      const system = buildSystem(summary!.text, "chat");
      const say = (q: string) => offlineReply([{ role: "system", content: system }, { role: "user", content: [{ type: "text", text: q }] }]);
      expect(judgeOffline(targets, measureFeatures(say(ORDINARY(i))))).toMatchObject({ verdict: "approve" });
      expect(judgeOffline(targets, measureFeatures(say(IN_DETAIL(i))))).toMatchObject({ verdict: "reject", mismatches: expect.arrayContaining(["length"]) });
    }
  });

  it("20 replies thumbed against a pinned paragraph: one amendment with its evidence, the text untouched", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const before = await dump(db(), userId);

    const result = await check(userId);
    expect(result).toMatchObject({ status: "diverged", sampled: 5, wrong: 5, seed: 7, summaryVersion: before.summary!.version });
    expect(result.reason).toBe("Your paragraph predicted 0 of 5 sampled thumbs. Suggested an addition to your pinned paragraph.");

    const after = await dump(db(), userId);
    expect(after.summary).toEqual(before.summary);
    expect(after.versions).toEqual(before.versions);
    expect(after.amendments).toHaveLength(1);
    const [proposal] = after.amendments;
    expect(proposal).toMatchObject({ id: result.amendmentId, source: "refinement", status: "proposed", text: SENTENCE });

    const evidence = refinementEvidenceOf(proposal!.evidence)!;
    expect(evidence).toMatchObject({ checkId: result.id, seed: 7, judge: "offline", thumbed: 20, wrong: 5, moves: [{ dimension: "length", from: 0, value: 3 }] });
    expect(evidence.sampled).toHaveLength(5);
    for (const s of evidence.sampled) {
      expect(s).toMatchObject({ surface: "chat", thumb: "up", prediction: "reject", correct: false, mismatches: expect.arrayContaining(["length"]) });
      expect(s.prompt).toMatch(/^Explain .* in detail\.$/);
      expect(s.excerpt.length).toBeLessThanOrEqual(280);
    }
    // The seed is recorded: the same seed over the same rows replays the same sample.
    const again = await check(userId, 7);
    expect(refinementEvidenceOf(again.evidence)!.sampled.map((s) => s.responseId)).toEqual(evidence.sampled.map((s) => s.responseId));
    expect((await checksOf(userId)).map((c) => c.status)).toEqual(["diverged", "diverged"]);
  });

  it("20 replies thumbed in line with the paragraph: aligned, no amendment, whatever the sample", async () => {
    const userId = await user("pinned");
    for (let i = 0; i < 10; i++) {
      await reply(userId, ORDINARY(i), "up");
      await reply(userId, IN_DETAIL(i), "down");
    }
    const before = await dump(db(), userId);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const result = await check(userId, seed);
      expect(result).toMatchObject({ status: "aligned", sampled: 5, wrong: 0, amendmentId: null });
      expect(result.reason).toBe("Your paragraph predicted 5 of 5 sampled thumbs.");
    }
    expect(await dump(db(), userId)).toEqual(before);
    expect(await checksOf(userId)).toHaveLength(6);
  });

  it("a pinned paragraph is never changed by the loop: a newer divergence rewrites the one banner; Accept and Dismiss are the user's", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const first = await check(userId, 1);
    const second = await check(userId, 2);
    const rows = await dump(db(), userId);
    expect(rows.summary!.text).toBe(BRIEF);
    expect(rows.amendments).toHaveLength(1);
    expect(second.amendmentId).toBe(first.amendmentId);
    expect(refinementEvidenceOf(rows.amendments[0]!.evidence)!.checkId).toBe(second.id);

    // Accept appends (still pinned): the loop never wrote the text, the user did.
    await acceptAmendment(context(db(), userId), { id: first.amendmentId! });
    const accepted = await dump(db(), userId);
    expect(accepted.summary).toMatchObject({ provenance: "user", text: `${BRIEF} ${SENTENCE}` });

    // Now the paragraph predicts those thumbs: the next check is aligned and writes nothing.
    const next = await check(userId, 3);
    expect(next.status).toBe("aligned");
    expect(await dump(db(), userId)).toMatchObject({ summary: accepted.summary, versions: accepted.versions });
  });

  it("Dismiss closes the refinement banner with a skip signal", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const result = await check(userId);
    const before = await dump(db(), userId);
    await dismissAmendment(context(db(), userId), { id: result.amendmentId! });
    const after = await dump(db(), userId);
    expect(after.amendments[0]).toMatchObject({ status: "dismissed" });
    expect(after.signals.slice(before.signals.length)).toMatchObject([{ source: "skip", dimension: null }]);
    expect(after.summary).toEqual(before.summary);
  });

  it("the Profile Maker's view: alignment over the last 3 judged checks, the last check, skips, a waiting sentence", async () => {
    const userId = await user("pinned");
    const view = async () => (await loadProfileView({ db: db(), userId }))!.refinement;
    expect(await view()).toEqual({ alignment: null, last: null, waiting: null, skips: 0 });

    for (let i = 0; i < 10; i++) {
      await reply(userId, ORDINARY(i), "up");
      await reply(userId, IN_DETAIL(i), "down");
    }
    await check(userId, 1);
    await check(userId, 2, { judge: async () => ({ kind: "failed", reason: "The model judge failed twice: timeout." }) });
    expect(await view()).toMatchObject({
      alignment: { checks: 1, predicted: 5, sampled: 5 },
      last: { status: "failed", reason: "The model judge failed twice: timeout." },
    });
    for (let i = 0; i < 20; i++) await reply(userId, IN_DETAIL(i), "up");
    const diverged = await check(userId, 3);
    await check(userId, 4);
    await check(userId, 5);
    // The newest three judged checks: 0 + 0 + 0 of 15 (the aligned one has dropped out).
    expect((await view()).alignment).toEqual({ checks: 3, predicted: 0, sampled: 15 });
    await dismissAmendment(context(db(), userId), { id: diverged.amendmentId! });
    expect(await view()).toMatchObject({ skips: 1, waiting: null });
  });

  it("evolved: the sentence waits (accepted) and is folded into the next re-emission of the paragraph", async () => {
    const userId = await user("evolved");
    await contradict(userId);
    const before = await dump(db(), userId);
    expect(before.summary!.provenance).toBe("evolved");

    const result = await check(userId);
    expect(result.status).toBe("diverged");
    expect(result.reason).toMatch(/kept for your paragraph's next re-evolution/);
    let rows = await dump(db(), userId);
    expect(rows.summary).toEqual(before.summary);
    expect(rows.amendments).toMatchObject([{ id: result.amendmentId, source: "refinement", status: "accepted", text: SENTENCE }]);
    expect(rows.amendments[0]!.decidedAt).toBeInstanceOf(Date);
    // The mirror still holds: the paragraph was written from the folded amendments; this one waits.
    await expectMirror(db(), userId);

    // A second divergence replaces the waiting sentence: one waits at most. The Profile Maker says it waits.
    await check(userId, 8);
    expect((await dump(db(), userId)).amendments).toHaveLength(1);
    expect((await loadProfileView({ db: db(), userId }))!.refinement.waiting).toEqual({ text: SENTENCE });

    await regenerateParagraph(context(db(), userId), { confirmed: false });
    rows = await dump(db(), userId);
    expect(rows.summary!.text).toContain(SENTENCE);
    expect(rows.amendments).toMatchObject([{ status: "folded" }]);
    await expectMirror(db(), userId);
  });

  it("onboarding at the evolution threshold: the first evolution now, with the sentence folded in", async () => {
    const userId = await user("onboarding");
    await meetEvolutionThreshold(db(), userId);
    await contradict(userId);
    const before = await dump(db(), userId);
    expect(before.summary!.provenance).toBe("onboarding");

    const result = await check(userId);
    expect(result.reason).toMatch(/evolved with the sentence folded in/);
    const rows = await dump(db(), userId);
    expect(rows.summary).toMatchObject({ provenance: "evolved", reason: "refinement: length", version: before.summary!.version + 1 });
    expect(rows.summary!.text).toContain(SENTENCE);
    expect(rows.versions.at(-1)).toMatchObject({ provenance: "evolved", reason: "refinement: length" });
    expect(rows.amendments).toMatchObject([{ id: result.amendmentId, status: "folded", source: "refinement" }]);
    expect(rows.atoms).toEqual(before.atoms);
    await expectMirror(db(), userId);
  });

  it("onboarding short of the threshold keeps the sentence for later, like evolved", async () => {
    const userId = await user("onboarding");
    await contradict(userId);
    const result = await check(userId);
    const rows = await dump(db(), userId);
    expect(rows.summary!.provenance).toBe("onboarding");
    expect(rows.amendments).toMatchObject([{ id: result.amendmentId, status: "accepted" }]);
  });

  it("fewer than 3 thumbed replies, or no paragraph: insufficient evidence, recorded, nothing else", async () => {
    const userId = await user("pinned");
    for (let i = 0; i < 20; i++) await reply(userId, IN_DETAIL(i), i < 2 ? "up" : null);
    const before = await dump(db(), userId);
    const result = await check(userId);
    expect(result).toMatchObject({ status: "insufficient", sampled: 0, wrong: 0, amendmentId: null, seed: 7 });
    expect(result.reason).toBe("Only 2 of your last 20 replies have a thumb; a check needs at least 3.");
    expect(await dump(db(), userId)).toEqual(before);

    const nobody = await newUser(db());
    expect(await check(nobody)).toMatchObject({ status: "insufficient", reason: expect.stringContaining("reading brain is empty") });
  });

  it("a failed judge is recorded with its reason and writes nothing", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const before = await dump(db(), userId);
    const result = await check(userId, 7, { judge: async () => ({ kind: "failed", reason: "The model judge failed twice: timeout." }) });
    expect(result).toMatchObject({ status: "failed", reason: "The model judge failed twice: timeout.", sampled: 5, amendmentId: null });
    expect(refinementEvidenceOf(result.evidence)!.sampled.every((s) => s.prediction === undefined)).toBe(true);
    expect(await dump(db(), userId)).toEqual(before);
  });

  it("a paragraph saved while the check ran is not amended: the check records why", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const result = await check(userId, 7, {
      judge: async () => {
        await saveParagraph(context(db(), userId), { text: "You like long answers.", baseVersion: 2 });
        return { kind: "offline" };
      },
    });
    expect(result).toMatchObject({ status: "diverged", amendmentId: null });
    expect(result.reason).toMatch(/changed while the check ran/);
    expect((await dump(db(), userId)).amendments).toEqual([]);
  });

  it("queues a check on every 20th stored response, failed replies not counted; a failed send costs nothing", async () => {
    const userId = await user("pinned");
    const queued: string[] = [];
    const enqueue = async (id: string) => {
      queued.push(id);
      return "job";
    };
    const store = (values: Partial<Parameters<typeof insertResponse>[0]["values"]> = {}) =>
      insertResponse({
        db: db(),
        values: { id: crypto.randomUUID(), userId, surface: "explain", prompt: "q", text: "An answer.", summaryVersion: 2, status: "complete", ...values },
      });
    for (let i = 1; i <= 40; i++) {
      // The storing statement's answer is the loop's count (countStoredResponses), this reply included.
      const counted = await store();
      expect([i, counted]).toEqual([i, await countStoredResponses({ db: db(), userId })]);
      expect([i, await noteResponseStored({ userId, counted, enqueue })]).toEqual([i, i % 20 === 0]);
    }
    expect(queued).toEqual([userId, userId]);

    // A failed reply is stored but is not an AI response the loop counts (the surfaces do not report it).
    expect(await store({ text: "", status: "error" })).toBe(40);
    expect(await store({ status: "stopped" })).toBe(41);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = async () => {
      throw new Error("queue down");
    };
    for (let i = 42; i <= 60; i++) {
      expect(await noteResponseStored({ userId, counted: await store(), enqueue: broken })).toBe(false);
    }
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/could not queue a check/);
    error.mockRestore();
  });

  it("Check my thumbs now queues the check and reports its outcome; a slow one is reported as still running", async () => {
    const userId = await user("pinned");
    await contradict(userId);
    const ran: string[] = [];
    const enqueue = async (id: string) => {
      ran.push(id);
      setTimeout(() => void check(id), 50);
      return "job";
    };
    expect(await checkRefinementNow({ db: db(), userId }, { enqueue })).toEqual({
      notice: "Your paragraph predicted 0 of 5 sampled thumbs. Suggested an addition to your pinned paragraph.",
    });
    expect(ran).toEqual([userId]);
    expect(await checkRefinementNow({ db: db(), userId }, { enqueue: async () => null, waitMs: 300 })).toEqual({
      notice: "The check is still running; its result will show here when it is done.",
    });
  });

  describe("with a model configured (local chat completions stub)", () => {
    let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
    let restore: () => void;
    beforeAll(async () => {
      stub = await startOpenAIStub();
      restore = setEnv({ OPENAI_BASE_URL: stub.baseURL, OPENAI_API_KEY: undefined, OPENAI_FAST_MODEL: "stub-fast" });
    });
    afterAll(async () => {
      restore();
      await stub.close();
    });
    const live = (userId: string) => runRefinementCheck({ db: db(), userId, deps: { ...context(db(), userId).deps, seed: () => 7 } });

    it("the model's predictions decide; malformed twice → failed with its reason, nothing written", async () => {
      const userId = await user("pinned");
      await contradict(userId);
      const predictions = (verdict: string) =>
        JSON.stringify({ predictions: [1, 2, 3, 4, 5].map((n) => ({ response: `r${n}`, verdict })) });

      stub.behave({ kind: "reply", text: predictions("approve") });
      const aligned = await live(userId);
      expect(aligned).toMatchObject({ status: "aligned", wrong: 0 });
      expect(refinementEvidenceOf(aligned.evidence)!.judge).toBe("model");
      expect(stub.requests).toHaveLength(1);
      expect(JSON.stringify(stub.requests[0]!.body.messages)).toContain("brief answers that get straight to the point");

      stub.requests.length = 0;
      const before = await dump(db(), userId);
      stub.behave({ kind: "reply", text: '{"predictions": "all approve, I think"}' });
      const failed = await live(userId);
      expect(failed).toMatchObject({ status: "failed", amendmentId: null });
      expect(failed.reason).toMatch(/^The model judge failed twice: /);
      expect(stub.requests).toHaveLength(2);
      expect(await dump(db(), userId)).toEqual(before);

      stub.behave({ kind: "reply", text: predictions("reject") });
      const diverged = await live(userId);
      expect(diverged).toMatchObject({ status: "diverged", wrong: 5 });
      expect((await dump(db(), userId)).amendments).toMatchObject([{ text: SENTENCE, status: "proposed" }]);
    });
  });
}, { pgbouncer: true });

for (const driver of testDrivers()) {
  describe(`refinement queue [${driver}]`, () => {
    it("two checks for the same user never run at once: one active, one queued, the rest refused", async () => {
      const database = await createTestDatabase(driver);
      let boss: PgBoss | undefined;
      try {
        boss = await startBoss(database, { work: false });
        const a = await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" });
        const [active] = await boss.fetch(REFINEMENT_CHECK);
        expect(active?.id).toBe(a);
        // While A runs: one more may wait, a third is refused, and the waiting one cannot start.
        const b = await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" });
        expect(b).toBeTypeOf("string");
        expect(await boss.send(REFINEMENT_CHECK, { userId: "u1" }, { singletonKey: "u1" })).toBeNull();
        expect(await boss.fetch(REFINEMENT_CHECK, { batchSize: 5 })).toEqual([]);
        // Once A is done, B runs.
        await boss.complete(REFINEMENT_CHECK, a!);
        const [next] = await boss.fetch(REFINEMENT_CHECK);
        expect(next?.id).toBe(b);
      } finally {
        await boss?.stop({ graceful: false });
        await database.drop();
      }
    });
  });
}
