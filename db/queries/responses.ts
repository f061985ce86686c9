import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import { aiResponse, personalitySummaryVersion, type AiResponseRow, type Provenance } from "@/db/schema";

export type Thumb = 1 | -1;

/** Stores the output of a single-shot surface (explain, summarize, preview). */
export async function insertResponse({
  db,
  values,
}: {
  db: Executor;
  values: Pick<AiResponseRow, "id" | "userId" | "surface" | "prompt" | "text" | "summaryVersion" | "status">;
}): Promise<void> {
  await db.insert(aiResponse).values(values);
}

/**
 * One of the user's responses, locked for the rest of the transaction so two thumb clicks in flight cannot both
 * read the same previous thumb. Null when it is not theirs.
 */
export async function lockResponse({ tx, userId, id }: { tx: Tx; userId: string; id: string }): Promise<AiResponseRow | null> {
  const [row] = await tx
    .select()
    .from(aiResponse)
    .where(and(eq(aiResponse.id, id), eq(aiResponse.userId, userId)))
    .for("update");
  return row ?? null;
}

export async function updateThumb({ tx, id, thumb }: { tx: Tx; id: string; thumb: Thumb | null }): Promise<void> {
  await tx.update(aiResponse).set({ thumb }).where(eq(aiResponse.id, id));
}

/** The latest preview response of the user, for showing it (and its thumb) when the Profile Maker opens. */
export async function latestPreview({ db, userId }: { db: Executor; userId: string }): Promise<AiResponseRow | null> {
  const [row] = await db
    .select()
    .from(aiResponse)
    .where(and(eq(aiResponse.userId, userId), eq(aiResponse.surface, "preview")))
    .orderBy(desc(aiResponse.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * The paragraph as it was at `version`, from its history: what a stored reply was generated with. A display
 * read for the "What the AI sees" panel, never a prompt input (prompts read through the harness only).
 */
export async function summaryAtVersion({
  db,
  userId,
  version,
}: {
  db: Executor;
  userId: string;
  version: number;
}): Promise<{ text: string; provenance: Provenance; version: number } | null> {
  const [row] = await db
    .select({
      text: personalitySummaryVersion.text,
      provenance: personalitySummaryVersion.provenance,
      version: personalitySummaryVersion.version,
    })
    .from(personalitySummaryVersion)
    .where(and(eq(personalitySummaryVersion.userId, userId), eq(personalitySummaryVersion.version, version)))
    .orderBy(desc(personalitySummaryVersion.id))
    .limit(1);
  return row ?? null;
}
