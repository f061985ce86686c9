import { getDb } from "@/db/client";
import { latestPreview } from "@/db/queries/responses";
import { PREVIEW_QUESTION } from "@/lib/ai/prompts";
import { streamTextSurface } from "@/lib/ai/text-surface";
import { currentModel } from "@/lib/ai/harness";
import { thumbFromDb, toModelLabel, type StoredPreview } from "@/lib/ai/client-contract";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";

/**
 * POST /api/preview: the live preview on the Profile Maker. No body: the question is fixed, so the only thing
 * that changes between two previews is the paragraph.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const userId = await requireUserId();
    return await streamTextSurface({ request, userId, surface: "preview", prompt: PREVIEW_QUESTION });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}

/** GET /api/preview: the latest stored preview, so reopening the page does not pay for a new one. */
export async function GET(): Promise<Response> {
  try {
    const userId = await requireUserId();
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
