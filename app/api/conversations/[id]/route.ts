import { z } from "zod";
import { getDb } from "@/db/client";
import { getConversation, listMessages } from "@/db/queries/chat";
import { currentModel } from "@/lib/ai/harness";
import { toModelLabel, toUIMessages } from "@/lib/ai/client-contract";
import { AppError, toAppError } from "@/lib/errors";
import { requireUserId } from "@/lib/session";

/** GET /api/conversations/:id: one of the caller's conversations with its messages; anyone else's is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const userId = await requireUserId();
    const db = await getDb();
    // A malformed id is as unknown as someone else's: the same 404, nothing to tell them apart.
    const conversation = z.uuid().safeParse(id).success ? await getConversation({ db, userId, id }) : null;
    if (!conversation) throw new AppError("not_found:chat", "This conversation does not exist.");
    const model = toModelLabel(currentModel());
    const messages = toUIMessages(await listMessages({ db, userId, conversationId: id }), model);
    return Response.json({ id, title: conversation.title, messages });
  } catch (err) {
    return toAppError("chat", err).toResponse();
  }
}
