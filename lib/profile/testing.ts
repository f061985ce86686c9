/**
 * Test helpers for the mirror's integration tests: a writer context on a test database, the invariant
 * checked after every write, and a dump of every row a writer may touch (to prove a refusal changed nothing).
 */
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { FOLDED_AMENDMENTS_MAX } from "@/db/queries/amendments";
import { atomsOf } from "@/db/queries/profile";
import {
  amendment,
  personalitySummary,
  personalitySummaryVersion,
  driftMark,
  preferenceStat,
  profileAtoms,
  signal,
  users,
} from "@/db/schema";
import { DEFAULT_ATOMS, type Atoms } from "@/lib/personality/atoms";
import { verbalizeOffline } from "@/lib/personality/verbalizer";
import type { WriterContext } from "./writer-context";
import type { MirrorDeps, VerbalizeFn } from "./mirror";

export const offline: VerbalizeFn = async (input) => ({ text: verbalizeOffline(input) });

export async function newUser(db: Db): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(users).values({ id });
  return id;
}

export function context(db: Db, userId: string, deps: Partial<MirrorDeps> = {}): WriterContext {
  return { db, userId, deps: { verbalize: offline, ...deps } };
}

export const ATOMS: Atoms = { ...DEFAULT_ATOMS, length: 1, tone: 1 };

/** Every row of this user that any Profile Maker writer may touch. */
export async function dump(db: Db, userId: string) {
  const [atoms, summary, versions, amendments, signals, stats, marks] = await Promise.all([
    db.select().from(profileAtoms).where(eq(profileAtoms.userId, userId)),
    db.select().from(personalitySummary).where(eq(personalitySummary.userId, userId)),
    db
      .select()
      .from(personalitySummaryVersion)
      .where(eq(personalitySummaryVersion.userId, userId))
      .orderBy(asc(personalitySummaryVersion.version)),
    db.select().from(amendment).where(eq(amendment.userId, userId)).orderBy(asc(amendment.createdAt)),
    db.select().from(signal).where(eq(signal.userId, userId)).orderBy(asc(signal.id)),
    db.select().from(preferenceStat).where(eq(preferenceStat.userId, userId)).orderBy(asc(preferenceStat.dimension)),
    db.select().from(driftMark).where(eq(driftMark.userId, userId)).orderBy(asc(driftMark.dimension)),
  ]);
  return { atoms: atoms[0] ?? null, summary: summary[0] ?? null, versions, amendments, signals, stats, marks };
}

/**
 * The mirror invariant, plus the history's bookkeeping: a non-pinned paragraph is exactly what the verbalizer
 * writes from the stored atoms, about-me and folded amendments, and was written from the stored atoms version;
 * versions are 1..n without gaps and the newest history row is the current paragraph.
 */
export async function expectMirror(db: Db, userId: string): Promise<void> {
  const { atoms, summary, versions } = await dump(db, userId);
  expect(atoms).not.toBeNull();
  expect(summary).not.toBeNull();
  expect(versions.map((v) => v.version)).toEqual(Array.from({ length: summary!.version }, (_, i) => i + 1));
  const head = versions.at(-1)!;
  expect({ text: head.text, provenance: head.provenance, reason: head.reason }).toEqual({
    text: summary!.text,
    provenance: summary!.provenance,
    reason: summary!.reason,
  });
  if (summary!.provenance === "user") return;
  expect(summary!.atomsVersion).toBe(atoms!.version);
  // The amendments this paragraph was written with: the newest folded ones. An `accepted` sentence beside a
  // paragraph the automation owns is a refinement sentence waiting for the next re-emission (docs/refinement.md).
  const folded = (
    await db
      .select()
      .from(amendment)
      .where(and(eq(amendment.userId, userId), eq(amendment.status, "folded"), ne(amendment.source, "nudge")))
      .orderBy(desc(amendment.decidedAt), desc(amendment.createdAt))
      .limit(FOLDED_AMENDMENTS_MAX)
  ).reverse();
  const expected = verbalizeOffline({ atoms: atomsOf(atoms!), aboutMe: atoms!.aboutMe, amendments: folded.map((a) => a.text) });
  expect(summary!.text).toBe(expected);
}
