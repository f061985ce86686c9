import { getDb } from "@/db/client";
import { exportFileName, exportUserData } from "@/lib/data/export";
import { AppError, toAppError } from "@/lib/errors";
import { NO_USER_ID, readerId } from "@/lib/session";

/**
 * GET /api/account/export: everything the signed-in user (account or guest) owns, as one JSON file to download
 * (docs/export-format.md). Never creates a user: a browser without a session has nothing to export.
 */
export async function GET(): Promise<Response> {
  try {
    const userId = await readerId();
    if (userId === NO_USER_ID) throw new AppError("unauthorized:account", "There is nothing to export: this browser has no profile yet.");
    const file = await exportUserData({ db: await getDb(), userId });
    return new Response(JSON.stringify(file, null, 1), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName()}"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    return toAppError("account", err).toResponse();
  }
}
