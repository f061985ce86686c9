"use client";

import { useState } from "react";
import { saveAboutMeAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { ABOUT_ME_MAX } from "@/lib/personality/atoms";
import type { ProfileView } from "@/lib/profile/view";
import { errorMessage, useProfileMutation } from "./use-profile";

type Message = { tone: "error" | "success"; text: string } | null;

/** Free text about the user (≤ 1,000 characters); saving it mirrors like a control change. */
export function AboutMeCard({ view }: { view: ProfileView }) {
  const [draft, setDraft] = useState(view.aboutMe);
  const [savedValue, setSavedValue] = useState(view.aboutMe);
  const [message, setMessage] = useState<Message>(null);
  const save = useProfileMutation({
    action: saveAboutMeAction,
    optimistic: (v, input: { aboutMe: string }) => ({ ...v, aboutMe: input.aboutMe.trim() }),
  });

  // Another tab saved while this one had no unsaved edits: show theirs (derived state, not an effect).
  if (view.aboutMe !== savedValue && !save.isPending) {
    setSavedValue(view.aboutMe);
    if (draft === savedValue) setDraft(view.aboutMe);
  }

  const over = draft.length > ABOUT_ME_MAX;
  const unchanged = draft.trim() === view.aboutMe;

  function onSave() {
    setMessage(null);
    save.mutate(
      { aboutMe: draft },
      {
        onSuccess: (result) => {
          setDraft(result.view.aboutMe);
          setSavedValue(result.view.aboutMe);
          if (result.notice) setMessage({ tone: "success", text: result.notice });
        },
        onError: (e) => setMessage({ tone: "error", text: errorMessage(e) }),
      },
    );
  }

  return (
    <Card
      id="about-me"
      testId="about-me-card"
      title="About me"
      description="Anything that helps: your job, what you read, how you like to learn. The paragraph quotes it."
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
        className="space-y-3"
      >
        <CountedTextarea
          id="about-me-input"
          label="About me"
          hideLabel
          value={draft}
          onChange={setDraft}
          max={ABOUT_ME_MAX}
          rows={4}
          placeholder="e.g. I'm a nurse; I read on my phone between shifts and like examples from medicine."
        />
        {message && (
          <InlineAlert tone={message.tone} onDismiss={() => setMessage(null)} testId={`about-me-${message.tone}`}>
            {message.text}
          </InlineAlert>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" busy={save.isPending} disabled={over || unchanged}>
            Save about me
          </Button>
          {!unchanged && !save.isPending && (
            <Button variant="ghost" onClick={() => setDraft(view.aboutMe)}>
              Discard changes
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
