import { env } from "@/lib/env";
import type { SignalClock } from "@/lib/personality/stat-plan";

/** The aggregator's clock for a batch of signals written now (or at `at`): its instant and the sitting gap. */
export function signalClock(at: Date = new Date()): SignalClock {
  return { at: at.getTime(), sittingGapMs: env().DRIFT_SITTING_GAP_SECONDS * 1000 };
}
