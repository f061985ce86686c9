/**
 * #4 — a control change through the mirror: nudgeAtom (what the Profile Maker's nudge action calls) with the
 * app's verbalizer, offline here. One statement reads the snapshot, the paragraph is verbalized outside any
 * transaction, then one statement (the write plan) compare-and-sets the atoms, re-emits the paragraph, appends
 * its history row and the nudge signal and updates the stat row. Baseline: a plain single-row update of profile_atoms (one atom of another user, so
 * the measured users' mirror invariant stays checkable). Interleaved in blocks; p50 of each.
 */
import { eq, sql } from "drizzle-orm";
import { profileAtoms } from "@/db/schema";
import { verbalize } from "@/lib/ai/verbalize";
import { nudgeAtom } from "@/lib/profile/atom-writers";
import { DIMENSIONS, optionsOf, type AtomChange, type Atoms, type Dimension } from "@/lib/personality/atoms";
import type { Bench } from "./context";
import { scaled } from "./context";
import { benchUserId, createBenchDatabase, installAppDatabase, query } from "./db";
import { INVARIANT_VIOLATIONS, PROFILES, onboardUsers } from "./fixtures";
import { legacyNudge } from "./legacy-writers";
import { figure, verdict } from "./report";
import { formatMs, interleave, rounded, summarize } from "./stats";

/** The next option of a dimension, cyclically: always a real change. */
export function nextValue(atoms: Atoms, dim: Dimension): Atoms[Dimension] {
  const options = optionsOf(dim);
  const current = atoms[dim];
  const index = typeof current === "number" ? current : options.indexOf(current);
  const next = (index + 1) % options.length;
  return typeof current === "number" ? next : (options[next] as Atoms[Dimension]);
}

export const mirrorBench: Bench = {
  name: "mirror",
  id: "4",
  perDriver: true,
  async run(ctx) {
    const started = Date.now();
    const database = await createBenchDatabase(ctx.driver, "mirror");
    try {
      const { db } = database;
      installAppDatabase(database);
      const users = scaled(ctx, 100, 20);
      const nudges = scaled(ctx, 600, 100);
      ctx.log(`#4 onboarding ${2 * users} users; ${nudges} nudges and plain updates`);
      const measured = await onboardUsers(db, 1, users);
      const plain = await onboardUsers(db, users + 1, 2 * users);
      // The same-run "before": control changes written as they were before the write plan (bench/legacy-writers.ts).
      const legacy = await onboardUsers(db, 2 * users + 1, 3 * users);
      const legacyTones = legacy.map((_, i) => PROFILES[(2 * users + i + 1) % PROFILES.length]!.tone);
      const atoms = measured.map((_, i) => ({ ...PROFILES[(i + 1) % PROFILES.length]! }));
      const deps = { verbalize };

      const samples = await interleave(
        {
          nudge: async (i) => {
            const u = i % users;
            const dimension = DIMENSIONS[Math.floor(i / users) % DIMENSIONS.length]!;
            const value = nextValue(atoms[u]!, dimension);
            await nudgeAtom({ db, userId: measured[u]!, deps }, { dimension, value } as AtomChange);
            atoms[u] = { ...atoms[u]!, [dimension]: value };
          },
          legacyNudge: async (i) => {
            const u = i % users;
            const tone = (legacyTones[u]! + 1) % optionsOf("tone").length;
            legacyTones[u] = tone;
            await legacyNudge(db, legacy[u]!, { dimension: "tone", value: tone } as AtomChange & { dimension: "tone" });
          },
          plainUpdate: async (i) => {
            await db
              .update(profileAtoms)
              .set({ tone: i % 4, updatedAt: sql`now()` })
              .where(eq(profileAtoms.userId, plain[i % users]!));
          },
        },
        { iterations: nudges, block: 50, warmup: Math.min(50, users) },
      );
      const [check] = await query<{ violations: number }>(db, sql`${INVARIANT_VIOLATIONS} and s.user_id <= ${benchUserId(users)}`);
      const [versions] = await query<{ n: number }>(
        db,
        sql`select count(*)::int as n from personality_summary_version where user_id <= ${benchUserId(users)}`,
      );
      const n = summarize(samples.nudge!);
      const p = summarize(samples.plainUpdate!);
      const old = summarize(samples.legacyNudge!);
      const ratio = n.p50 / p.p50;
      return {
        bench: "mirror",
        driver: ctx.driver,
        seconds: (Date.now() - started) / 1000,
        figures: [
          figure({
            id: "4",
            what: "control change through the mirror p50",
            value: formatMs(n.p50),
            baseline: `plain update: ${formatMs(p.p50)}`,
            ratio,
            target: "≤ 4× the plain update",
            verdict: verdict(ratio <= 4),
          }),
          figure({
            id: "4",
            what: "control change p50: the write plan vs before it",
            value: formatMs(n.p50),
            baseline: `a transaction of ~9 statements after a 4-query snapshot: ${formatMs(old.p50)} (${(old.p50 / p.p50).toFixed(1)}× the plain update)`,
            ratio: n.p50 / old.p50,
            target: "reported",
          }),
          figure({
            id: "4",
            what: "control change p99; invariant violations",
            value: `${formatMs(n.p99)}; ${check!.violations} violations`,
            baseline: `plain update: ${formatMs(p.p99)}`,
            ratio: n.p99 / p.p99,
            target: "reported; 0 violations",
            verdict: verdict(check!.violations === 0),
          }),
        ],
        details: { users, nudges, nudgeMs: rounded(n, 4), legacyNudgeMs: rounded(old, 4), plainUpdateMs: rounded(p, 4), paragraphVersions: versions!.n, violations: check!.violations },
      };
    } finally {
      await database.drop();
    }
  },
};
