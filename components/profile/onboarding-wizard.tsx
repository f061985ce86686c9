"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { finishOnboardingAction } from "@/app/profile/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { ABOUT_ME_MAX, DEFAULT_ATOMS, DIMENSIONS, type Atoms, type Dimension } from "@/lib/personality/atoms";
import { ATOM_COPY, optionKey, segmentOptions } from "./atom-copy";
import { errorMessage, unwrap } from "./use-profile";

const QUESTIONS = DIMENSIONS.length;

/**
 * The first-run wizard: seven questions (one per atom, a segmented control each, with a one-line example of
 * the current choice), then an optional "about me". Finishing writes the atoms and the first paragraph in one
 * transaction and lands on /profile.
 */
export function OnboardingWizard() {
  const router = useRouter();
  const [step, setStep] = useState(0);
  const [atoms, setAtoms] = useState<Atoms>(DEFAULT_ATOMS);
  const [aboutMe, setAboutMe] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const finish = useMutation({
    mutationFn: async (input: { atoms: Atoms; aboutMe: string }) => unwrap(await finishOnboardingAction(input)),
    onSuccess: () => {
      router.push("/profile");
      router.refresh();
    },
  });

  // Each step's question gets focus (not on the first render), so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const dim: Dimension | null = step < QUESTIONS ? DIMENSIONS[step]! : null;
  const over = aboutMe.length > ABOUT_ME_MAX;
  const progress = Math.min(step + 1, QUESTIONS);
  const fraction = dim ? progress / (QUESTIONS + 1) : 1;

  function submit(withAboutMe: boolean) {
    finish.mutate({ atoms, aboutMe: withAboutMe ? aboutMe : "" });
  }

  return (
    <div className="mx-auto max-w-2xl">
      <div className="mb-6 space-y-2">
        <div className="flex items-baseline justify-between text-sm text-zinc-600 dark:text-zinc-400">
          <span data-testid="wizard-progress">{dim ? `${progress} of ${QUESTIONS}` : "Last step (optional)"}</span>
          <span className="hidden sm:inline">Setting up your reading brain · you can change every answer later</span>
        </div>
        <div
          role="progressbar"
          aria-label="Onboarding progress"
          aria-valuemin={1}
          aria-valuemax={QUESTIONS}
          aria-valuenow={progress}
          aria-valuetext={dim ? `Question ${progress} of ${QUESTIONS}` : "All seven questions answered"}
          className="h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div
            className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none dark:bg-brand-500"
            style={{ width: `${fraction * 100}%` }}
          />
        </div>
      </div>

      <section
        aria-labelledby="wizard-question"
        className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {dim ? (
          <>
            <h1 id="wizard-question" ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight sm:text-2xl">
              {ATOM_COPY[dim].question}
            </h1>
            <div className="mt-5">
              <SegmentedControl
                key={dim}
                labelledBy="wizard-question"
                describedBy="wizard-example"
                options={segmentOptions(dim)}
                value={atoms[dim]}
                onChange={(value) => setAtoms((a) => ({ ...a, [dim]: value }))}
                size="lg"
                testId="wizard-options"
              />
            </div>
            <p
              id="wizard-example"
              data-testid="wizard-example"
              aria-live="polite"
              className="mt-4 rounded-xl bg-zinc-50 px-4 py-3 text-sm text-zinc-700 dark:bg-zinc-950/60 dark:text-zinc-300"
            >
              {ATOM_COPY[dim].examples[optionKey(atoms, dim)]}
            </p>
          </>
        ) : (
          <>
            <h1 id="wizard-question" ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight sm:text-2xl">
              Anything else the AI should know about you?
            </h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Optional. Your job, what you read, how you like to learn: the paragraph quotes it.
            </p>
            <div className="mt-4">
              <CountedTextarea
                id="wizard-about-me"
                label="About me (optional)"
                value={aboutMe}
                onChange={setAboutMe}
                max={ABOUT_ME_MAX}
                rows={5}
                placeholder="e.g. I'm a nurse; I read on my phone between shifts and like examples from medicine."
              />
            </div>
          </>
        )}

        {finish.error && (
          <div className="mt-4">
            <InlineAlert tone="error" testId="wizard-error">
              {errorMessage(finish.error)}
            </InlineAlert>
          </div>
        )}

        <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
          <Button onClick={() => setStep((s) => s - 1)} disabled={step === 0 || finish.isPending}>
            Back
          </Button>
          {dim ? (
            <Button variant="primary" onClick={() => setStep((s) => s + 1)}>
              Next
            </Button>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="ghost" onClick={() => submit(false)} disabled={finish.isPending}>
                Skip and finish
              </Button>
              <Button variant="primary" onClick={() => submit(true)} busy={finish.isPending} disabled={over}>
                Finish
              </Button>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}
