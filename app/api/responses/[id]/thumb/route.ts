import { z } from "zod";
import { parseBody } from "@/lib/ai/requests";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { AppError, toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";

const thumbRequestSchema = z.object(
  { thumb: z.enum(["up", "down"], { error: 'Use "up", "down" or null.' }).nullable() },
  { error: "Send a JSON object." },
);

/** PUT /api/responses/:id/thumb { thumb: "up" | "down" | null }: rate a reply, or undo the rating (null). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { thumb } = await parseBody(request, thumbRequestSchema, "surface");
    const userId = await requireUserId();
    const { id } = await params;
    const result = z.uuid().safeParse(id).success ? await rateResponse({ userId, responseId: id, thumb }) : null;
    if (!result) throw new AppError("not_found:surface", "This reply does not exist.");
    return Response.json(result);
  } catch (err) {
    return toAppError("surface", err).toResponse();
  }
}
