"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { getHistoryAction, revertAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { HistoryEntry, ProfileView } from "@/lib/profile/view";
import { ProvenanceBadge } from "./provenance-badge";
import { RelativeTime } from "./relative-time";
import { errorMessage, unwrap, useProfileMutation } from "./use-profile";

/**
 * The newest versions from the view (always current), then the older ones from the last full read: while a
 * new version's full read is on its way, the list is already right at the top.
 */
function merged(newest: HistoryEntry[], all: HistoryEntry[] | undefined): HistoryEntry[] {
  if (!all) return newest;
  const oldest = newest.at(-1)?.version ?? Number.POSITIVE_INFINITY;
  return [...newest, ...all.filter((v) => v.version < oldest)];
}

/**
 * Every version of the paragraph with its provenance and reason; reverting writes a new version. The view
 * carries the newest few; "Show all" reads the rest (once per new version, while the list is open).
 */
export function HistoryCard({ view }: { view: ProfileView }) {
  const [expanded, setExpanded] = useState(false);
  const [target, setTarget] = useState<HistoryEntry | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const revert = useProfileMutation<{ version: number }>({ action: revertAction });
  const current = view.summary.version;
  const older = view.historyCount > view.history.length;
  const all = useQuery({
    queryKey: ["profile-history", current, view.historyCount],
    queryFn: async () => unwrap(await getHistoryAction()),
    enabled: expanded && older,
    placeholderData: keepPreviousData,
  });
  const shown = expanded ? merged(view.history, all.data) : view.history;

  function confirmRevert() {
    if (!target) return;
    const version = target.version;
    setTarget(null);
    setMessage(null);
    revert.mutate(
      { version },
      {
        onSuccess: (r) => setMessage(r.notice ? { tone: "success", text: r.notice } : null),
        onError: (e) => setMessage({ tone: "error", text: errorMessage(e) }),
      },
    );
  }

  return (
    <Card
      id="history"
      testId="history-card"
      busy={revert.isPending}
      title="History"
      description="Every version the AI has read, newest first. Reverting brings an old one back as a new version."
    >
      {message && (
        <div className="mb-3">
          <InlineAlert tone={message.tone} onDismiss={() => setMessage(null)} testId={`history-${message.tone}`}>
            {message.text}
          </InlineAlert>
        </div>
      )}
      <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Paragraph versions">
        {shown.map((v) => (
          <li key={v.version} data-testid={`history-v${v.version}`} className="py-3 first:pt-0 last:pb-0">
            <div className="flex items-center justify-between gap-3">
              <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold tabular-nums">v{v.version}</span>
                <ProvenanceBadge provenance={v.provenance} />
              </div>
              {v.version === current ? (
                <Badge tone="zinc">Current</Badge>
              ) : (
                <Button
                  size="sm"
                  onClick={() => setTarget(v)}
                  busy={revert.isPending && revert.variables?.version === v.version}
                  disabled={revert.isPending}
                  aria-label={`Revert to version ${v.version}`}
                >
                  Revert
                </Button>
              )}
            </div>
            <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
              <RelativeTime iso={v.createdAt} serverNow={view.now} /> · why: {v.reason}
            </p>
            <details className="group mt-1.5">
              <summary className="cursor-pointer text-xs font-medium text-brand-700 select-none hover:underline dark:text-brand-100">
                <span className="group-open:hidden">Show text</span>
                <span className="hidden group-open:inline">Hide text</span>
              </summary>
              <p className="mt-2 rounded-lg bg-zinc-50 p-3 text-sm leading-relaxed whitespace-pre-wrap wrap-anywhere text-zinc-700 dark:bg-zinc-950/60 dark:text-zinc-300">
                {v.text}
              </p>
            </details>
          </li>
        ))}
      </ol>
      {expanded && older && all.isPending && (
        <p role="status" className="mt-3 text-sm text-zinc-500 dark:text-zinc-400" data-testid="history-loading">
          Loading the older versions…
        </p>
      )}
      {expanded && older && all.isError && !all.data && (
        <div className="mt-3">
          <InlineAlert tone="error" testId="history-load-error">
            Could not load the older versions.{" "}
            <button type="button" className="font-medium underline" onClick={() => void all.refetch()}>
              Try again
            </button>
          </InlineAlert>
        </div>
      )}
      {older && (
        <Button size="sm" variant="ghost" className="mt-3" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
          {expanded ? "Show fewer" : `Show all ${view.historyCount} versions`}
        </Button>
      )}

      <ConfirmDialog
        open={target !== null}
        title={target ? `Revert to version ${target.version}?` : "Revert?"}
        confirmLabel={target ? `Revert to v${target.version}` : "Revert"}
        onConfirm={confirmRevert}
        onCancel={() => setTarget(null)}
      >
        {target?.provenance === "user"
          ? `Its text comes back as a new version (v${current + 1}), pinned as you saved it. Your settings stay as they are.`
          : `Its text comes back as a new version (v${current + 1}), together with the settings and “about me” it was written from, so the controls will show what it says.`}
      </ConfirmDialog>
    </Card>
  );
}
