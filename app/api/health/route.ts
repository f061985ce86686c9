import { logFailure } from "@/lib/log";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { startupProblem } from "@/lib/auth/startup";

export const dynamic = "force-dynamic";

const notReady = (message: string) =>
  Response.json({ status: "error", error: { code: "internal:api", message } }, { status: 503 });

/** Readiness: 200 with the database driver when the app can serve; 503 when it cannot (configuration, database). */
export async function GET() {
  const problem = await startupProblem();
  if (problem) return notReady(problem);
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch (err) {
    logFailure("health", "database unavailable", err);
    return notReady("Database unavailable.");
  }
}
