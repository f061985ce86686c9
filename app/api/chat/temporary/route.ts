import { parseBody } from "@/lib/ai/requests";
import { startSurfaceTurn, surfaceTurnResponse } from "@/lib/ai/surface-turn";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";
import { TEMPORARY_BODY_MAX_BYTES, temporaryChatRequestSchema } from "../schema";

/**
 * POST /api/chat/temporary: the chat's "Temporary chat" toggle. parse → session → the one surface turn, with
 * nothing to store: no conversation, message, reply, signal or statistic row is written, no reply is counted
 * toward a refinement check, and the reply carries no id to thumb. The preamble is read as for every reply.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const { messages } = await parseBody(request, temporaryChatRequestSchema, "chat", { maxBytes: TEMPORARY_BODY_MAX_BYTES });
    const userId = await requireUserId();
    const turn = await startSurfaceTurn({ userId, surface: "chat", temporary: true, input: { history: messages }, request });
    return surfaceTurnResponse(turn, { userId, surface: "chat" });
  } catch (err) {
    return toAppError("chat", err).toResponse();
  }
}
