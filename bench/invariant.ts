/**
 * The mirror invariant over every user a server served, checked after it stopped: a non-pinned paragraph was
 * verbalized from exactly the atoms stored beside it — its atoms_version equals profile_atoms.version, and its
 * text is what the (offline) verbalizer writes from those atoms, that about-me and the folded amendments.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { listFoldableAmendments } from "@/db/queries/amendments";
import { atomsOf } from "@/db/queries/profile";
import type { ProfileAtomsRow } from "@/db/schema";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import { query } from "./db";
import { INVARIANT_VIOLATIONS } from "./fixtures";
import { figure, verdict, type Figure } from "./report";

type Row = { user_id: string; text: string; provenance: string } & Record<string, unknown>;

export async function checkInvariant(where: { url: string } | { pgliteDir: string }): Promise<{
  figure: Figure;
  details: { users: number; paragraphs: number; nonPinned: number; versionViolations: number; textViolations: number };
}> {
  const database = await openDatabase(where);
  try {
    const { db } = database;
    const [versions] = await query<{ violations: number; paragraphs: number }>(db, INVARIANT_VIOLATIONS);
    const [users] = await query<{ n: number }>(db, sql`select count(*)::int as n from users`);
    const rows = await query<Row>(
      db,
      sql`select s.user_id, s.text, s.provenance, a.* from personality_summary s join profile_atoms a on a.user_id = s.user_id
          where s.provenance in ('onboarding', 'evolved')`,
    );
    let textViolations = 0;
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
      const folded = await listFoldableAmendments({ db, userId: row.user_id });
      const expected = verbalizeOffline({ atoms, aboutMe: String(row.about_me), amendments: folded.map((a) => a.text) });
      if (expected !== row.text) textViolations++;
    }
    const details = {
      users: users!.n,
      paragraphs: versions!.paragraphs,
      nonPinned: rows.length,
      versionViolations: versions!.violations,
      textViolations,
    };
    const total = details.versionViolations + details.textViolations;
    return {
      details,
      figure: figure({
        id: "load",
        what: "mirror invariant after the run (all users)",
        value: `${total} violations`,
        baseline: `${details.nonPinned.toLocaleString("en")} non-pinned paragraphs of ${details.users.toLocaleString("en")} users`,
        target: "0 violations",
        verdict: verdict(total === 0),
      }),
    };
  } finally {
    await database.close();
  }
}
