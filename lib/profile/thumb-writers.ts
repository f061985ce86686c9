import "server-only";
import { getDb } from "@/db/client";
import { lockResponse, updateThumb } from "@/db/queries/responses";
import { appendSignals } from "@/lib/profile/signal-writers";
import { AppError } from "@/lib/errors";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { thumbFromDb, thumbToDb, type Thumb } from "@/lib/ai/client-contract";

/**
 * Sets, switches or clears the thumb on one of the user's responses, and in the same transaction appends what
 * it says to the signal log (docs/design.md, Signals): the response's measured features, reflected for a down.
 * Clearing or switching first compensates the previous thumb's signals (weight −1) instead of deleting them.
 * Idempotent: setting the thumb it already has changes nothing. Null when the response is not theirs.
 */
export async function rateResponse({
  userId,
  responseId,
  thumb,
}: {
  userId: string;
  responseId: string;
  thumb: Thumb | null;
}): Promise<{ thumb: Thumb | null } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const response = await lockResponse({ tx, userId, id: responseId });
    if (!response) return null;
    if (response.status === "error") {
      throw new AppError("bad_request:surface", "This reply failed before it finished, so it cannot be rated.");
    }
    const previous = thumbFromDb(response.thumb);
    if (previous === thumb) return { thumb };

    await updateThumb({ tx, id: responseId, thumb: thumbToDb(thumb) });
    const features = measureFeatures(response.text);
    const source = response.surface === "preview" ? "preview_thumb" : "thumb";
    // Undo compensates in the log (weight −1: it nets to zero there; appendSignals keeps it out of the L3
    // window, which cannot unlearn a value), then the new thumb, if any, counts like any other.
    const compensation = previous
      ? thumbSignals(features, previous).map((s) => ({ ...s, source, responseId, weight: -1 }) as const)
      : [];
    const signals = thumb ? thumbSignals(features, thumb).map((s) => ({ ...s, source, responseId }) as const) : [];
    await appendSignals({ tx, userId, signals: [...compensation, ...signals] });
    return { thumb };
  });
}
