/** `npm run worker`: runs the jobs against DATABASE_URL. Start as many as you like; they share the queue. */
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env";
import { startBoss } from "./boss";
import { jobHandlers, jobSchedules } from "./handlers";

if (!env().DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: on the embedded database the app process runs the jobs itself.");
  process.exit(1);
}
const boss = await startBoss(await getDatabase(), { work: true, handlers: jobHandlers(), schedules: jobSchedules() });
console.log("Worker running: drift sweep every 15 minutes, refinement checks as they are queued.");
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    void boss.stop({ graceful: true }).then(() => process.exit(0));
  });
}
