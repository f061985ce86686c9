import "server-only";
import type { FinishReason, LanguageModelUsage } from "ai";
import type { Part } from "@/lib/ai/harness";
import { replyErrorText } from "@/lib/ai/requests";
import type { SurfaceTurn } from "@/lib/ai/surface-turn";

/**
 * A surface turn's parts as OpenAI Chat Completions (docs/gateway.md): one `chat.completion` object, or its
 * SSE stream of `chat.completion.chunk`s ending in `data: [DONE]`. The completion's id is the stored reply's id
 * (what POST /v1/feedback takes). A reply that fails after it began streaming ends with an `error` event in
 * OpenAI's shape (the clients raise it) and no [DONE]; a reply that fails before a JSON answer is a 500.
 */

type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number };
type Ids = { userId: string; responseId: string };

const OPENAI_FINISH: Partial<Record<FinishReason, string>> = { stop: "stop", length: "length", "content-filter": "content_filter" };
const finishReasonOf = (part: Extract<Part, { type: "finish" }>) => OPENAI_FINISH[part.finishReason] ?? "stop";

function usageOf(usage: LanguageModelUsage | undefined): Usage {
  const prompt = usage?.inputTokens ?? 0;
  const completion = usage?.outputTokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: usage?.totalTokens ?? prompt + completion };
}

const failure = (err: unknown, ids: Ids) => ({
  error: { message: replyErrorText(err, { ...ids, surface: "gateway" }), type: "server_error", param: null, code: null },
});

/** The whole reply as one `chat.completion` (stream: false). */
export async function completionResponse(turn: SurfaceTurn, { model, userId }: { model: string; userId: string }): Promise<Response> {
  const ids = { userId, responseId: turn.responseId };
  const created = Math.floor(Date.now() / 1000);
  let text = "";
  let finish: Extract<Part, { type: "finish" }> | undefined;
  const reader = turn.parts.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.type === "text-delta") text += value.text;
    else if (value.type === "finish") finish = value;
    else if (value.type === "error") {
      await reader.cancel();
      return Response.json(failure(value.error, ids), { status: 500 });
    }
  }
  if (!finish) {
    // Ended without a finish: the client went away (stored as stopped); nobody reads this answer.
    return Response.json(failure(new Error("the reply was stopped"), ids), { status: 499 });
  }
  return Response.json({
    id: turn.responseId,
    object: "chat.completion",
    created,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: finishReasonOf(finish) }],
    usage: usageOf(finish.totalUsage),
    system_fingerprint: null,
  });
}

/** The reply as OpenAI's SSE stream (stream: true); `includeUsage` adds the usage chunk before [DONE]. */
export function streamingResponse(
  turn: SurfaceTurn,
  { model, userId, includeUsage }: { model: string; userId: string; includeUsage: boolean },
): Response {
  const ids = { userId, responseId: turn.responseId };
  const created = Math.floor(Date.now() / 1000);
  const encoder = new TextEncoder();
  const event = (data: unknown) => encoder.encode(`data: ${JSON.stringify(data)}\n\n`);
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
    event({
      id: turn.responseId,
      object: "chat.completion.chunk",
      created,
      model,
      system_fingerprint: null,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(includeUsage ? { usage: null } : {}),
    });
  const reader = turn.parts.getReader();
  let started = false;

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(chunk({ role: "assistant", content: "" }, null));
      }
      // Loop until something is enqueued: a pull that enqueues nothing would not be called again.
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        if (value.type === "text-delta" && value.text !== "") {
          controller.enqueue(chunk({ content: value.text }, null));
          return;
        }
        if (value.type === "error") {
          controller.enqueue(event(failure(value.error, ids)));
          await reader.cancel();
          controller.close();
          return;
        }
        if (value.type === "finish") {
          controller.enqueue(chunk({}, finishReasonOf(value)));
          if (includeUsage) {
            controller.enqueue(event({ id: turn.responseId, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices: [], usage: usageOf(value.totalUsage) }));
          }
          controller.enqueue(encoder.encode("data: [DONE]\n\n"));
          return;
        }
      }
    },
    async cancel(reason) {
      // The client went away: cancelling the turn's parts ends the model call and stores the reply as stopped.
      await reader.cancel(reason);
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", "x-accel-buffering": "no" },
  });
}
