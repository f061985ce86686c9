"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ProvenanceBadge } from "@/components/profile/provenance-badge";
import { Card } from "@/components/ui/card";
import type { Surface } from "@/lib/ai/prompts";
import type { ContextDto, SentPreamble } from "@/lib/ai/client-contract";

export const contextKey = (surface: Surface) => ["ai-context", surface] as const;

async function fetchContext(surface: Surface): Promise<ContextDto> {
  const res = await fetch(`/api/chat/context?surface=${surface}`, { cache: "no-store" });
  if (!res.ok) throw new Error("Could not load what the AI sees.");
  return (await res.json()) as ContextDto;
}

/** What the next call on a surface will be given; refreshed when the tab regains focus (another tab edited it). */
export function useSurfaceContext(surface: Surface, initial: ContextDto): ContextDto {
  const { data } = useQuery({
    queryKey: contextKey(surface),
    queryFn: () => fetchContext(surface),
    initialData: initial,
    staleTime: 0,
  });
  return data;
}

/**
 * "What the AI sees": the exact preamble sent with the last reply (its provenance and version), or, before any
 * reply, the one the next message will carry. Says so when the paragraph changed since the last reply.
 */
export function WhatTheAiSees({
  surface,
  initialNext,
  sent,
}: {
  surface: Surface;
  initialNext: ContextDto;
  /** The preamble of the last reply on this page; null before there is one. */
  sent: SentPreamble | null;
}) {
  const next = useSurfaceContext(surface, initialNext);
  const shown = sent ?? next.preamble;
  const changed = sent !== null && sent.version !== next.preamble.version;

  return (
    <Card
      id={`ai-sees-${surface}`}
      testId="ai-sees"
      title="What the AI sees"
      description={
        shown.text === null
          ? `Nothing about you was sent with ${sent ? "the last reply" : "your messages"}.`
          : sent
            ? "Sent with the last reply, before your message."
            : "Sent with your next message, before it."
      }
    >
      {shown.text === null ? (
        <div data-testid="ai-sees-empty" className="space-y-2 text-sm">
          <p className="font-medium">No preamble: your reading brain is empty — the AI knows nothing about you.</p>
          <p className="text-zinc-600 dark:text-zinc-400">
            Replies are written for nobody in particular. Seven quick questions give the AI a paragraph about you.
          </p>
        </div>
      ) : (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <ProvenanceBadge provenance={shown.provenance} />
            <span data-testid="ai-sees-version">version {shown.version}</span>
          </div>
          <blockquote
            data-testid="ai-sees-preamble"
            className="max-h-72 overflow-y-auto rounded-lg border-l-4 border-brand-500 bg-zinc-50 px-3 py-2 text-sm leading-relaxed whitespace-pre-wrap wrap-anywhere dark:bg-zinc-950"
          >
            {shown.text}
          </blockquote>
        </div>
      )}
      {changed && (
        <p role="status" data-testid="ai-sees-changed" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
          {next.preamble.text === null
            ? "Your paragraph has been cleared since. Your next message will be sent with no preamble."
            : `Your paragraph has changed since (now version ${next.preamble.version}). Your next message will be sent with the new one.`}
        </p>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-zinc-600 select-none hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          Full system prompt for the next message
        </summary>
        <pre data-testid="ai-sees-system" className="mt-2 max-h-72 overflow-auto rounded-lg bg-zinc-100 p-3 text-xs whitespace-pre-wrap dark:bg-zinc-950">
          {next.system}
        </pre>
      </details>
      <Link
        href="/profile"
        className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-100"
      >
        {shown.text === null ? "Set up your reading brain →" : "Edit it in the Profile Maker →"}
      </Link>
    </Card>
  );
}
