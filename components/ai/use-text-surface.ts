"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { SURFACE_HEADERS, type ModelLabel, type SentPreamble } from "@/lib/ai/client-contract";
import type { Provenance } from "@/db/schema";

export type TextSurface = "explain" | "summarize" | "preview";
export type RunMeta = { responseId: string; preamble: SentPreamble; model: ModelLabel };
export type TextRun = {
  status: "idle" | "streaming" | "done" | "stopped" | "error";
  text: string;
  error: string | null;
  meta: RunMeta | null;
};

const IDLE: TextRun = { status: "idle", text: "", error: null, meta: null };

function readMeta(headers: Headers): RunMeta {
  const preamble = decodeURIComponent(headers.get(SURFACE_HEADERS.preamble) ?? "");
  return {
    responseId: headers.get(SURFACE_HEADERS.responseId) ?? "",
    preamble: {
      text: preamble === "" ? null : preamble,
      provenance: (headers.get(SURFACE_HEADERS.provenance) ?? "empty") as Provenance,
      version: Number(headers.get(SURFACE_HEADERS.version) ?? 0),
    },
    model: {
      label: decodeURIComponent(headers.get(SURFACE_HEADERS.model) ?? ""),
      offline: headers.get(SURFACE_HEADERS.offline) === "true",
    },
  };
}

/**
 * One streamed reply from a text surface (POST /api/explain, /api/summarize, /api/preview). A new run stops the
 * one in flight; late chunks of a stopped run are ignored. A body that breaks off mid-way is an error, with the
 * partial text kept on screen.
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
          const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(json?.error?.message ?? "The request failed. Try again.");
        }
        const meta = readMeta(res.headers);
        update((s) => ({ ...s, meta }));
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          const chunk = decoder.decode(value, { stream: true });
          update((s) => ({ ...s, text: s.text + chunk }));
        }
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
        update((s) => ({ ...s, status: "error", error: message }));
      }
    },
    [surface],
  );

  const stop = useCallback(() => current.current?.abort(), []);
  return { ...state, run, stop };
}
