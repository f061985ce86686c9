/** Queue names and their policies: the one place jobs are declared. */
import type { Queue } from "pg-boss";

export const DRIFT_SWEEP = "drift-sweep";
export const REFINEMENT_CHECK = "refinement-check";
export const GUEST_PURGE = "guest-purge";


export const QUEUES: Record<string, Omit<Queue, "name">> = {
  // One sweep at a time: a second request while one runs waits, and is cheap (it finds nothing dirty).
  [DRIFT_SWEEP]: { policy: "singleton", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  // At most one queued and one active check per user (singletonKey = user id): two never run at once.
  [REFINEMENT_CHECK]: { policy: "stately", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
  // Daily; one at a time (a second while one runs would only find nothing).
  [GUEST_PURGE]: { policy: "singleton", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 },
};

export type RefinementCheckJob = { userId: string };
