"use client";

import { useState } from "react";
import { InlineAlert } from "@/components/ui/alert";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { MAX_AMENDMENT_CHARS } from "@/lib/personality/amendments";
import { DIMENSION_LABELS, type Dimension } from "@/lib/personality/atoms";
import { amendmentProblem } from "@/lib/personality/paragraph-rules";
import type { ProfileView } from "@/lib/profile/view";
import { RefinementEvidence } from "./refinement-evidence";

export type AmendmentProposal = ProfileView["amendments"][number];

const TITLES: Record<AmendmentProposal["source"], string> = {
  nudge: "You changed a control while your paragraph is pinned",
  drift: "Your recent feedback has drifted from your paragraph",
  refinement: "Your recent thumbs diverge from your saved description",
};

function titleOf(a: AmendmentProposal): string {
  const dim = a.evidence.dimension as Dimension | undefined;
  if (a.source === "nudge" && dim && dim in DIMENSION_LABELS) return `${DIMENSION_LABELS[dim]} changed while your paragraph is pinned`;
  return TITLES[a.source];
}

/**
 * One proposed amendment: Accept (append as is), Edit (change the sentence, then accept), Dismiss. The same
 * banner serves every source (control changes now; drift and the refinement loop later).
 */
export function AmendmentBanner({
  amendment,
  pinned,
  busy,
  error,
  onAccept,
  onDismiss,
}: {
  amendment: AmendmentProposal;
  pinned: boolean;
  busy: "accept" | "dismiss" | null;
  error: string | null;
  onAccept: (text?: string) => void;
  onDismiss: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(amendment.text);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = `amendment-${amendment.id}`;

  function acceptEdited() {
    const p = amendmentProblem(draft);
    setProblem(p);
    if (!p) onAccept(draft.trim());
  }

  return (
    <Banner
      testId="amendment-banner"
      title={titleOf(amendment)}
      icon={
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path d="M10 2a6 6 0 0 0-3.6 10.8c.4.3.6.7.6 1.2v.5a1 1 0 0 0 1 1h4a1 1 0 0 0 1-1V14c0-.5.2-.9.6-1.2A6 6 0 0 0 10 2Zm-2 15.5a.5.5 0 0 1 .5-.5h3a.5.5 0 0 1 0 1 2 2 0 0 1-3 0 .5.5 0 0 1-.5-.5Z" />
        </svg>
      }
      actions={
        editing ? (
          <>
            <Button size="sm" variant="primary" onClick={acceptEdited} busy={busy === "accept"}>
              Accept edited sentence
            </Button>
            <Button size="sm" onClick={() => setEditing(false)} disabled={busy !== null}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button size="sm" variant="primary" onClick={() => onAccept()} busy={busy === "accept"} disabled={busy !== null}>
              Accept
            </Button>
            <Button size="sm" onClick={() => setEditing(true)} disabled={busy !== null}>
              Edit
            </Button>
            <Button size="sm" variant="ghost" onClick={onDismiss} busy={busy === "dismiss"} disabled={busy !== null}>
              Dismiss
            </Button>
          </>
        )
      }
    >
      {editing ? (
        <div className="mt-2">
          <CountedTextarea
            id={inputId}
            label="Edit the suggested sentence"
            value={draft}
            onChange={(v) => {
              setDraft(v);
              if (problem) setProblem(amendmentProblem(v));
            }}
            max={MAX_AMENDMENT_CHARS}
            rows={2}
            autoFocus
            error={problem}
            hint="One sentence. It is added to the end of your paragraph."
          />
        </div>
      ) : (
        <p>
          Suggested {pinned ? "addition to your pinned text" : "amendment"}:{" "}
          <q data-testid="amendment-text" className="font-medium text-zinc-900 dark:text-zinc-100">
            {amendment.text}
          </q>
        </p>
      )}
      {amendment.source === "refinement" && <RefinementEvidence evidence={amendment.evidence} />}
      {error && (
        <div className="mt-2">
          <InlineAlert tone="error">{error}</InlineAlert>
        </div>
      )}
    </Banner>
  );
}
