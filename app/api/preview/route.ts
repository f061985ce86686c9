import { PREVIEW_QUESTION } from "@/lib/ai/prompts";
import { streamTextSurface } from "@/lib/ai/text-surface";
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
