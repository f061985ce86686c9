import { surfaceContext } from "@/lib/ai/harness";
import { toContextDto } from "@/lib/ai/client-contract";
import { fromZod, toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";
import { surfaceParamSchema } from "@/app/api/chat/schema";

/**
 * GET /api/chat/context?surface=chat: what the model would be given on that surface right now (the preamble
 * with its provenance and version, and the full system prompt), for the "What the AI sees" panel.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = surfaceParamSchema.safeParse(new URL(request.url).searchParams.get("surface") ?? "chat");
    if (!parsed.success) throw fromZod("surface", parsed.error);
    const userId = await requireUserId();
    const context = await surfaceContext({ userId, surface: parsed.data });
    return Response.json(toContextDto(context), { headers: { "cache-control": "no-store" } });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}
