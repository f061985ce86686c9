/**
 * The bench's mirror-invariant checker (bench/invariant.ts, run after `load` and each `scale-out` arm) holds the
 * app to the invariant as docs/refinement.md states it: an evolved paragraph is compared with the amendments it
 * was written with (the `folded` ones), so a refinement sentence stored `accepted` after the user's last control
 * change — it waits for the next re-emission — is no violation; a paragraph whose text is not the verbalizer's
 * still is. The situation the scale-out's PgBouncer arm met: the checks fire during the load.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { listFoldableAmendments } from "@/db/queries/amendments";
import { insertResponse } from "@/db/queries/responses";
import { personalitySummary } from "@/db/schema";
import { offlineReply } from "@/lib/ai/offline-model";
import { buildSystem } from "@/lib/ai/prompts";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { finishOnboarding, nudgeAtom } from "@/lib/profile/atom-writers";
import { regenerateParagraph } from "@/lib/profile/paragraph-writers";
import { ATOMS, context, dump, expectMirror, newUser } from "@/lib/profile/testing";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { runRefinementCheck } from "@/lib/refinement/check";
import { atomsOf } from "@/db/queries/profile";
import { countInvariantViolations } from "@/bench/invariant";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";

const TOPICS = ["photosynthesis", "vaccines", "tides", "compound interest", "black holes"];

describeDrivers(
  "bench mirror-invariant checker",
  (ctx) => {
    installAppDatabase(ctx);
    const db = (): Db => ctx.database.db;

    /** An evolved paragraph (a control change, then Regenerate): the automation owns it. */
    async function evolvedUser(): Promise<string> {
      const userId = await newUser(db());
      const c = context(db(), userId);
      await finishOnboarding(c, { atoms: ATOMS, aboutMe: "" });
      await nudgeAtom(c, { dimension: "length", value: 0 });
      await regenerateParagraph(c, { confirmed: false });
      return userId;
    }

    /** 20 offline-model replies asked "in detail" under the stored (brief) paragraph, each thumbed up. */
    async function contradict(userId: string): Promise<void> {
      for (let i = 0; i < 20; i++) {
        const { summary } = await dump(db(), userId);
        const question = `Explain ${TOPICS[i % TOPICS.length]} in detail.`;
        const text = offlineReply([
          { role: "system", content: buildSystem(summary!.text, "chat") },
          { role: "user", content: [{ type: "text", text: question }] },
        ]);
        const id = crypto.randomUUID();
        await insertResponse({ db: db(), values: { id, userId, surface: "chat", prompt: question, text, summaryVersion: summary!.version, status: "complete" } });
        expect(await rateResponse({ userId, responseId: id, thumb: "up" })).toEqual({ thumb: "up" });
      }
    }

    it("an accepted refinement sentence stored after the user's last control change is no violation; a wrong text is one", async () => {
      const userId = await evolvedUser();
      await contradict(userId);
      // The user's last control change, then the check (as its job runs it) judges that paragraph and diverges.
      await nudgeAtom(context(db(), userId), { dimension: "tone", value: 0 });
      const check = await runRefinementCheck({
        db: db(),
        userId,
        deps: { ...context(db(), userId).deps, seed: () => 7, judge: async () => ({ kind: "offline" }) },
      });
      expect(check.status).toBe("diverged");
      const rows = await dump(db(), userId);
      expect(rows.summary!.provenance).toBe("evolved");
      expect(rows.amendments.filter((a) => a.source === "refinement")).toMatchObject([{ id: check.amendmentId, status: "accepted" }]);
      await expectMirror(db(), userId);

      // What the checker used to compare with (accepted + folded) is one sentence ahead of the paragraph.
      const foldable = await listFoldableAmendments({ db: db(), userId });
      const ahead = verbalizeOffline({ atoms: atomsOf(rows.atoms!), aboutMe: rows.atoms!.aboutMe, amendments: foldable.map((a) => a.text) });
      expect(ahead).not.toBe(rows.summary!.text);

      expect(await countInvariantViolations(db())).toMatchObject({ versionViolations: 0, textViolations: 0, waiting: 1 });

      // A real violation: an evolved paragraph whose text is not the verbalizer's for its atoms.
      const other = await evolvedUser();
      await db()
        .update(personalitySummary)
        .set({ text: sql`${personalitySummary.text} || ' You like puns.'` })
        .where(eq(personalitySummary.userId, other));
      expect(await countInvariantViolations(db())).toMatchObject({ versionViolations: 0, textViolations: 1, waiting: 1 });
    });

    describe("the waiting sentence, once folded", () => {
      it("the next re-emission folds it in: one paragraph fewer waiting, no violation more", async () => {
        const userId = await evolvedUser();
        await contradict(userId);
        await runRefinementCheck({ db: db(), userId, deps: { ...context(db(), userId).deps, seed: () => 7, judge: async () => ({ kind: "offline" }) } });
        const before = await countInvariantViolations(db());
        await nudgeAtom(context(db(), userId), { dimension: "tone", value: 2 });
        const rows = await dump(db(), userId);
        expect(rows.amendments.filter((a) => a.source === "refinement")).toMatchObject([{ status: "folded" }]);
        expect(await countInvariantViolations(db())).toMatchObject({ textViolations: before.textViolations, waiting: before.waiting - 1 });
      });
    });
  },
  { pgbouncer: true },
);
