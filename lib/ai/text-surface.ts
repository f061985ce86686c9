import "server-only";
import { getDb } from "@/db/client";
import { insertResponse } from "@/db/queries/responses";
import { noteResponseStored } from "@/lib/refinement/trigger";
import { streamSurface, type Part } from "./harness";
import type { Surface } from "./prompts";
import { replyErrorText } from "./requests";
import { SURFACE_HEADERS, toContextDto } from "./client-contract";

/**
 * A single-shot surface (explain, summarize, the live preview): text in, the reply streamed out as plain text.
 * The output is stored as an ai_response when the stream ends; the response headers carry its id (for thumbs)
 * and the preamble it was written with (for the "What the AI sees" panel).
 */
export async function streamTextSurface({
  request,
  userId,
  surface,
  prompt,
}: {
  request: Request;
  userId: string;
  surface: Exclude<Surface, "chat">;
  prompt: string;
}): Promise<Response> {
  const db = await getDb();
  const responseId = crypto.randomUUID();
  const run = await streamSurface({
    userId,
    surface,
    prompt,
    abortSignal: request.signal,
    onSettled: async (outcome, context) => {
      await insertResponse({
        db,
        values: {
          id: responseId,
          userId,
          surface,
          prompt,
          text: outcome.text,
          summaryVersion: context.preamble.version,
          status: outcome.status,
        },
      });
      // Every 20th response of the account queues a refinement check (never fails the reply).
      if (outcome.status !== "error") await noteResponseStored({ db, userId });
    },
  });
  const { preamble, model } = toContextDto(run);
  return new Response(toPlainText(run.stream), {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      [SURFACE_HEADERS.responseId]: responseId,
      [SURFACE_HEADERS.version]: String(preamble.version),
      [SURFACE_HEADERS.provenance]: preamble.provenance,
      [SURFACE_HEADERS.preamble]: encodeURIComponent(preamble.text ?? ""),
      [SURFACE_HEADERS.model]: encodeURIComponent(model.label),
      [SURFACE_HEADERS.offline]: String(model.offline),
    },
  });
}

/**
 * The text deltas as UTF-8. A model failure errors the body, so the client's read fails and it shows the
 * error: a plain text stream has no other way to say "this is not the whole answer".
 */
export function toPlainText(parts: ReadableStream<Part>): ReadableStream<Uint8Array> {
  const reader = parts.getReader();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.type === "error") {
          controller.error(new Error(replyErrorText(next.value.error)));
          await reader.cancel();
          return;
        }
        if (next.value.type === "text-delta" && next.value.text) {
          controller.enqueue(encoder.encode(next.value.text));
          return;
        }
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
