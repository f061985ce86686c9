import "server-only";
import { getDb } from "@/db/client";
import { readThumbSnapshot } from "@/db/queries/responses";
import type { AiResponseRow } from "@/db/schema";
import type { NewSignal } from "@/db/queries/signals";
import { applyWritePlan, WritePlanConflict } from "@/db/queries/write-plan";
import { AppError } from "@/lib/errors";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { planStats } from "@/lib/personality/stat-plan";
import { signalClock } from "./signal-clock";
import { thumbFromDb, thumbToDb, type Thumb } from "@/lib/ai/client-contract";

/** Thumbs that keep losing the compare-and-set (many tabs clicking at once) give up after this many reads. */
const MAX_ATTEMPTS = 8;

/**
 * Sets, switches or clears the thumb on one of the user's responses, and in the same write appends what it
 * says to the signal log (docs/design.md, Signals): the response's measured features, reflected for a down.
 * Clearing or switching first compensates the previous thumb's signals (weight −1) instead of deleting them.
 * Idempotent: setting the thumb it already has changes nothing. Null when the response is not theirs.
 *
 * One read (the response and the stat states), the pure domain plans every row, and one statement writes
 * them (db/queries/write-plan.ts): the thumb only changes if it is still the one read, each stat row only if
 * its state is still the one read — else nothing is written and the thumb is planned again from a new read.
 */
export async function rateResponse({
  userId,
  responseId,
  thumb,
  surface,
}: {
  userId: string;
  responseId: string;
  thumb: Thumb | null;
  /** Only a reply on this surface (the gateway rates only what it returned); another is null, like someone else's. */
  surface?: AiResponseRow["surface"];
}): Promise<{ thumb: Thumb | null } | null> {
  const db = await getDb();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const snap = await readThumbSnapshot({ db, userId, id: responseId });
    if (!snap || (surface && snap.response.surface !== surface)) return null;
    const { response } = snap;
    if (response.status === "error") {
      throw new AppError("bad_request:surface", "This reply failed before it finished, so it cannot be rated.");
    }
    const previous = thumbFromDb(response.thumb);
    if (previous === thumb) return { thumb };

    const features = measureFeatures(response.text);
    const source = response.surface === "preview" ? "preview_thumb" : "thumb";
    // Undo compensates in the log (weight −1: it nets to zero there; the stat plan keeps it out of the L3
    // window, which cannot unlearn a value), then the new thumb, if any, counts like any other.
    const compensation = previous
      ? thumbSignals(features, previous).map((s) => ({ ...s, source, responseId, weight: -1 }) as const)
      : [];
    const fresh = thumb ? thumbSignals(features, thumb).map((s) => ({ ...s, source, responseId }) as const) : [];
    const signals: NewSignal[] = [...compensation, ...fresh];
    try {
      await applyWritePlan(db, {
        userId,
        response: { id: responseId, expectedThumb: response.thumb, thumb: thumbToDb(thumb) },
        signals,
        stats: planStats(snap.stats, signals, signalClock()),
        statRows: snap.statRows,
      });
      return { thumb };
    } catch (err) {
      if (!(err instanceof WritePlanConflict)) throw err;
    }
  }
  throw new AppError("conflict:surface", "This reply was rated in another tab at the same moment. Try again.");
}
