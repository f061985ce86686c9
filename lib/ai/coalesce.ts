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

export type CoalesceLimits = { maxChars: number; maxWaitMs: number };

export function coalesceTextDeltas(limits: CoalesceLimits = COALESCE): LanguageModelV4Middleware {
  return {
    specificationVersion: "v4",
    wrapStream: async ({ doStream }) => {
      const result = await doStream();
      return { ...result, stream: coalesce(result.stream, limits) };
    },
  };
}

/**
 * The model's stream with its text deltas merged. A ReadableStream that reads the source itself, several
 * words per pull, rather than a TransformStream piped to: a pipe writes every word through a WritableStream
 * too (its queue, its backpressure, a promise per write), and for the words this stage exists to merge that
 * was most of its cost (issue 16: a 2.3 KB reply is ~400 of them). Cancelling it cancels the model's stream;
 * a source that throws errors it (what it held is dropped: the harness stores what was delivered, which is what
 * the user saw).
 */
export function coalesce(source: ReadableStream<LanguageModelV4StreamPart>, { maxChars, maxWaitMs }: CoalesceLimits): ReadableStream<LanguageModelV4StreamPart> {
  const reader = source.getReader();
  let held: { id: string; delta: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const seen = new Set<string>();
  let out: ReadableStreamDefaultController<LanguageModelV4StreamPart> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const part = held;
    held = null;
    if (part && out) out.enqueue({ type: "text-delta", id: part.id, delta: part.delta });
  };
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    held = null;
    out = null;
  };
  return new ReadableStream<LanguageModelV4StreamPart>({
    start(controller) {
      out = controller;
    },
    // Reads until it has something to pass on: a part that is not a held delta, or maxChars of text. While it
    // waits on a slow model the timer passes on what it holds.
    async pull(controller) {
      for (;;) {
        let next: ReadableStreamReadResult<LanguageModelV4StreamPart>;
        try {
          next = await reader.read();
        } catch (err) {
          // The stream errors with the source's error; the timer must not enqueue into it afterwards.
          stop();
          throw err;
        }
        const { done, value: part } = next;
        if (done) {
          flush();
          out = null;
          controller.close();
          return;
        }
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
        if (held.delta.length >= maxChars) {
          flush();
          return;
        }
        timer ??= setTimeout(flush, maxWaitMs);
      }
    },
    cancel(reason) {
      stop();
      return reader.cancel(reason);
    },
  });
}
