/**
 * `npm run drift:sweep`: one sweep now, outside the schedule. On PGlite the data folder must not be open in
 * another process: stop the app first (or use "Check for drift now" on the Profile Maker page).
 */
import { getDatabase } from "@/db/client";
import { runDriftSweep } from "./drift-sweep";

const database = await getDatabase();
const result = await runDriftSweep({ database });
console.log(`Drift sweep (${database.driver}): ${result.scanned} changed stats read, ${result.flagged.length} users flagged.`);
for (const f of result.flagged) console.log(`  ${f.userId} [${f.provenance}] ${f.staleDims.join(", ")}`);
await database.close();
