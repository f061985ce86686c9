"use client";

import { useState } from "react";
import { acceptAmendmentAction, dismissAmendmentAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import type { ProfileView } from "@/lib/profile/view";
import { AmendmentBanner } from "./amendment-banner";
import { errorMessage, useProfileMutation } from "./use-profile";

const without = (v: ProfileView, id: string): ProfileView => ({ ...v, amendments: v.amendments.filter((a) => a.id !== id) });

/** The open proposals as banners; a decided banner disappears at once and comes back if the server refuses. */
export function AmendmentList({ view }: { view: ProfileView }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<{ id: string; kind: "accept" | "dismiss" } | null>(null);

  const accept = useProfileMutation<{ id: string; text?: string }>({ action: acceptAmendmentAction });
  const dismiss = useProfileMutation({
    action: dismissAmendmentAction,
    optimistic: (v, input: { id: string }) => without(v, input.id),
    rollback: (v, _input, before) => ({ ...v, amendments: before.amendments }),
  });

  function run(id: string, kind: "accept" | "dismiss", text?: string) {
    setErrors(({ [id]: _, ...rest }) => rest);
    setNotice(null);
    setPending({ id, kind });
    const callbacks = {
      onSuccess: (result: { notice: string | null }) => setNotice(result.notice),
      onError: (e: unknown) => setErrors((all) => ({ ...all, [id]: errorMessage(e) })),
      onSettled: () => setPending(null),
    };
    if (kind === "accept") accept.mutate({ id, ...(text === undefined ? {} : { text }) }, callbacks);
    else dismiss.mutate({ id }, callbacks);
  }

  if (view.amendments.length === 0 && !notice) return null;
  return (
    <div className="space-y-3" data-testid="amendments">
      {view.amendments.map((a) => (
        <AmendmentBanner
          key={a.id}
          amendment={a}
          pinned={view.summary.provenance === "user"}
          busy={pending?.id === a.id ? pending.kind : null}
          error={errors[a.id] ?? null}
          onAccept={(text) => run(a.id, "accept", text)}
          onDismiss={() => run(a.id, "dismiss")}
        />
      ))}
      {notice && (
        <InlineAlert tone="success" onDismiss={() => setNotice(null)} testId="amendment-notice">
          {notice}
        </InlineAlert>
      )}
    </div>
  );
}
