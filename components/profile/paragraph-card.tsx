"use client";

import { useIsMutating } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { clearPinAction, regenerateAction, saveParagraphAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { Spinner } from "@/components/ui/spinner";
import { MAX_PARAGRAPH_WORDS, countWords, paragraphProblem } from "@/lib/personality/paragraph-rules";
import type { ProfileView } from "@/lib/profile/view";
import { ProvenanceBadge } from "./provenance-badge";
import { RelativeTime } from "./relative-time";
import { ActionFailure, PROFILE_KEY, errorMessage, useProfileMutation } from "./use-profile";

type Message = { tone: "error" | "success"; text: string } | null;

/** The paragraph the AI reads: provenance, when and why it was written, and Edit / Save / Clear pin / Regenerate. */
export function ParagraphCard({ view }: { view: ProfileView }) {
  const { summary } = view;
  const pinned = summary.provenance === "user";
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [baseVersion, setBaseVersion] = useState(summary.version);
  // After a refused Save the user has been told the paragraph changed: saving again overwrites what is shown.
  const [rebase, setRebase] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const anyMutation = useIsMutating({ mutationKey: PROFILE_KEY }) > 0;

  const save = useProfileMutation({
    action: saveParagraphAction,
    optimistic: (v, input: { text: string; baseVersion: number }) => ({
      ...v,
      summary: { ...v.summary, text: input.text.trim(), provenance: "user" },
    }),
  });
  const unpin = useProfileMutation<Record<string, never>>({ action: clearPinAction });
  const regenerate = useProfileMutation<{ confirmed: boolean }>({ action: regenerateAction });
  const rewriting = unpin.isPending || regenerate.isPending;
  const busy = rewriting || save.isPending;

  const done = (result: { notice: string | null }) => setMessage(result.notice ? { tone: "success", text: result.notice } : null);
  const failed = (error: unknown) => setMessage({ tone: "error", text: errorMessage(error) });

  function startEditing() {
    setDraft(summary.text);
    setBaseVersion(summary.version);
    setRebase(false);
    setMessage(null);
    setEditing(true);
  }

  function stopEditing() {
    returnFocus.current = true;
    setEditing(false);
  }

  // Leaving the editor puts keyboard focus back on Edit, where the user started.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function onSave() {
    const problem = paragraphProblem(draft);
    if (problem) return setMessage({ tone: "error", text: problem });
    setMessage(null);
    save.mutate(
      { text: draft, baseVersion: rebase ? summary.version : baseVersion },
      {
        onSuccess: (result) => {
          done(result);
          stopEditing();
        },
        onError: (error) => {
          failed(error);
          if (error instanceof ActionFailure && error.code === "conflict:summary") setRebase(true);
        },
      },
    );
  }

  function onRegenerate(confirmed: boolean) {
    setConfirming(false);
    setMessage(null);
    regenerate.mutate({ confirmed }, { onSuccess: done, onError: failed });
  }

  return (
    <Card
      id="paragraph"
      testId="paragraph-card"
      busy={busy}
      title="The paragraph the AI reads"
      description={<ProvenanceBadge provenance={summary.provenance} explain />}
    >
      <p data-testid="summary-meta" className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">
        Version {summary.version} · Written <RelativeTime iso={summary.updatedAt} serverNow={view.now} /> · why:{" "}
        <span data-testid="summary-reason">{summary.reason}</span>
      </p>

      {editing ? (
        <CountedTextarea
          id="paragraph-editor"
          label="Edit your paragraph"
          hideLabel
          value={draft}
          onChange={setDraft}
          max={MAX_PARAGRAPH_WORDS}
          strict
          count={countWords}
          unit="words"
          rows={9}
          autoFocus
          hint="Saving pins it: controls and feedback will suggest changes instead of rewriting it."
        />
      ) : (
        <div>
          <p
            data-testid="summary-text"
            className={`rounded-xl bg-zinc-50 p-4 leading-relaxed whitespace-pre-wrap wrap-anywhere text-zinc-800 transition-opacity dark:bg-zinc-950/60 dark:text-zinc-200 ${
              rewriting ? "opacity-50" : ""
            }`}
          >
            {summary.text}
          </p>
        </div>
      )}

      <div className="space-y-2 [&:not(:empty)]:mt-3" aria-live="polite">
        {rewriting && (
          <p role="status" className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
            <Spinner /> Rewriting your paragraph from your settings…
          </p>
        )}
        {!rewriting && anyMutation && !editing && (
          <p className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
            <Spinner className="size-3" /> Saving…
          </p>
        )}
      </div>
      {message && (
        <div className="mt-2">
          <InlineAlert tone={message.tone} onDismiss={() => setMessage(null)} testId={`paragraph-${message.tone}`}>
            {message.text}
          </InlineAlert>
        </div>
      )}

      <div className="mt-4 flex flex-wrap gap-2">
        {editing ? (
          <>
            <Button variant="primary" onClick={onSave} busy={save.isPending}>
              Save and pin
            </Button>
            <Button onClick={stopEditing} disabled={save.isPending}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button ref={editButton} variant="primary" onClick={startEditing} disabled={busy}>
              Edit
            </Button>
            <Button
              onClick={() => (pinned ? setConfirming(true) : onRegenerate(false))}
              busy={regenerate.isPending}
              disabled={busy}
            >
              {regenerate.isPending ? "Regenerating…" : "Regenerate"}
            </Button>
            {pinned && (
              <Button
                variant="ghost"
                onClick={() => {
                  setMessage(null);
                  unpin.mutate({}, { onSuccess: done, onError: failed });
                }}
                busy={unpin.isPending}
                disabled={busy}
              >
                Clear pin
              </Button>
            )}
          </>
        )}
      </div>

      <ConfirmDialog
        open={confirming}
        title="Replace your pinned paragraph?"
        confirmLabel="Regenerate and unpin"
        tone="danger"
        onConfirm={() => onRegenerate(true)}
        onCancel={() => setConfirming(false)}
      >
        You wrote this paragraph yourself. Regenerating replaces it with one written from your settings, and it will
        no longer be pinned. Your text stays in the history, so you can revert to it.
      </ConfirmDialog>
    </Card>
  );
}
