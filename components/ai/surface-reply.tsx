"use client";

import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Markdown } from "./markdown";
import { ModelBadge } from "./model-badge";
import { Thumbs } from "./thumbs";
import type { TextRun } from "./use-text-surface";
import type { Thumb } from "@/lib/ai/client-contract";

/**
 * One streamed reply of a text surface: the text as it arrives (a polite live region), a Stop button while it
 * streams, the error with a Retry when it breaks, and once it is done who wrote it, with which paragraph
 * version, and its thumbs.
 */
export function SurfaceReply({
  run,
  testId,
  onRetry,
  onStop,
  placeholder,
  thumbLabel = "reply",
  thumb = null,
  scroll = false,
}: {
  /** Keep a long reply in a scrolling box (the preview sits among other panels). */
  scroll?: boolean;
  run: TextRun;
  /** The stored thumb, for a reply loaded rather than just streamed. */
  thumb?: Thumb | null;
  testId: string;
  onRetry: () => void;
  onStop: () => void;
  placeholder: string;
  thumbLabel?: string;
}) {
  const streaming = run.status === "streaming";
  const finished = (run.status === "done" || run.status === "stopped") && run.text !== "";
  return (
    <div className="space-y-2" data-testid={testId} data-status={run.status}>
      {/* Refused before a word was written: the error below says it all; "Press Explain to…" above it would not. */}
      <div
        hidden={run.status === "error" && !run.text}
        aria-live="polite"
        aria-busy={streaming || undefined}
        data-testid={`${testId}-text`}
        tabIndex={scroll ? 0 : undefined}
        className={`min-h-16 min-w-0 rounded-xl bg-zinc-50 px-3 py-2.5 leading-relaxed dark:bg-zinc-950 ${scroll ? "max-h-80 overflow-y-auto" : ""}`}
      >
        {run.text ? (
          <Markdown streaming={streaming}>{run.text}</Markdown>
        ) : streaming ? (
          <span role="status" className="inline-flex items-center gap-2 text-sm text-zinc-500">
            <Spinner /> Thinking…
          </span>
        ) : (
          <span className="text-sm text-zinc-500 dark:text-zinc-400">{placeholder}</span>
        )}
      </div>
      {run.status === "error" && (
        <InlineAlert tone="error" testId={`${testId}-error`}>
          <p>{run.error}</p>
          {/* Over the quota the message says when to try again; a Retry now would be refused the same way. */}
          {run.retryAfterSeconds === undefined && (
            <Button size="sm" className="mt-2" onClick={onRetry}>
              Retry
            </Button>
          )}
        </InlineAlert>
      )}
      {(streaming || run.meta) && (
        <div className="flex min-h-8 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400">
          {streaming && (
            <Button size="sm" variant="secondary" onClick={onStop} aria-label="Stop generating">
              <span aria-hidden className="size-2.5 rounded-[2px] bg-current" />
              Stop
            </Button>
          )}
          {run.meta && <ModelBadge model={run.meta.model} testId={`${testId}-model`} />}
          {run.meta && (
            <span data-testid={`${testId}-version`}>
              {run.meta.preamble.version === 0 ? "no preamble" : `paragraph v${run.meta.preamble.version}`}
            </span>
          )}
          {run.status === "stopped" && <span>Stopped</span>}
          {finished && run.meta?.responseId && (
            <Thumbs key={run.meta.responseId} responseId={run.meta.responseId} initial={thumb} label={thumbLabel} />
          )}
        </div>
      )}
    </div>
  );
}
