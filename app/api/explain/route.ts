import { textSurfaceRequestSchema } from "@/app/api/chat/schema";
import { parseBody } from "@/lib/ai/requests";
import { startSurfaceTurn, surfaceTurnResponse } from "@/lib/ai/surface-turn";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";

/** POST /api/explain: { text } in, the explanation as a UI message stream (one surface turn). */
export async function POST(request: Request): Promise<Response> {
  try {
    const { text } = await parseBody(request, textSurfaceRequestSchema, "surface");
    const userId = await requireUserId();
    const turn = await startSurfaceTurn({ userId, surface: "explain", input: { text }, request });
    return surfaceTurnResponse(turn, { userId, surface: "explain" });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}
