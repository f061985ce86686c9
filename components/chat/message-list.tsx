"use client";

import { Markdown } from "@/components/ai/markdown";
import { ModelBadge } from "@/components/ai/model-badge";
import { Thumbs } from "@/components/ai/thumbs";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { textOf, type ChatUIMessage } from "@/lib/ai/client-contract";

/**
 * The conversation. The reply being written is a polite live region, so screen readers hear it once it settles
 * rather than word by word; each finished reply carries who wrote it, which paragraph version, and its thumbs.
 */
export function MessageList({
  messages,
  streamingId,
  thinking,
  onRetry,
}: {
  messages: ChatUIMessage[];
  /** The assistant message being streamed, if any. */
  streamingId: string | null;
  /** Sent, no reply started yet. */
  thinking: boolean;
  /** Retry the last reply when it failed (shown on that reply only). */
  onRetry: (() => void) | null;
}) {
  const last = messages.at(-1);
  return (
    <ol aria-label="Messages" className="space-y-5" data-testid="messages">
      {messages.map((m) =>
        m.role === "user" ? (
          <li key={m.id} className="flex justify-end" data-testid="user-message">
            <p className="max-w-[85%] rounded-2xl rounded-br-md bg-brand-600 px-4 py-2.5 leading-relaxed whitespace-pre-wrap wrap-anywhere text-white dark:bg-brand-500">
              {textOf(m)}
            </p>
          </li>
        ) : (
          <AssistantMessage
            key={m.id}
            message={m}
            streaming={m.id === streamingId}
            onRetry={m === last ? onRetry : null}
          />
        ),
      )}
      {thinking && (
        <li role="status" className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="thinking">
          <Spinner />
          Thinking…
        </li>
      )}
    </ol>
  );
}

function AssistantMessage({
  message,
  streaming,
  onRetry,
}: {
  message: ChatUIMessage;
  streaming: boolean;
  onRetry: (() => void) | null;
}) {
  const meta = message.metadata ?? {};
  const text = textOf(message);
  const status = streaming ? "streaming" : (meta.status ?? "complete");
  const version = meta.summaryVersion ?? meta.preamble?.version;
  return (
    <li className="space-y-2" data-testid="assistant-message" data-status={status}>
      <div
        aria-live={streaming ? "polite" : undefined}
        aria-busy={streaming || undefined}
        className="max-w-[95%] min-w-0 rounded-2xl rounded-bl-md border border-zinc-200 bg-white px-4 py-3 leading-relaxed shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        data-testid="assistant-text"
      >
        {text ? <Markdown streaming={streaming}>{text}</Markdown> : status === "error" ? <em className="text-zinc-500">No reply.</em> : null}
        {streaming && !text && <span aria-hidden className="ml-0.5 inline-block h-4 w-1.5 animate-pulse bg-zinc-400 align-middle motion-reduce:animate-none" />}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pl-1 text-xs text-zinc-500 dark:text-zinc-400">
        {meta.model && <ModelBadge model={meta.model} testId="reply-model" />}
        {version !== undefined && (
          <span data-testid="reply-version">{version === 0 ? "no preamble" : `paragraph v${version}`}</span>
        )}
        {status === "stopped" && <span data-testid="reply-stopped">Stopped</span>}
        {status === "error" && <span className="text-red-700 dark:text-red-400">This reply failed before it finished.</span>}
        {status === "error" && onRetry && (
          <Button size="sm" variant="ghost" onClick={onRetry} aria-label="Retry this reply">
            Retry
          </Button>
        )}
        {!streaming && meta.responseId && status !== "error" && text && (
          <Thumbs responseId={meta.responseId} initial={meta.thumb ?? null} />
        )}
      </div>
    </li>
  );
}
