import type { LanguageModelV4Middleware, LanguageModelV4StreamPart } from "@ai-sdk/provider";

/**
 * The offline model streams one word per chunk, and every chunk costs the same on its way out however small it
 * is: AI SDK stream parts, the UI message stream's encoding, one network write (and with Next's compression, one
 * gzip flush). This middleware merges consecutive text deltas of a reply: the first is passed on at once (the
 * time to first token stays what it was), later ones are held until MAX_CHARS have gathered or MAX_WAIT_MS have
 * passed since the first held one, and anything else (the end of the text, an error, the finish) flushes them
 * first, so the text and the order of the parts are unchanged. A reply of ~6.5 KB becomes about 8 chunks.
 */
export const COALESCE = { maxChars: 1024, maxWaitMs: 50 } as const;

export function coalesceTextDeltas(
  limits: { maxChars: number; maxWaitMs: number } = COALESCE,
): LanguageModelV4Middleware {
  return {
    specificationVersion: "v4",
    wrapStream: async ({ doStream }) => {
      const result = await doStream();
      return { ...result, stream: result.stream.pipeThrough(coalescer(limits)) };
    },
  };
}

export function coalescer({ maxChars, maxWaitMs }: { maxChars: number; maxWaitMs: number }) {
  let held: { id: string; delta: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const seen = new Set<string>();
  let out: TransformStreamDefaultController<LanguageModelV4StreamPart> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const part = held;
    held = null;
    if (!part || !out) return;
    try {
      out.enqueue({ type: "text-delta", id: part.id, delta: part.delta });
    } catch (err) {
      // A timer that fires after the reader went away (stop button, client gone): there is no one to tell.
      if (!(err instanceof TypeError)) throw err;
    }
  };
  return new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
    start(controller) {
      out = controller;
    },
    transform(part, controller) {
      if (part.type !== "text-delta" || part.providerMetadata) {
        flush();
        controller.enqueue(part);
        return;
      }
      if (!seen.has(part.id)) {
        // The first delta of a text goes out at once.
        flush();
        seen.add(part.id);
        controller.enqueue(part);
        return;
      }
      if (held && held.id !== part.id) flush();
      held = held ? { id: held.id, delta: held.delta + part.delta } : { id: part.id, delta: part.delta };
      if (held.delta.length >= maxChars) flush();
      else timer ??= setTimeout(flush, maxWaitMs);
    },
    flush() {
      flush();
      out = null;
    },
  });
}
