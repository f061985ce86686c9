"use client";

import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessageChunk } from "ai";
import { useCallback, useEffect, useRef, useState } from "react";
import { textOf, type ChatMetadata, type ChatUIMessage, type ModelLabel, type SentPreamble } from "@/lib/ai/client-contract";

export type TextSurface = "explain" | "summarize" | "preview";
export type RunMeta = { responseId: string; preamble: SentPreamble; model: ModelLabel };
export type TextRun = {
  status: "idle" | "streaming" | "done" | "stopped" | "error";
  text: string;
  error: string | null;
  /** Set when the error is a quota refusal (429): its message says when to try again, and Retry would not help. */
  retryAfterSeconds?: number;
  meta: RunMeta | null;
};

/** A refused request: its JSON error's words (and, over a quota, its wait). */
class Refusal extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

const IDLE: TextRun = { status: "idle", text: "", error: null, meta: null };

/** The start metadata of a surface turn (ids, preamble, model): what the "What the AI sees" panel shows. */
function readMeta(metadata: ChatMetadata | undefined): RunMeta | null {
  if (!metadata?.responseId || !metadata.preamble || !metadata.model) return null;
  return { responseId: metadata.responseId, preamble: metadata.preamble, model: metadata.model };
}

/** The response body as UI message chunks; a chunk that does not parse fails the read like a broken stream. */
function chunks(body: ReadableStream<Uint8Array>): ReadableStream<UIMessageChunk> {
  return parseJsonEventStream({ stream: body, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(result, controller) {
        if (result.success) controller.enqueue(result.value);
        else controller.error(result.error);
      },
    }),
  );
}

/**
 * One streamed reply from a text surface (POST /api/explain, /api/summarize, /api/preview), read as the AI
 * SDK's UI message stream: the metadata comes with the stream's start, the text as it streams, and an error
 * chunk (the model failed, or the reply could not be stored) ends the run as an error with the partial text
 * kept on screen. A new run stops the one in flight; late chunks of a stopped run are ignored.
 */
export function useTextSurface(surface: TextSurface) {
  const [state, setState] = useState<TextRun>(IDLE);
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(
    async (body?: { text: string }) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const update = (f: (s: TextRun) => TextRun) => {
        if (current.current === controller) setState(f);
      };
      update(() => ({ status: "streaming", text: "", error: null, meta: null }));
      try {
        const res = await fetch(`/api/${surface}`, {
          method: "POST",
          headers: body ? { "content-type": "application/json" } : undefined,
          body: body ? JSON.stringify(body) : undefined,
          signal: controller.signal,
        });
        if (!res.ok || !res.body) {
          const json = (await res.json().catch(() => null)) as { error?: { message?: string; retryAfterSeconds?: number } } | null;
          throw new Refusal(json?.error?.message ?? "The request failed. Try again.", json?.error?.retryAfterSeconds);
        }
        let failure: string | null = null;
        const messages = readUIMessageStream<ChatUIMessage>({
          stream: chunks(res.body),
          onError: (err) => {
            failure = err instanceof Error ? err.message : String(err);
          },
        });
        for await (const message of messages) {
          const meta = readMeta(message.metadata);
          update((s) => ({ ...s, text: textOf(message), meta: meta ?? s.meta }));
        }
        if (failure) throw new Error(failure);
        update((s) => ({ ...s, status: "done" }));
      } catch (err) {
        if (controller.signal.aborted) {
          update((s) => ({ ...s, status: "stopped" }));
          return;
        }
        const message =
          err instanceof TypeError
            ? "The reply broke off before it finished (the model or the connection failed). What arrived is kept; try again."
            : err instanceof Error
              ? err.message
              : "Something went wrong. Try again.";
        const retryAfterSeconds = err instanceof Refusal ? err.retryAfterSeconds : undefined;
        update((s) => ({ ...s, status: "error", error: message, retryAfterSeconds }));
      }
    },
    [surface],
  );

  const stop = useCallback(() => current.current?.abort(), []);
  return { ...state, run, stop };
}
