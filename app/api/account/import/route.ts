import { getDb } from "@/db/client";
import { readBody } from "@/lib/ai/requests";
import { importUserData, parseExportFile } from "@/lib/data/import";
import { env } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";

/**
 * POST /api/account/import (body: an export file, at most IMPORT_MAX_BYTES; `?replace=1` once the user agreed to
 * replace what the profile holds): bounded read → parse and check the whole file → session → one transaction.
 * Every refusal (too large, not JSON, another version, a tampered row) is a 4xx and changes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const bytes = await readBody(request, "account", env().IMPORT_MAX_BYTES);
    const file = parseExportFile(bytes);
    const replace = new URL(request.url).searchParams.get("replace") === "1";
    const userId = await requireUserId();
    const imported = await importUserData({ db: await getDb(), userId, file, replace });
    return Response.json({ imported });
  } catch (err) {
    return toAppError("account", err).toResponse();
  }
}
