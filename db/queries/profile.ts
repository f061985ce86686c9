import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/db/client";
import {
  personalitySummary,
  personalitySummaryVersion,
  profileAtoms,
  type ProfileAtomsRow,
  type Provenance,
  type SummaryRow,
  type SummaryVersionRow,
} from "@/db/schema";
import type { Atoms } from "@/lib/personality/atoms";

type UserArg = { db: Executor; userId: string };
type TxArg = { tx: Tx; userId: string };

/** The seven atoms of a stored row, without the bookkeeping columns. */
export function atomsOf(row: ProfileAtomsRow): Atoms {
  return {
    tone: row.tone,
    length: row.length,
    density: row.density,
    mathComfort: row.mathComfort,
    level: row.level,
    domain: row.domain as Atoms["domain"],
    language: row.language as Atoms["language"],
  };
}

export async function getProfileAtoms({ db, userId }: UserArg): Promise<ProfileAtomsRow | null> {
  const [row] = await db.select().from(profileAtoms).where(eq(profileAtoms.userId, userId));
  return row ?? null;
}

/**
 * Locks the atoms row for the rest of the transaction. Every mirror transaction takes this lock (or the
 * equivalent row lock of an UPDATE) before touching the paragraph, so writers always lock in the same order.
 */
export async function lockProfileAtoms({ tx, userId }: TxArg): Promise<ProfileAtomsRow | null> {
  const [row] = await tx.select().from(profileAtoms).where(eq(profileAtoms.userId, userId)).for("update");
  return row ?? null;
}

export async function lockSummary({ tx, userId }: TxArg): Promise<SummaryRow | null> {
  const [row] = await tx
    .select()
    .from(personalitySummary)
    .where(eq(personalitySummary.userId, userId))
    .for("update");
  return row ?? null;
}

/** First write of a user's atoms (version 1); null when a row already exists (someone else got there first). */
export async function insertProfileAtoms({
  tx,
  userId,
  atoms,
  aboutMe,
}: TxArg & { atoms: Atoms; aboutMe: string }): Promise<ProfileAtomsRow | null> {
  const [row] = await tx
    .insert(profileAtoms)
    .values({ userId, ...atoms, aboutMe, version: 1 })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Compare-and-set: writes only if the stored version is still `expectedVersion`; null otherwise. */
export async function casUpdateProfileAtoms({
  tx,
  userId,
  expectedVersion,
  atoms,
  aboutMe,
}: TxArg & { expectedVersion: number; atoms: Atoms; aboutMe: string }): Promise<ProfileAtomsRow | null> {
  const [row] = await tx
    .update(profileAtoms)
    .set({ ...atoms, aboutMe, version: sql`${profileAtoms.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(profileAtoms.userId, userId), eq(profileAtoms.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export type SummaryWrite = {
  text: string;
  provenance: Exclude<Provenance, "empty">;
  reason: string;
  /** The atoms version stored beside the paragraph (the one it was verbalized from, unless pinned). */
  atomsVersion: number;
};

/**
 * Compare-and-set on the paragraph: writes version `expectedVersion + 1` only if the stored version is still
 * `expectedVersion` (0 = no row yet). Null on a conflict.
 */
export async function casWriteSummary({
  tx,
  userId,
  expectedVersion,
  write,
}: TxArg & { expectedVersion: number; write: SummaryWrite }): Promise<SummaryRow | null> {
  const values = {
    text: write.text,
    provenance: write.provenance,
    reason: write.reason,
    atomsVersion: write.atomsVersion,
    version: expectedVersion + 1,
    updatedAt: sql`now()`,
  };
  const [updated] = await tx
    .update(personalitySummary)
    .set(values)
    .where(and(eq(personalitySummary.userId, userId), eq(personalitySummary.version, expectedVersion)))
    .returning();
  if (updated || expectedVersion !== 0) return updated ?? null;
  const [inserted] = await tx
    .insert(personalitySummary)
    .values({ userId, ...values })
    .onConflictDoNothing()
    .returning();
  return inserted ?? null;
}

/** Appends the history row for a paragraph version just written (text, provenance, reason, atoms snapshot). */
export async function appendSummaryVersion({
  tx,
  userId,
  summary,
  atoms,
}: TxArg & { summary: SummaryRow; atoms: ProfileAtomsRow }): Promise<void> {
  await tx.insert(personalitySummaryVersion).values({
    userId,
    version: summary.version,
    text: summary.text,
    provenance: summary.provenance,
    reason: summary.reason,
    atoms: { ...atomsOf(atoms), aboutMe: atoms.aboutMe, version: atoms.version },
  });
}

/** Newest first. */
export async function listSummaryVersions({
  db,
  userId,
  limit = 50,
}: UserArg & { limit?: number }): Promise<SummaryVersionRow[]> {
  return db
    .select()
    .from(personalitySummaryVersion)
    .where(eq(personalitySummaryVersion.userId, userId))
    .orderBy(desc(personalitySummaryVersion.version))
    .limit(limit);
}

/** One of the user's own versions; another user's version numbers are simply not found. */
export async function getSummaryVersion({
  db,
  userId,
  version,
}: UserArg & { version: number }): Promise<SummaryVersionRow | null> {
  const [row] = await db
    .select()
    .from(personalitySummaryVersion)
    .where(and(eq(personalitySummaryVersion.userId, userId), eq(personalitySummaryVersion.version, version)));
  return row ?? null;
}
