/**
 * The same-run "before" of #2 and #4: a thumb and a control change written the way they were before the write
 * plan (one statement per row inside a transaction, after a snapshot of several queries), from the query
 * functions that still exist. Only the bench calls these; the app writes through lib/profile.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { foldNudgeProposals, listFoldableAmendments, markFolded } from "@/db/queries/amendments";
import { appendSummaryVersion, atomsOf, casUpdateProfileAtoms, casWriteSummary, getProfileAtoms } from "@/db/queries/profile";
import { countEvidence } from "@/db/queries/signals";
import { getSummary } from "@/db/queries/summary";
import { aiResponse } from "@/db/schema";
import { verbalize } from "@/lib/ai/verbalize";
import { applyChange, isOrdinal, ordinalValue, type AtomChange } from "@/lib/personality/atoms";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { appendSignals } from "@/lib/profile/signal-writers";

/** Lock the response, set the thumb, append its signals and stat rows: ~25 statements, one transaction. */
export async function legacyThumbUp(db: Db, userId: string, responseId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [response] = await tx
      .select()
      .from(aiResponse)
      .where(and(eq(aiResponse.id, responseId), eq(aiResponse.userId, userId)))
      .for("update");
    if (!response) throw new Error("legacy thumb: no such response");
    await tx.update(aiResponse).set({ thumb: 1 }).where(eq(aiResponse.id, responseId));
    const signals = thumbSignals(measureFeatures(response.text), "up").map((s) => ({ ...s, source: "thumb" as const, responseId }));
    await appendSignals({ tx, userId, signals });
  });
}

/** A control change on a non-pinned paragraph: the five-query snapshot, then ~9 statements in a transaction. */
export async function legacyNudge(db: Db, userId: string, change: AtomChange & { dimension: "tone" }): Promise<void> {
  const [atoms, summary, folded] = await Promise.all([
    getProfileAtoms({ db, userId }),
    getSummary({ db, userId }),
    listFoldableAmendments({ db, userId }),
  ]);
  if (summary?.provenance === "onboarding") await countEvidence({ db, userId });
  if (!atoms || !summary || !isOrdinal(change.dimension)) throw new Error("legacy nudge: not onboarded");
  const after = applyChange(atomsOf(atoms), change);
  const { text } = await verbalize({ atoms: after, aboutMe: atoms.aboutMe, amendments: folded.map((a) => a.text) });
  await db.transaction(async (tx) => {
    const written = await casUpdateProfileAtoms({ tx, userId, expectedVersion: atoms.version, atoms: after, aboutMe: atoms.aboutMe });
    if (!written) throw new Error("legacy nudge: conflict");
    const write = { text, provenance: summary.provenance as "onboarding", reason: "bench", atomsVersion: written.version };
    const paragraph = await casWriteSummary({ tx, userId, expectedVersion: summary.version, write });
    if (!paragraph) throw new Error("legacy nudge: conflict");
    await appendSummaryVersion({ tx, userId, summary: paragraph, atoms: written });
    await markFolded({ tx, userId, folds: folded.filter((a) => a.status === "accepted").map((a) => ({ id: a.id, text: a.text })) });
    await foldNudgeProposals({ tx, userId });
    const value = ordinalValue(change.dimension, change.value);
    await appendSignals({ tx, userId, signals: [{ source: "nudge", dimension: change.dimension, value }] });
  });
}
