"use client";

import { useChat } from "@ai-sdk/react";
import { useQueryClient } from "@tanstack/react-query";
import { DefaultChatTransport } from "ai";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ModelBadge } from "@/components/ai/model-badge";
import { WhatTheAiSees, contextKey } from "@/components/ai/what-the-ai-sees";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { textOf, type ChatUIMessage, type ContextDto, type SentPreamble } from "@/lib/ai/client-contract";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { RecentChats, type ChatSummary } from "./recent-chats";

const STARTERS = [
  "Why does ice float on water?",
  "How do vaccines train the immune system?",
  "What is compound interest?",
  "Briefly: what is a black hole?",
];

type Failure = { message: string; code?: string };

/**
 * Refused before anything was stored: bad input, or over the reply quota (whose message says when to try
 * again). The question goes back into the box, and a Retry button would only be refused again.
 */
const notKept = (code: string | undefined) => !!code && (code.startsWith("bad_request") || code.startsWith("too_many_requests"));

/** useChat's error: a refused request carries our JSON error body; a failed stream carries its error text. */
function describe(error: Error): Failure {
  try {
    const body = JSON.parse(error.message) as { error?: Failure };
    if (body.error?.message) return body.error;
  } catch {
    // not JSON: a stream error text or a network failure
  }
  if (/fetch|network/i.test(error.message)) {
    return { message: "The server could not be reached. Check your connection and try again." };
  }
  return { message: error.message || "Something went wrong. Try again." };
}

export type ChatScreenProps = {
  conversationId: string;
  isNew: boolean;
  initialMessages: ChatUIMessage[];
  chats: ChatSummary[];
  context: ContextDto;
  /** The preamble the last stored reply was written with (for the panel before anything new is sent). */
  lastSent: SentPreamble | null;
  /** A temporary chat (`/chat?temporary=1`): nothing is stored, nothing can be thumbed, nothing shapes the profile. */
  temporary?: boolean;
};

/** What a temporary chat sends: its own conversation so far, text only, without failed or empty replies. */
function temporaryHistory(messages: ChatUIMessage[]) {
  return messages
    .filter((m) => m.role === "user" || (m.role === "assistant" && m.metadata?.status !== "error" && textOf(m).trim() !== ""))
    .map((m) => ({ role: m.role, parts: [{ type: "text" as const, text: textOf(m) }] }));
}

export function ChatScreen({ conversationId, isNew, initialMessages, chats: initialChats, context, lastSent, temporary = false }: ChatScreenProps) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [input, setInput] = useState("");
  const [chats, setChats] = useState(initialChats);
  const [stopped, setStopped] = useState<ReadonlySet<string>>(new Set());
  const started = useRef(!isNew);
  const bottom = useRef<HTMLDivElement>(null);
  const [transport] = useState(
    () =>
      new DefaultChatTransport<ChatUIMessage>({
        api: temporary ? "/api/chat/temporary" : "/api/chat",
        // Only the new message travels, as a UI message with its text parts; the server's stored conversation is
        // the history (and a client cannot rewrite it). A temporary chat has no stored conversation: it sends its own.
        prepareSendMessagesRequest: ({ id, messages, trigger }) => {
          if (temporary) return { body: { messages: temporaryHistory(messages) } };
          const question = messages.findLast((m) => m.role === "user");
          const parts = question?.parts.flatMap((p) => (p.type === "text" ? [{ type: "text" as const, text: p.text }] : []));
          const message = question && parts?.length ? { id: question.id, role: "user" as const, parts } : undefined;
          return { body: { trigger, conversationId: id, ...(message ? { message } : {}) } };
        },
      }),
  );
  const latest = useRef<ChatUIMessage[]>(initialMessages);
  const { messages, sendMessage, regenerate, stop, status, error, clearError, setMessages } = useChat<ChatUIMessage>({
    id: conversationId,
    messages: initialMessages,
    transport,
    // Render at most every 50 ms: a long reply stays smooth and the screen keeps up with the stream.
    throttle: 50,
    onFinish: () => void queryClient.invalidateQueries({ queryKey: contextKey("chat") }),
    onError: (err) => {
      // A refused message (too long, empty, over the quota) goes back into the box instead of sitting unanswered.
      const question = latest.current.at(-1);
      if (notKept(describe(err).code) && question?.role === "user") {
        setMessages((ms) => ms.filter((m) => m.id !== question.id));
        setInput(textOf(question));
        // Refused as the chat's first message: the chat was never stored, so it takes back its address and its
        // place in "Recent chats" (a reload of /chat/<id> would be a 404, the listed link a dead end).
        if (isNew && !temporary && latest.current.length === 1) {
          started.current = false;
          window.history.replaceState(null, "", "/chat");
          setChats((cs) => cs.filter((c) => c.id !== conversationId));
        }
      }
    },
  });
  useEffect(() => {
    latest.current = messages;
  }, [messages]);

  const busy = status === "submitted" || status === "streaming";
  const last = messages.at(-1);
  // The reply being written: useChat adds it on the stream's start (with its metadata) while still "submitted".
  const streamingId = busy && last?.role === "assistant" ? last.id : null;
  const failure = error ? describe(error) : null;
  const refused = notKept(failure?.code);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length, status]);

  // The reply that failed: the last one while the chat is in its error state, or a stored failed one.
  const shown = messages.map((m) =>
    m.role !== "assistant"
      ? m
      : m === last && status === "error"
        ? { ...m, metadata: { ...m.metadata, status: "error" as const } }
        : stopped.has(m.id) && !m.metadata?.status
          ? { ...m, metadata: { ...m.metadata, status: "stopped" as const } }
          : m,
  );
  const lastAssistant = messages.findLast((m) => m.role === "assistant");
  const sent =
    lastAssistant?.metadata?.preamble ??
    (lastAssistant && initialMessages.some((m) => m.id === lastAssistant.id) ? lastSent : null);

  const send = (text: string) => {
    clearError();
    setInput("");
    void sendMessage({ text });
    if (!started.current && !temporary) {
      started.current = true;
      // The chat now exists: give it its own address (reload reopens it) and list it.
      window.history.replaceState(null, "", `/chat/${conversationId}`);
      setChats((cs) => [{ id: conversationId, title: text.length > 60 ? `${text.slice(0, 59)}…` : text }, ...cs]);
    }
  };
  const retry = () => {
    clearError();
    void regenerate();
  };
  const onStop = () => {
    if (streamingId) setStopped((ids) => new Set(ids).add(streamingId));
    void stop();
  };

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="chat-title" className="flex min-w-0 flex-col gap-4">
        <header className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <h1 id="chat-title" className="text-2xl font-semibold tracking-tight">
              Chat
            </h1>
            <ModelBadge model={context.model} testId="chat-model" />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              role="switch"
              aria-checked={temporary}
              data-testid="temporary-toggle"
              onClick={() => router.push(temporary ? "/chat" : "/chat?temporary=1")}
              className="inline-flex h-8 items-center gap-2 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium shadow-sm hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-500 aria-checked:border-amber-400 aria-checked:bg-amber-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800 dark:aria-checked:border-amber-700 dark:aria-checked:bg-amber-950/60"
            >
              <span
                aria-hidden
                className={`relative inline-block h-4 w-7 rounded-full transition-colors ${temporary ? "bg-amber-500" : "bg-zinc-300 dark:bg-zinc-600"}`}
              >
                <span className={`absolute top-0.5 size-3 rounded-full bg-white shadow transition-all ${temporary ? "left-3.5" : "left-0.5"}`} />
              </span>
              Temporary chat
            </button>
          <Link
            href="/chat"
            className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium shadow-sm hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          >
            <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M8 3v10M3 8h10" />
            </svg>
            New chat
          </Link>
          </div>
        </header>

        {temporary && (
          <p
            role="note"
            data-testid="temporary-notice"
            className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
          >
            <strong>Temporary chat.</strong> Nothing of it is saved: it is not in your chats, its replies cannot be rated,
            and it never shapes your reading brain. Your paragraph still starts every reply. Leaving or reloading the page
            ends it.
          </p>
        )}

        {messages.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-zinc-300 p-6 text-center dark:border-zinc-700" data-testid="chat-empty">
            <p className="font-medium">Ask anything, and watch your paragraph shape the answer.</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Every reply starts with your reading brain: see it in “What the AI sees”.
            </p>
            <div className="mt-4 flex flex-wrap justify-center gap-2">
              {STARTERS.map((s) => (
                <Button key={s} size="sm" onClick={() => send(s)}>
                  {s}
                </Button>
              ))}
            </div>
          </div>
        ) : (
          <MessageList
            messages={shown}
            streamingId={streamingId}
            thinking={status === "submitted" && streamingId === null}
            onRetry={busy || status === "error" ? null : retry}
          />
        )}

        {failure && (
          <InlineAlert tone="error" onDismiss={clearError} testId="chat-error">
            <p>{failure.message}</p>
            {!refused && failure.code !== "not_found:chat" && (
              <Button size="sm" variant="secondary" className="mt-2" onClick={retry}>
                Retry
              </Button>
            )}
            {failure.code === "not_found:chat" && (
              <Link href="/chat" className="mt-1 inline-block font-medium underline">
                Start a new chat
              </Link>
            )}
          </InlineAlert>
        )}

        <div ref={bottom} />
        <Composer value={input} onChange={setInput} onSend={send} onStop={onStop} busy={busy} />
      </section>

      <aside className="flex min-w-0 flex-col gap-4 lg:sticky lg:top-4 lg:self-start" aria-label="About this chat">
        <WhatTheAiSees surface="chat" initialNext={context} sent={sent} />
        <RecentChats chats={chats} currentId={conversationId} />
      </aside>
    </div>
  );
}
