"use client";

import { useState } from "react";
import { checkDriftAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DIMENSIONS, DIMENSION_LABELS, type Dimension } from "@/lib/personality/atoms";
import type { ProfileView } from "@/lib/profile/view";
import { DriftChart, DriftChartLegend } from "./drift-chart";
import { errorMessage, useProfileMutation } from "./use-profile";

function listOf(dims: Dimension[]): string {
  const names = dims.map((d) => DIMENSION_LABELS[d]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What happens next for a drifting profile, by provenance (docs/design.md, L2). */
function nextStep(view: ProfileView): string {
  switch (view.summary.provenance) {
    case "user":
      return "Your paragraph is pinned, so it is never rewritten: a suggested sentence waits above it until you accept or dismiss it.";
    case "onboarding":
      return "Your paragraph still comes from onboarding: it is rewritten from your feedback once you have given 30 thumbs and made 10 adjustments.";
    default:
      return "The next check rewrites your paragraph from your feedback.";
  }
}

/**
 * The drift detector made visible: which controls drift, the chart behind each, and "Check for drift now" (the
 * same sweep the schedule runs every 15 minutes, for this user only).
 */
export function DriftPanel({ view }: { view: ProfileView }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Finished checks, so a repeated check's answer is told apart from the previous one's. */
  const [runs, setRuns] = useState(0);
  const check = useProfileMutation<Record<string, never>>({ action: checkDriftAction });
  const drifting = view.drifting;
  // Drift that fired within the last 20 signals and was already acted on (a re-evolution): still shown, so the
  // user can see why the paragraph changed.
  const resolved = DIMENSIONS.filter((d) => !drifting.includes(d) && (view.estimates[d]?.series.driftIndex ?? null) !== null);
  const others = DIMENSIONS.filter((d) => !drifting.includes(d) && !resolved.includes(d) && view.estimates[d]);

  function run() {
    setNotice(null);
    setError(null);
    check.mutate(
      {},
      {
        onSuccess: (r) => setNotice(r.notice),
        onError: (e) => setError(errorMessage(e)),
        onSettled: () => setRuns((n) => n + 1),
      },
    );
  }

  return (
    <Card
      id="drift"
      testId="drift-panel"
      busy={check.isPending}
      title="Drift in your feedback"
      description="Every 15 minutes your feedback on each control is compared with your long-run pattern. One unusual session is never enough: when the change carries on over more sessions, the control is marked until that is resolved."
      actions={
        <Button size="sm" onClick={run} busy={check.isPending}>
          Check for drift now
        </Button>
      }
    >
      <div className="space-y-4">
        <div data-testid="drift-result" data-runs={runs} className="empty:hidden">
          {error && (
            <InlineAlert tone="error" onDismiss={() => setError(null)} testId="drift-error">
              {error}
            </InlineAlert>
          )}
          {notice && (
            <InlineAlert tone="info" onDismiss={() => setNotice(null)} testId="drift-notice">
              {notice}
            </InlineAlert>
          )}
        </div>
        <p data-testid="drift-status" className="text-sm">
          {drifting.length > 0 ? (
            <>
              <span className="font-medium text-rose-700 dark:text-rose-300">Drifting: {listOf(drifting)}.</span> {nextStep(view)}
            </>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">
              {others.length + resolved.length > 0
                ? "No control is drifting."
                : "No feedback yet: thumbs on replies and control changes build it up."}
            </span>
          )}
        </p>
        {(drifting.length > 0 || resolved.length > 0 || others.length > 0) && <DriftChartLegend />}
        {[...drifting, ...resolved].map((dim) => {
          const estimate = view.estimates[dim];
          const open = drifting.includes(dim);
          return (
            <div
              key={dim}
              id={`drift-${dim}`}
              data-testid={`drift-dimension-${dim}`}
              className={`scroll-mt-20 rounded-lg border p-3 ${open ? "border-rose-200 dark:border-rose-900/70" : "border-zinc-200 dark:border-zinc-800"}`}
            >
              <h3 className="mb-1 text-sm font-medium">
                {DIMENSION_LABELS[dim]}
                <span className="font-normal text-zinc-600 dark:text-zinc-400">
                  {open ? " · drifting" : " · drift resolved"}
                </span>
              </h3>
              {estimate ? (
                <DriftChart dim={dim} series={estimate.series} lastDriftAt={estimate.lastDriftAt} now={view.now} />
              ) : (
                <p className="text-xs text-zinc-600 dark:text-zinc-400">No signals are left to chart.</p>
              )}
            </div>
          );
        })}
        {others.length > 0 && (
          <details className="group" data-testid="drift-all-charts">
            <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-100">
              Charts for the other controls with feedback ({others.length})
            </summary>
            <div className="mt-3 grid gap-4">
              {others.map((dim) => (
                <div key={dim}>
                  <h3 className="mb-1 text-sm font-medium">{DIMENSION_LABELS[dim]}</h3>
                  <DriftChart dim={dim} series={view.estimates[dim]!.series} lastDriftAt={view.estimates[dim]!.lastDriftAt} now={view.now} />
                </div>
              ))}
            </div>
          </details>
        )}
      </div>
    </Card>
  );
}

/** The marker on a drifting control: a badge that links to its chart. */
export function DriftMarker({ dim }: { dim: Dimension }) {
  return (
    <a
      href={`#drift-${dim}`}
      data-testid={`drift-marker-${dim}`}
      className="inline-flex items-center gap-1 rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-rose-600/20 ring-inset hover:bg-rose-100 dark:bg-rose-500/15 dark:text-rose-200 dark:ring-rose-500/30 dark:hover:bg-rose-500/25"
    >
      <svg aria-hidden viewBox="0 0 12 12" className="size-3">
        <path d="M1 9 4.5 5.5 7 8l4-5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Drifting<span className="sr-only">: see why</span>
    </a>
  );
}
