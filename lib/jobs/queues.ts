/** Queue names and their policies: the one place jobs are declared. */
import type { Queue } from "pg-boss";

export const DRIFT_SWEEP = "drift-sweep";
export const REFINEMENT_CHECK = "refinement-check";


export const QUEUES: Record<string, Omit<Queue, "name">> = {
  // One sweep at a time: a second request while one runs waits, and is cheap (it finds nothing dirty).
  [DRIFT_SWEEP]: { policy: "singleton", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 600 },
  // At most one queued and one active check per user (singletonKey = user id): two never run at once.
  [REFINEMENT_CHECK]: { policy: "stately", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
};

export type RefinementCheckJob = { userId: string };
