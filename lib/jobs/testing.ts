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

export const steady = (value: number, n = 56): number[] => Array<number>(n).fill(value);

/**
 * A stable history at `from` (a full window, then the 30 values the CUSUM's baseline needs, and a few), then
 * three sittings at `to` (fed in sittings of 8, see `feed`): the detector fires by the end of the third, and the
 * window has turned over to the new level.
 */
export const shift = (from: number, to: number): number[] => [...steady(from), ...steady(to, 24)];

const DAY = 24 * 60 * 60 * 1000;
/** Sittings are days apart, on one clock for the whole test process, so each new sitting is later than the last. */
let clock = Date.now() - 1000 * DAY;
export const nextSitting = (): Date => new Date((clock += DAY));

/**
 * Thumb signals, in order per dimension, in sittings of `sitting` signals per dimension (one transaction each,
 * a day apart): the detector weighs evidence by sitting, so a whole series in one instant would be one sitting.
 */
export async function feed(
  db: Db,
  userId: string,
  series: Partial<Record<OrdinalDim, number[]>>,
  { sitting = 8 }: { sitting?: number } = {},
): Promise<void> {
  const longest = Math.max(0, ...Object.values(series).map((v) => v!.length));
  for (let start = 0; start < longest; start += sitting) {
    const signals: NewSignal[] = Object.entries(series).flatMap(([dimension, values]) =>
      values!.slice(start, start + sitting).map((value) => ({ source: "thumb" as const, dimension: dimension as OrdinalDim, value })),
    );
    const at = nextSitting();
    await db.transaction((tx) => appendSignals({ tx, userId, signals, at }));
  }
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
