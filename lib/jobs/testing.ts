/**
 * Helpers for the drift integration tests: feed the aggregator real signal sequences (through appendSignals,
 * as the thumb path does), and set up users in each provenance.
 */
import type { Db } from "@/db/client";
import { appendSignals, type NewSignal } from "@/lib/profile/signal-writers";
import { aiResponse, signal } from "@/db/schema";
import type { OrdinalDim } from "@/lib/personality/atoms";
import { EVOLUTION_THRESHOLD } from "@/lib/personality/provenance";
import { finishOnboarding } from "@/lib/profile/atom-writers";
import { regenerateParagraph, saveParagraph } from "@/lib/profile/paragraph-writers";
import { ATOMS, context, newUser } from "@/lib/profile/testing";
import type { MirrorDeps } from "@/lib/profile/mirror";

const TOPICS = ["photosynthesis", "vaccines", "the French Revolution", "compound interest", "black holes", "the water cycle"];
/** Questions whose replies follow the paragraph, and questions asking for long, expert-level replies (the offline model obliges). */
export const ORDINARY = (i: number) => `What is ${TOPICS[i % TOPICS.length]}?`;
export const LONG_DENSE = (i: number) => `Explain ${TOPICS[i % TOPICS.length]} in detail, for experts.`;

export const steady = (value: number, n = 40): number[] => Array<number>(n).fill(value);

/** A stable history at `from`, then a full window at `to`: enough for the detector to fire and the window to turn over. */
export const shift = (from: number, to: number): number[] => [...steady(from, 40), ...steady(to, 20)];

/** Thumb signals, in order per dimension, in one transaction. */
export async function feed(db: Db, userId: string, series: Partial<Record<OrdinalDim, number[]>>): Promise<void> {
  const signals: NewSignal[] = Object.entries(series).flatMap(([dimension, values]) =>
    values!.map((value) => ({ source: "thumb" as const, dimension: dimension as OrdinalDim, value })),
  );
  await db.transaction((tx) => appendSignals({ tx, userId, signals }));
}

export type Kind = "onboarding" | "evolved" | "pinned";

/** A user onboarded with ATOMS, then made `evolved` (Regenerate) or pinned (Save) as asked. */
export async function userWith(db: Db, kind: Kind, deps: Partial<MirrorDeps> = {}, aboutMe = "") {
  const userId = await newUser(db);
  const c = context(db, userId, deps);
  await finishOnboarding(c, { atoms: ATOMS, aboutMe });
  if (kind === "evolved") await regenerateParagraph(c, { confirmed: false });
  const pinnedText = "You like answers of medium length. Keep the words plain.";
  if (kind === "pinned") await saveParagraph(c, { text: pinnedText, baseVersion: 1 });
  return { userId, c, pinnedText };
}

/** Thumbed replies and control adjustments up to the evolution threshold (log rows only, no stats). */
export async function meetEvolutionThreshold(db: Db, userId: string): Promise<void> {
  await db.insert(aiResponse).values(
    Array.from({ length: EVOLUTION_THRESHOLD.thumbs }, () => ({
      userId,
      surface: "chat" as const,
      prompt: "q",
      text: "a",
      summaryVersion: 1,
      thumb: 1,
    })),
  );
  await db.insert(signal).values(Array.from({ length: EVOLUTION_THRESHOLD.adjustments }, () => ({ userId, source: "nudge" as const })));
}
