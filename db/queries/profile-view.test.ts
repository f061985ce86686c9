/**
 * The Profile Maker's one-statement view on both drivers: every part equals what the separate query it replaced
 * returns (the same rows, the same order, the same limits), for a user with a bit of everything, for a user
 * with nothing, and after writes through the app's own writers.
 */
import { and, count, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { amendment, preferenceStat, refinementCheck, signal } from "@/db/schema";
import { finishOnboarding, nudgeAtom } from "@/lib/profile/atom-writers";
import { ATOMS, context, newUser } from "@/lib/profile/testing";
import { describeDrivers } from "@/tests/databases";
import { listFoldableAmendments, listProposedAmendments } from "./amendments";
import { getProfileAtoms, listSummaryVersions } from "./profile";
import { readProfileViewRows, VIEW_CHECKS } from "./profile-view";
import { listRecentChecks } from "./refinement";
import { listPreferenceStats } from "./signals";
import { getSummary } from "./summary";

/** The eight reads the statement replaced, one query each. */
async function separately(db: Db, userId: string, historyLimit: number, versionsUpTo: number) {
  const [atoms, summary, proposed, history, all, stats, checks, foldable, [skips]] = await Promise.all([
    getProfileAtoms({ db, userId }),
    getSummary({ db, userId }),
    listProposedAmendments({ db, userId }),
    listSummaryVersions({ db, userId, limit: historyLimit }),
    listSummaryVersions({ db, userId, limit: versionsUpTo }),
    listPreferenceStats({ db, userId }),
    listRecentChecks({ db, userId, limit: VIEW_CHECKS }),
    listFoldableAmendments({ db, userId }),
    db.select({ n: count() }).from(signal).where(and(eq(signal.userId, userId), eq(signal.source, "skip"))),
  ]);
  return { atoms, summary, proposed, history, versions: all.length, stats, checks, foldable, skips: skips!.n };
}

const byDimension = <T extends { dimension: string }>(rows: T[]) => [...rows].sort((a, b) => a.dimension.localeCompare(b.dimension));

describeDrivers("the Profile Maker's view in one statement", (ctx) => {
  const db = () => ctx.database.db;

  async function expectSame(userId: string, historyLimit: number, versionsUpTo = 50) {
    const one = await readProfileViewRows({ db: db(), userId, historyLimit, versionsUpTo });
    const many = await separately(db(), userId, historyLimit, versionsUpTo);
    // The stat rows come in no particular order either way (the estimates are keyed by dimension).
    expect({ ...one, stats: byDimension(one.stats) }).toEqual({ ...many, stats: byDimension(many.stats) });
    return one;
  }

  it("a user with nothing: nulls, empty lists, no skips", async () => {
    const userId = await newUser(db());
    expect(await expectSame(userId, 50)).toEqual({
      atoms: null,
      summary: null,
      proposed: [],
      history: [],
      versions: 0,
      stats: [],
      checks: [],
      foldable: [],
      skips: 0,
    });
  });

  it("every part as its own query returns it: orders, limits, ties and the rows of other users left out", async () => {
    const userId = await newUser(db());
    const other = await newUser(db());
    const ctxOf = (id: string) => context(db(), id);
    for (const id of [userId, other]) {
      await finishOnboarding(ctxOf(id), { atoms: ATOMS, aboutMe: "" });
      // New versions of the paragraph (an onboarding paragraph is re-emitted: no open proposals), nudge signals, stat rows.
      for (const [i, tone] of [2, 3, 2, 3, 2, 3].entries()) {
        await nudgeAtom(ctxOf(id), i % 2 ? { dimension: "tone", value: tone } : { dimension: "length", value: (i % 3) as 0 | 1 | 2 });
      }
    }
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    // Proposals of every source (two created at the same instant: the id breaks the tie), and decided ones: the
    // foldable list keeps the newest three accepted/folded drift or refinement sentences, never a nudge.
    await db()
      .insert(amendment)
      .values([
        { userId, text: "Proposed drift.", source: "drift", evidence: { dims: ["length"] }, createdAt: at(1) },
        { userId, text: "Proposed refinement A.", source: "refinement", createdAt: at(2) },
        { userId, text: "Proposed refinement B.", source: "refinement", createdAt: at(2) },
        { userId, text: "Dismissed.", source: "drift", status: "dismissed", createdAt: at(3), decidedAt: at(4) },
        { userId, text: "Folded nudge.", source: "nudge", status: "folded", createdAt: at(3), decidedAt: at(9) },
        ...[5, 6, 7, 8].map((m) => ({
          userId,
          text: `Accepted ${m}.`,
          source: m % 2 ? ("drift" as const) : ("refinement" as const),
          status: m === 5 ? ("folded" as const) : ("accepted" as const),
          createdAt: at(m),
          decidedAt: at(m + 10),
        })),
        { userId: other, text: "Someone else's.", source: "refinement", status: "accepted", createdAt: at(9), decidedAt: at(30) },
      ]);
    // More checks than the view reads, two at the same instant; skips among other signals.
    await db()
      .insert(refinementCheck)
      .values(
        Array.from({ length: VIEW_CHECKS + 2 }, (_, i) => ({
          userId,
          status: (["aligned", "diverged", "insufficient", "failed"] as const)[i % 4]!,
          seed: i,
          summaryVersion: 1,
          sampled: i % 4 < 2 ? 5 : 0,
          wrong: i % 4 === 1 ? 3 : 0,
          reason: `Check ${i}.`,
          createdAt: at(i === 1 ? 0 : i),
        })),
      );
    await db()
      .insert(signal)
      .values([
        { userId, source: "skip" },
        { userId, source: "skip" },
        { userId, source: "thumb", dimension: "tone", value: 1 },
        { userId: other, source: "skip" },
      ]);
    // A drift already handled: the chart keeps its instant.
    await db()
      .update(preferenceStat)
      .set({ lastDriftAt: at(42) })
      .where(and(eq(preferenceStat.userId, userId), eq(preferenceStat.dimension, "tone")));

    const rows = await expectSame(userId, 50);
    const newest = rows.summary!.version;
    expect(newest).toBeGreaterThan(3);
    expect(rows.history.map((h) => h.version)).toEqual(Array.from({ length: newest }, (_, i) => newest - i));
    expect(rows.proposed.map((a) => a.source).sort()).toEqual(["drift", "refinement", "refinement"]);
    expect(rows.foldable.map((a) => a.text)).toEqual(["Accepted 6.", "Accepted 7.", "Accepted 8."]);
    expect(rows.checks).toHaveLength(VIEW_CHECKS);
    expect(rows.skips).toBe(2);
    expect(rows.stats.find((s) => s.dimension === "tone")!.lastDriftAt).toEqual(at(42));
    expect(rows.versions).toBe(newest);
    // The history's limit is the caller's, and so is the count's.
    const short = await expectSame(userId, 3);
    expect(short.history.map((h) => h.version)).toEqual([newest, newest - 1, newest - 2]);
    expect(short.versions).toBe(newest);
    expect((await expectSame(userId, 3, 2)).versions).toBe(2);
  });
}, { pgbouncer: true });
