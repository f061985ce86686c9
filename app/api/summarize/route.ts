import { parseBody } from "@/lib/ai/requests";
import { streamTextSurface } from "@/lib/ai/text-surface";
import { toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";
import { textSurfaceRequestSchema } from "@/app/api/chat/schema";

/** POST /api/summarize: { text } in, the summary streamed out as plain text (through the harness). */
export async function POST(request: Request): Promise<Response> {
  try {
    const { text } = await parseBody(request, textSurfaceRequestSchema, "surface");
    const userId = await requireUserId();
    return await streamTextSurface({ request, userId, surface: "summarize", prompt: text });
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}
