"use client";

import { useState } from "react";
import { Markdown } from "@/components/ai/markdown";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "./api-keys";

type Thumb = "up" | "down" | null;
type Run = { status: "idle" | "streaming" | "done" | "error"; text: string; id: string | null; error: string | null; thumb: Thumb };
const IDLE: Run = { status: "idle", text: "", id: null, error: null, thumb: null };

/** The events of an OpenAI SSE body, as they arrive: each `data:` line's JSON (stops at [DONE]). */
async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<Record<string, unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 2);
      if (!line.startsWith("data: ")) continue;
      if (line === "data: [DONE]") return;
      yield JSON.parse(line.slice(6)) as Record<string, unknown>;
    }
  }
}

const errorOf = (json: unknown) => (json as { error?: { message?: string } } | null)?.error?.message ?? "The gateway refused the request.";

/**
 * A small client of the gateway, in the page: the same request any app sends (POST /v1/chat/completions with
 * the key, streamed), then a thumb through /v1/feedback. It uses the key pasted (or just created) here only.
 */
export function TryIt({ apiKey, onKey, model, onUsed }: { apiKey: string; onKey: (key: string) => void; model: string; onUsed: () => void }) {
  const [message, setMessage] = useState("How do hash tables work?");
  const [run, setRun] = useState<Run>(IDLE);
  const headers = { authorization: `Bearer ${apiKey.trim()}`, "content-type": "application/json" };

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setRun({ ...IDLE, status: "streaming" });
    try {
      const res = await fetch("/v1/chat/completions", {
        method: "POST",
        headers,
        body: JSON.stringify({ model, stream: true, messages: [{ role: "user", content: message }] }),
      });
      if (!res.ok || !res.body) return setRun({ ...IDLE, status: "error", error: `${res.status}: ${errorOf(await res.json())}` });
      let text = "";
      let id: string | null = null;
      for await (const e of events(res.body)) {
        if (e.error) return setRun({ ...IDLE, status: "error", text, error: errorOf(e) });
        id ??= (e.id as string | undefined) ?? null;
        text += (e.choices as { delta?: { content?: string } }[] | undefined)?.[0]?.delta?.content ?? "";
        setRun({ ...IDLE, status: "streaming", text, id });
      }
      setRun({ ...IDLE, status: "done", text, id });
    } catch {
      setRun({ ...IDLE, status: "error", error: "The gateway could not be reached. Check your connection and try again." });
    } finally {
      onUsed();
    }
  }

  async function rate(thumb: Thumb) {
    if (!run.id) return;
    const res = await fetch("/v1/feedback", { method: "POST", headers, body: JSON.stringify({ id: run.id, rating: thumb }) });
    if (!res.ok) {
      const error = errorOf(await res.json());
      return setRun((r) => ({ ...r, error }));
    }
    setRun((r) => ({ ...r, thumb, error: null }));
    onUsed();
  }

  return (
    <Card id="try-it" title="Try it" description="Send one message through the gateway, exactly as an app would." testId="try-it">
      <form onSubmit={send} className="grid gap-3">
        <div className="grid gap-1.5">
          <label htmlFor="try-key" className="text-sm font-medium">
            API key
          </label>
          <input id="try-key" value={apiKey} onChange={(e) => onKey(e.target.value)} autoComplete="off" spellCheck={false} placeholder="pmk_…" className={`${inputClass} font-mono text-sm`} />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor="try-message" className="text-sm font-medium">
            Message
          </label>
          <textarea id="try-message" value={message} onChange={(e) => setMessage(e.target.value)} rows={2} className={`${inputClass} h-auto py-2`} />
        </div>
        <div>
          <Button type="submit" variant="primary" busy={run.status === "streaming"} disabled={!apiKey.trim() || !message.trim()}>
            Send through the gateway
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-3 space-y-2">
        {run.error && (
          <p role="alert" data-testid="try-error" className="text-sm text-red-700 dark:text-red-300">
            {run.error}
          </p>
        )}
        {run.text && (
          <div data-testid="try-reply" data-status={run.status} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <Markdown streaming={run.status === "streaming"}>{run.text}</Markdown>
          </div>
        )}
        {run.status === "done" && run.id && (
          <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Rate this reply">
            <span className="text-zinc-600 dark:text-zinc-400">Completion {run.id.slice(0, 8)}…</span>
            <Button size="sm" variant={run.thumb === "up" ? "primary" : "secondary"} aria-pressed={run.thumb === "up"} onClick={() => rate(run.thumb === "up" ? null : "up")}>
              👍 <span className="sr-only">Good reply</span>
            </Button>
            <Button size="sm" variant={run.thumb === "down" ? "primary" : "secondary"} aria-pressed={run.thumb === "down"} onClick={() => rate(run.thumb === "down" ? null : "down")}>
              👎 <span className="sr-only">Bad reply</span>
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
