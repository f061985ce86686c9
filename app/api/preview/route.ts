import { getDb } from "@/db/client";
import { latestPreview } from "@/db/queries/responses";
import { PREVIEW_QUESTION } from "@/lib/ai/prompts";
import { previewRequestSchema } from "@/app/api/chat/schema";
import { parseBody } from "@/lib/ai/requests";
import { startSurfaceTurn, surfaceTurnResponse } from "@/lib/ai/surface-turn";
import { currentModel } from "@/lib/ai/harness";
import { thumbFromDb, toModelLabel, type StoredPreview } from "@/lib/ai/client-contract";
import { toAppError } from "@/lib/errors";
import { readerId, requireUserId } from "@/lib/session";

/**
 * POST /api/preview: the live preview on the Profile Maker. No body: the question is fixed, so the only thing
 * that changes between two previews is the paragraph. A body, if any, must be `{}` (no unknown fields).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    await parseBody(request, previewRequestSchema, "surface", { emptyAs: {} });
    const userId = await requireUserId();
    const turn = await startSurfaceTurn({ userId, surface: "preview", input: { text: PREVIEW_QUESTION }, request });
    return surfaceTurnResponse(turn, { userId, surface: "preview" });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}

/** GET /api/preview: the latest stored preview, so reopening the page does not pay for a new one. */
export async function GET(): Promise<Response> {
  try {
    const userId = await readerId();
    const row = await latestPreview({ db: await getDb(), userId });
    const preview: StoredPreview["preview"] = row && {
      responseId: row.id,
      text: row.text,
      summaryVersion: row.summaryVersion,
      status: row.status,
      thumb: thumbFromDb(row.thumb),
    };
    return Response.json({ preview, model: toModelLabel(currentModel()) }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}
