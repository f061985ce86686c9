"use client";

import { useState } from "react";
import { checkRefinementAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ProfileView } from "@/lib/profile/view";
import { RelativeTime } from "./relative-time";
import { errorMessage, useProfileMutation } from "./use-profile";

const LAST_STATUS: Record<NonNullable<ProfileView["refinement"]["last"]>["status"], string> = {
  aligned: "in line with your thumbs",
  diverged: "your thumbs diverged",
  insufficient: "not enough thumbs",
  failed: "could not finish",
};

/**
 * The refinement loop made visible: how often the paragraph predicted the user's thumbs in recent checks, the
 * last check and what it did, a sentence waiting to be folded in, and "Check my thumbs now".
 */
export function AlignmentFigure({ view }: { view: ProfileView }) {
  const { alignment, last, waiting, skips } = view.refinement;
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = useProfileMutation<Record<string, never>>({ action: checkRefinementAction });
  const percent = alignment ? Math.round((100 * alignment.predicted) / alignment.sampled) : null;

  function run() {
    setNotice(null);
    setError(null);
    check.mutate({}, { onSuccess: (r) => setNotice(r.notice), onError: (e) => setError(errorMessage(e)) });
  }

  return (
    <Card
      id="alignment"
      testId="alignment-figure"
      busy={check.isPending}
      title="Does your paragraph predict your thumbs?"
      description="After every 20 replies, 5 of your recent thumbed replies are picked at random and your paragraph alone is asked whether you liked each."
      actions={
        <Button size="sm" onClick={run} busy={check.isPending}>
          Check my thumbs now
        </Button>
      }
    >
      <div className="space-y-3">
        {alignment && percent !== null ? (
          <p data-testid="alignment-value" className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-3xl font-semibold tabular-nums">{percent}%</span>
            <span className="text-sm text-zinc-700 dark:text-zinc-300">
              Your paragraph predicted {percent}% of your thumbs ({alignment.predicted} of {alignment.sampled}) in the last{" "}
              {alignment.checks === 1 ? "check" : `${alignment.checks} checks`}.
            </span>
          </p>
        ) : (
          <p data-testid="alignment-value" className="text-sm text-zinc-600 dark:text-zinc-400">
            No checks yet. Thumb some replies in the chat; a check runs after every 20 replies.
          </p>
        )}
        {alignment && percent !== null && (
          <div
            role="meter"
            aria-label="Thumbs predicted"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}%`}
            className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className={`h-full rounded-full ${percent >= 60 ? "bg-emerald-500" : "bg-amber-500"}`}
              style={{ width: `${percent}%` }}
            />
          </div>
        )}
        {last && (
          <p data-testid="alignment-last" className="text-sm text-zinc-600 dark:text-zinc-400">
            Last check <RelativeTime iso={last.createdAt} serverNow={view.now} />: {LAST_STATUS[last.status]}. {last.reason}
          </p>
        )}
        {waiting && (
          <p data-testid="alignment-waiting" className="text-sm">
            Waiting to be folded into your paragraph at its next re-evolution:{" "}
            <q className="font-medium text-zinc-900 dark:text-zinc-100">{waiting.text}</q>
          </p>
        )}
        {skips > 0 && (
          <p data-testid="alignment-skips" className="text-sm text-zinc-600 dark:text-zinc-400">
            You dismissed {skips === 1 ? "1 suggestion" : `${skips} suggestions`}; each is kept in your feedback as a skip.
          </p>
        )}
        <div className="empty:hidden">
          {error && (
            <InlineAlert tone="error" onDismiss={() => setError(null)} testId="alignment-error">
              {error}
            </InlineAlert>
          )}
          {notice && (
            <InlineAlert tone="info" onDismiss={() => setNotice(null)} testId="alignment-notice">
              {notice}
            </InlineAlert>
          )}
        </div>
      </div>
    </Card>
  );
}
