import "server-only";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import {
  aiResponse,
  amendment,
  refinementCheck,
  type AiResponseRow,
  type AmendmentRow,
  type RefinementCheckRow,
} from "@/db/schema";

type UserArg = { db: Executor; userId: string };

/** What the loop counts and samples: every stored AI output on any surface, except replies that failed. */
const counted = (userId: string) => and(eq(aiResponse.userId, userId), ne(aiResponse.status, "error"));

/** How many AI responses the user has: a check is due when this reaches a multiple of REFINEMENT.every. */
export async function countStoredResponses({ db, userId }: UserArg): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(aiResponse).where(counted(userId));
  return Number(row?.n ?? 0);
}

export type RecentResponse = Pick<AiResponseRow, "id" | "surface" | "app" | "prompt" | "text" | "thumb" | "summaryVersion" | "createdAt">;

/** The user's newest responses, newest first (the id breaks ties, so a recorded seed replays the same rows). */
export async function listRecentResponses({ db, userId, limit }: UserArg & { limit: number }): Promise<RecentResponse[]> {
  return db
    .select({
      id: aiResponse.id,
      surface: aiResponse.surface,
      app: aiResponse.app,
      prompt: aiResponse.prompt,
      text: aiResponse.text,
      thumb: aiResponse.thumb,
      summaryVersion: aiResponse.summaryVersion,
      createdAt: aiResponse.createdAt,
    })
    .from(aiResponse)
    .where(counted(userId))
    .orderBy(desc(aiResponse.createdAt), desc(aiResponse.id))
    .limit(limit);
}

export type NewCheck = Omit<RefinementCheckRow, "createdAt">;

export async function insertRefinementCheck({ db, check }: { db: Executor; check: NewCheck }): Promise<RefinementCheckRow> {
  const [row] = await db.insert(refinementCheck).values(check).returning();
  return row!;
}

/** The user's newest checks, newest first: the alignment figure and "last check" line. */
export async function listRecentChecks({ db, userId, limit }: UserArg & { limit: number }): Promise<RefinementCheckRow[]> {
  return db
    .select()
    .from(refinementCheck)
    .where(eq(refinementCheck.userId, userId))
    .orderBy(desc(refinementCheck.createdAt), desc(refinementCheck.id))
    .limit(limit);
}

/**
 * The user's open refinement amendment in `statuses` (a banner: proposed; waiting for the next re-emission:
 * accepted), locked for the rest of the transaction. At most one is kept open; a newer check replaces it.
 */
export async function lockOpenRefinementAmendment({
  tx,
  userId,
  statuses,
}: {
  tx: Tx;
  userId: string;
  statuses: AmendmentRow["status"][];
}): Promise<AmendmentRow | null> {
  const [row] = await tx
    .select()
    .from(amendment)
    .where(and(eq(amendment.userId, userId), eq(amendment.source, "refinement"), inArray(amendment.status, statuses)))
    .orderBy(desc(amendment.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** An amendment the automation decided itself (a refinement for a paragraph it may rewrite). */
export async function insertDecidedAmendment({
  tx,
  userId,
  id,
  text,
  status,
  evidence,
}: {
  tx: Tx;
  userId: string;
  id: string;
  text: string;
  status: "accepted" | "folded";
  evidence: Record<string, unknown>;
}): Promise<AmendmentRow> {
  const [row] = await tx
    .insert(amendment)
    .values({ id, userId, text, status, source: "refinement", evidence, decidedAt: sql`now()` })
    .returning();
  return row!;
}

/** Rewrites the open refinement amendment with a newer check's sentence and evidence (one banner, one pending). */
export async function replaceOpenRefinementAmendment({
  tx,
  userId,
  id,
  text,
  evidence,
}: {
  tx: Tx;
  userId: string;
  id: string;
  text: string;
  evidence: Record<string, unknown>;
}): Promise<AmendmentRow | null> {
  const [row] = await tx
    .update(amendment)
    .set({
      text,
      evidence,
      createdAt: sql`now()`,
      decidedAt: sql`case when ${amendment.status} = 'accepted' then now() else ${amendment.decidedAt} end`,
    })
    .where(and(eq(amendment.userId, userId), eq(amendment.id, id), inArray(amendment.status, ["proposed", "accepted"])))
    .returning();
  return row ?? null;
}
