/** The L4 sweep: flag drifting paragraphs (set-based), then act on each flagged user by provenance. */
import type { Database } from "@/db/client";
import { sweepDriftMarks, type SweepResult } from "@/db/queries/drift";

export async function runDriftSweep({ database, userId }: { database: Database; userId?: string }): Promise<SweepResult> {
  return sweepDriftMarks({ db: database.db, userId });
}
