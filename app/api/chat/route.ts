import { parseBody } from "@/lib/ai/requests";
import { startSurfaceTurn, surfaceTurnResponse } from "@/lib/ai/surface-turn";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";
import { chatRequestSchema } from "./schema";

/**
 * POST /api/chat: parse → session → one surface turn (ownership, history, the reply streamed through the
 * harness, the whole turn stored in one transaction when it ends: complete, stopped or failed, so the stored
 * conversation always shows what the user saw) → the AI SDK's UI message stream.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const { trigger, conversationId, message } = await parseBody(request, chatRequestSchema, "chat");
    const userId = await requireUserId();
    const turn = await startSurfaceTurn({ userId, surface: "chat", input: { trigger, conversationId, message }, request });
    return surfaceTurnResponse(turn, { userId, surface: "chat" });
  } catch (err) {
    return toAppError("chat", err).toResponse();
  }
}
