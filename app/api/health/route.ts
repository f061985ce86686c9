import { logFailure } from "@/lib/log";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus the database driver in use; 503 when the database cannot answer. */
export async function GET() {
  try {
    const { db, driver } = await getDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch (err) {
    logFailure("health", "database unavailable", err);
    return Response.json({ status: "error", error: { code: "internal:api", message: "Database unavailable." } }, { status: 503 });
  }
}
