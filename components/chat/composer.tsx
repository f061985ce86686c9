"use client";

import { useEffect, useRef, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { TEXT_MAX } from "@/app/api/chat/schema";

/** Show the counter only when it matters. */
const COUNTER_FROM = TEXT_MAX - 1000;

/**
 * The message box: Enter sends, Shift+Enter adds a line. While a reply streams, Send becomes Stop. The same
 * limits the server enforces are checked here first, so a refused send is rare.
 */
export function Composer({
  value,
  onChange,
  onSend,
  onStop,
  busy,
}: {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  onStop: () => void;
  busy: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const length = value.length;
  const over = length > TEXT_MAX;
  const canSend = !busy && value.trim() !== "" && !over;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 240)}px`;
  }, [value]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (canSend) onSend(value.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} className="rounded-2xl border border-zinc-300 bg-white p-2 shadow-sm focus-within:border-brand-500 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900">
      <label htmlFor="chat-input" className="sr-only">
        Message
      </label>
      <textarea
        id="chat-input"
        ref={ref}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Ask anything. Enter sends, Shift+Enter adds a line."
        aria-describedby="chat-input-help"
        aria-invalid={over || undefined}
        className="block max-h-60 w-full resize-none bg-transparent px-2 py-1.5 leading-relaxed text-zinc-900 placeholder:text-zinc-400 focus-visible:outline-none dark:text-zinc-100"
      />
      <div className="flex items-center justify-between gap-3 px-1 pt-1">
        <p id="chat-input-help" className="text-xs text-zinc-500 dark:text-zinc-400">
          {length >= COUNTER_FROM ? (
            <span className={`tabular-nums ${over ? "font-medium text-red-700 dark:text-red-400" : ""}`}>
              {length.toLocaleString("en")} / {TEXT_MAX.toLocaleString("en")} characters
              {over && ` — ${(length - TEXT_MAX).toLocaleString("en")} too many`}
            </span>
          ) : (
            <span className="hidden sm:inline">Enter to send · Shift+Enter for a new line</span>
          )}
        </p>
        {busy ? (
          <Button variant="secondary" size="sm" onClick={onStop} aria-label="Stop generating" data-testid="chat-stop">
            <span aria-hidden className="size-2.5 rounded-[2px] bg-current" />
            Stop
          </Button>
        ) : (
          <Button type="submit" variant="primary" size="sm" disabled={!canSend} aria-label="Send message" data-testid="chat-send">
            Send
          </Button>
        )}
      </div>
    </form>
  );
}
