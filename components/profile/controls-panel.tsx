"use client";

import { useState } from "react";
import { nudgeAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { DIMENSIONS, DIMENSION_LABELS, type AtomChange, type Dimension } from "@/lib/personality/atoms";
import type { ProfileView } from "@/lib/profile/view";
import { ATOM_COPY, optionKey, optionLabelOf, segmentOptions } from "./atom-copy";
import { DriftMarker } from "./drift-panel";
import { PreferenceEstimate } from "./preference-estimate";
import { errorMessage, useProfileMutation } from "./use-profile";

/**
 * The seven segmented controls. A change shows at once (optimistic) and is rolled back, with a message, if
 * the server refuses it. Under a pinned paragraph the server answers with an amendment banner instead.
 */
export function ControlsPanel({ view }: { view: ProfileView }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const nudge = useProfileMutation({
    action: nudgeAction,
    optimistic: (v, change: AtomChange) => ({ ...v, atoms: { ...v.atoms, [change.dimension]: change.value } }),
    rollback: (v, change, before) => ({ ...v, atoms: { ...v.atoms, [change.dimension]: before.atoms[change.dimension] } }),
  });

  function change(dimension: Dimension, value: string | number) {
    setError(null);
    setNotice(null);
    const previous = optionLabelOf(dimension, optionKey(view.atoms, dimension));
    nudge.mutate({ dimension, value } as AtomChange, {
      onSuccess: (result) => setNotice(result.notice),
      onError: (e) =>
        setError(`${DIMENSION_LABELS[dimension]} was not changed: ${errorMessage(e)} It is back to “${previous}”.`),
    });
  }

  const pinned = view.summary.provenance === "user";
  return (
    <Card
      id="controls"
      testId="controls-panel"
      title="Seven controls"
      description={
        pinned
          ? "Your paragraph is pinned: a change here updates your settings and suggests a sentence to add."
          : "Each change rewrites the paragraph from your settings."
      }
    >
      {error && (
        <div className="mb-4">
          <InlineAlert tone="error" onDismiss={() => setError(null)} testId="controls-error">
            {error}
          </InlineAlert>
        </div>
      )}
      {notice && (
        <div className="mb-4">
          <InlineAlert tone="info" onDismiss={() => setNotice(null)} testId="controls-notice">
            {notice}
          </InlineAlert>
        </div>
      )}
      <div className="space-y-5">
        {DIMENSIONS.map((dim) => (
          <Control key={dim} dim={dim} view={view} onChange={(value) => change(dim, value)} />
        ))}
      </div>
    </Card>
  );
}

function Control({ dim, view, onChange }: { dim: Dimension; view: ProfileView; onChange: (value: string | number) => void }) {
  const labelId = `control-${dim}-label`;
  const exampleId = `control-${dim}-example`;
  const key = optionKey(view.atoms, dim);
  return (
    <div data-testid={`control-${dim}`}>
      <div className="mb-1.5 flex flex-wrap items-baseline justify-between gap-x-3">
        <div className="flex items-center gap-2">
          <h3 id={labelId} className="text-sm font-medium">
            {DIMENSION_LABELS[dim]}
          </h3>
          {view.drifting.includes(dim) && <DriftMarker dim={dim} />}
        </div>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{ATOM_COPY[dim].short}</span>
      </div>
      <SegmentedControl
        labelledBy={labelId}
        describedBy={exampleId}
        options={segmentOptions(dim)}
        value={view.atoms[dim]}
        onChange={onChange}
        testId={`control-${dim}-group`}
      />
      <p id={exampleId} className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        {ATOM_COPY[dim].examples[key]}
      </p>
      <PreferenceEstimate dim={dim} estimate={view.estimates[dim]} />
    </div>
  );
}
