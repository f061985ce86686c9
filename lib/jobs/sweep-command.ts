/**
 * `npm run drift:sweep`: one sweep now, outside the schedule, on either driver. On PGlite the data folder must
 * not be open in another process: stop the app first (or use "Check for drift now" on the Profile Maker page).
 * Exits non-zero when a user could not be handled (they stay flagged for the next sweep).
 */
import { getDatabase } from "@/db/client";
import { verbalize } from "@/lib/ai/verbalize";
import { describeDriftOutcome } from "@/lib/profile/drift-notice";
import { runDriftSweep } from "./drift-sweep";

const database = await getDatabase();
const result = await runDriftSweep({ db: database.db, deps: { verbalize } });
console.log(
  `Drift sweep (${database.driver}): ${result.marks} drift marks taken, ${result.flagged} users flagged, ` +
    `${result.outcomes.length} flagged paragraphs examined, ${result.failures.length} failed.`,
);
for (const { userId, outcome } of result.outcomes) console.log(`  ${userId} [${outcome.kind}] ${describeDriftOutcome(outcome)}`);
for (const { userId } of result.failures) console.log(`  ${userId} [failed] stays flagged`);
await database.close();
process.exitCode = result.failures.length > 0 ? 1 : 0;
