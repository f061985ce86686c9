import "server-only";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { amendment, type AmendmentRow } from "@/db/schema";

type UserArg = { db: Executor; userId: string };
type TxArg = { tx: Tx; userId: string };
type Source = AmendmentRow["source"];

export async function insertAmendment({
  tx,
  userId,
  text,
  source,
  evidence,
}: TxArg & { text: string; source: Source; evidence: Record<string, unknown> }): Promise<AmendmentRow> {
  const [row] = await tx.insert(amendment).values({ userId, text, source, evidence }).returning();
  return row!;
}

/** The banners: every open proposal, oldest first. */
export async function listProposedAmendments({ db, userId }: UserArg): Promise<AmendmentRow[]> {
  return db
    .select()
    .from(amendment)
    .where(and(eq(amendment.userId, userId), eq(amendment.status, "proposed")))
    .orderBy(asc(amendment.createdAt), asc(amendment.id));
}

/** One of the user's own amendments, whatever its status; another user's id is simply not found. */
export async function getAmendment({ db, userId, id }: UserArg & { id: string }): Promise<AmendmentRow | null> {
  const [row] = await db
    .select()
    .from(amendment)
    .where(and(eq(amendment.userId, userId), eq(amendment.id, id)));
  return row ?? null;
}

/** The open proposal describing a control change of `dimension`, so a second change updates it in place. */
export async function getProposedNudgeAmendment({
  tx,
  userId,
  dimension,
}: TxArg & { dimension: string }): Promise<AmendmentRow | null> {
  const [row] = await tx
    .select()
    .from(amendment)
    .where(
      and(
        eq(amendment.userId, userId),
        eq(amendment.status, "proposed"),
        eq(amendment.source, "nudge"),
        sql`${amendment.evidence}->>'dimension' = ${dimension}`,
      ),
    )
    .for("update");
  return row ?? null;
}

export async function updateProposedAmendment({
  tx,
  userId,
  id,
  text,
  evidence,
}: TxArg & { id: string; text: string; evidence: Record<string, unknown> }): Promise<AmendmentRow | null> {
  const [row] = await tx
    .update(amendment)
    .set({ text, evidence })
    .where(and(eq(amendment.userId, userId), eq(amendment.id, id), eq(amendment.status, "proposed")))
    .returning();
  return row ?? null;
}

/**
 * Decides an open proposal. Only a `proposed` row of this user changes, so a double click or a second tab
 * deciding the same banner gets null instead of deciding twice.
 */
export async function decideAmendment({
  tx,
  userId,
  id,
  status,
  text,
}: TxArg & {
  id: string;
  status: Exclude<AmendmentRow["status"], "proposed">;
  text?: string;
}): Promise<AmendmentRow | null> {
  const [row] = await tx
    .update(amendment)
    .set({ status, decidedAt: sql`now()`, ...(text === undefined ? {} : { text }) })
    .where(and(eq(amendment.userId, userId), eq(amendment.id, id), eq(amendment.status, "proposed")))
    .returning();
  return row ?? null;
}

/**
 * Closes the open control-change proposals as `folded`: the paragraph was just re-emitted from the atoms,
 * which already carry those changes.
 */
export async function foldNudgeProposals({ tx, userId }: TxArg): Promise<void> {
  await tx
    .update(amendment)
    .set({ status: "folded", decidedAt: sql`now()` })
    .where(and(eq(amendment.userId, userId), eq(amendment.status, "proposed"), eq(amendment.source, "nudge")));
}

/** How many accepted drift/refinement amendments the verbalizer folds into a re-emitted paragraph. */
export const FOLDED_AMENDMENTS_MAX = 3;

/**
 * The accepted amendments that are not already expressed by an atom (drift and refinement, not control
 * changes), newest FOLDED_AMENDMENTS_MAX, returned oldest first: the verbalizer's third input.
 */
export async function listFoldableAmendments({ db, userId }: UserArg): Promise<AmendmentRow[]> {
  const rows = await db
    .select()
    .from(amendment)
    .where(
      and(
        eq(amendment.userId, userId),
        inArray(amendment.status, ["accepted", "folded"]),
        ne(amendment.source, "nudge"),
      ),
    )
    .orderBy(desc(amendment.decidedAt), desc(amendment.createdAt))
    .limit(FOLDED_AMENDMENTS_MAX);
  return rows.reverse();
}

/**
 * Marks accepted amendments as used by a re-emitted paragraph, each only while it still has the text the
 * paragraph was written with (a refinement check may rewrite a waiting sentence in place). Returns how many it
 * marked: fewer than asked is the caller's conflict (read again), never a paragraph with the old sentence.
 */
export async function markFolded({ tx, userId, folds }: TxArg & { folds: { id: string; text: string }[] }): Promise<number> {
  if (folds.length === 0) return 0;
  const rows = await tx
    .update(amendment)
    .set({ status: "folded" })
    .where(
      and(
        eq(amendment.userId, userId),
        inArray(amendment.id, folds.map((f) => f.id)),
        eq(amendment.status, "accepted"),
      ),
    )
    .returning({ id: amendment.id, text: amendment.text });
  const wanted = new Map(folds.map((f) => [f.id, f.text]));
  return rows.filter((r) => wanted.get(r.id) === r.text).length;
}
