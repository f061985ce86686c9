import { createUIMessageStreamResponse, toUIMessageStream } from "ai";
import { z } from "zod";
import { userMessageSchema } from "@/app/api/chat/schema";
import { streamBaseline } from "@/lib/ai/harness";
import { parseBody, replyErrorText } from "@/lib/ai/requests";
import { env } from "@/lib/env";
import { AppError, toAppError } from "@/lib/errors";

/** A chat turn's body, parsed by the chat's own message schema; only the message is used (no conversation here). */
const baselineSchema = z.object({ message: userMessageSchema });

/**
 * POST /api/bench/baseline — exists only for `npm run bench`, which starts its server with
 * BENCH_BASELINE_ROUTE=true; in any other start it answers 404 before reading anything. The load run's
 * baseline: the same build streaming the same offline model through the AI SDK as POST /api/chat does, with
 * no database, no preamble and no session, so the difference is what the app itself adds to a turn.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    if (!env().BENCH_BASELINE_ROUTE) throw new AppError("not_found:chat", "Not found.");
    const body = await parseBody(request, baselineSchema, "chat");
    const stream = streamBaseline({
      messages: [{ role: "user", content: [{ type: "text", text: body.message.text }] }],
      abortSignal: request.signal,
    });
    return createUIMessageStreamResponse({ stream: toUIMessageStream({ stream, onError: replyErrorText }) });
  } catch (err) {
    return toAppError("chat", err).toResponse();
  }
}
