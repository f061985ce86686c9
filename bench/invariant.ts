/**
 * The mirror invariant over every user a server served, checked after it stopped (docs/design.md, "The mirror";
 * docs/refinement.md, "The mirror invariant with a waiting sentence"): a non-pinned paragraph was verbalized
 * from exactly the atoms stored beside it — its atoms_version equals profile_atoms.version — and its text is
 * what the (offline) verbalizer writes from those atoms, that about-me and the amendments it was WRITTEN WITH:
 * the newest `folded` drift/refinement ones, as `expectMirror` (lib/profile/testing.ts) compares. An `accepted`
 * sentence beside it (a refinement check's, for a paragraph the automation owns) has not been used yet: it waits
 * for the next re-emission, which folds it in and marks it `folded` in the same transaction. Such paragraphs
 * are counted (`waiting`), not violations.
 */
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { FOLDED_AMENDMENTS_MAX } from "@/db/queries/amendments";
import { atomsOf } from "@/db/queries/profile";
import { amendment, type ProfileAtomsRow } from "@/db/schema";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { query } from "./db";
import { INVARIANT_VIOLATIONS } from "./fixtures";
import { figure, verdict, type Figure } from "./report";

type Row = { user_id: string; text: string; provenance: string } & Record<string, unknown>;

export type InvariantCounts = {
  users: number;
  paragraphs: number;
  nonPinned: number;
  versionViolations: number;
  textViolations: number;
  /** Non-pinned paragraphs with an `accepted` sentence waiting for their next re-emission (not violations). */
  waiting: number;
};

/** The amendments a paragraph was written with: the newest FOLDED_AMENDMENTS_MAX folded ones, oldest first. */
async function foldedAmendments(db: Db, userId: string): Promise<{ text: string }[]> {
  const rows = await db
    .select({ text: amendment.text })
    .from(amendment)
    .where(and(eq(amendment.userId, userId), eq(amendment.status, "folded"), ne(amendment.source, "nudge")))
    .orderBy(desc(amendment.decidedAt), desc(amendment.createdAt))
    .limit(FOLDED_AMENDMENTS_MAX);
  return rows.reverse();
}

export async function countInvariantViolations(db: Db): Promise<InvariantCounts> {
  const [versions] = await query<{ violations: number; paragraphs: number }>(db, INVARIANT_VIOLATIONS);
  const [users] = await query<{ n: number }>(db, sql`select count(*)::int as n from users`);
  const rows = await query<Row>(
    db,
    sql`select s.user_id, s.text, s.provenance, a.* from personality_summary s join profile_atoms a on a.user_id = s.user_id
        where s.provenance in ('onboarding', 'evolved')`,
  );
  const waitingUsers = new Set(
    (
      await db
        .selectDistinct({ userId: amendment.userId })
        .from(amendment)
        .where(and(eq(amendment.status, "accepted"), inArray(amendment.source, ["drift", "refinement"])))
    ).map((r) => r.userId),
  );
  let textViolations = 0;
  let waiting = 0;
  for (const row of rows) {
    const atoms = atomsOf({
      tone: row.tone,
      length: row.length,
      density: row.density,
      mathComfort: row.math_comfort,
      level: row.level,
      domain: row.domain,
      language: row.language,
    } as ProfileAtomsRow);
    const folded = await foldedAmendments(db, row.user_id);
    const expected = verbalizeOffline({ atoms, aboutMe: String(row.about_me), amendments: folded.map((a) => a.text) });
    if (expected !== row.text) textViolations++;
    if (waitingUsers.has(row.user_id)) waiting++;
  }
  return {
    users: users!.n,
    paragraphs: versions!.paragraphs,
    nonPinned: rows.length,
    versionViolations: versions!.violations,
    textViolations,
    waiting,
  };
}

export async function checkInvariant(where: { url: string } | { pgliteDir: string }): Promise<{
  figure: Figure;
  details: InvariantCounts;
}> {
  const database = await openDatabase(where);
  try {
    const details = await countInvariantViolations(database.db);
    const total = details.versionViolations + details.textViolations;
    return {
      details,
      figure: figure({
        id: "load",
        what: "mirror invariant after the run (all users)",
        value: `${total} violations`,
        baseline: `${details.nonPinned.toLocaleString("en")} non-pinned paragraphs of ${details.users.toLocaleString("en")} users (${details.waiting} with a sentence waiting for the next re-emission)`,
        target: "0 violations",
        verdict: verdict(total === 0),
      }),
    };
  } finally {
    await database.close();
  }
}
