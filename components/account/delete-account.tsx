"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { deleteAccountAction } from "@/app/account/actions";
import { confirmsDeletion } from "@/app/account/schemas";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Deleting for good, the way a careful user expects: the button only opens the form; the form says what goes;
 * the final button stays disabled until the user has typed `expected` (their email, or "delete" for a guest),
 * and the server checks it again. Escape or Cancel closes it, and focus goes back to the opener.
 */
export function DeleteAccount({ expected, kind }: { expected: string; kind: "account" | "guest" }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [state, action, pending] = useActionState(deleteAccountAction, {});
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const matches = confirmsDeletion(typed, expected);
  const error = state.fieldErrors?.confirm;
  const what = kind === "account" ? "account" : "guest profile";

  const wasOpen = useRef(false);
  // The opener is rendered again only once the form closes: focus it then, not before.
  useEffect(() => {
    if (open) input.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped("");
  };

  return (
    <section aria-labelledby="delete-title" className="grid gap-3 rounded-xl border border-red-200 p-4 dark:border-red-900" data-testid="delete-account">
      <h2 id="delete-title" className="text-lg font-semibold text-red-800 dark:text-red-300">
        Delete this {what}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Deletes your reading brain (the paragraph and every earlier version, the seven settings, about me), every
        signal and statistic, every chat and reply, every amendment and refinement check, and signs out every browser.
        It cannot be undone: export your data first if you may want it back.
      </p>
      {!open ? (
        <Button ref={opener} variant="danger" className="justify-self-start" aria-expanded={false} aria-controls={formId} onClick={() => setOpen(true)}>
          Delete my {what}…
        </Button>
      ) : (
        <form
          id={formId}
          action={action}
          noValidate
          className="grid gap-3"
          aria-busy={pending || undefined}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close();
            }
          }}
        >
          {state.message && <InlineAlert tone="error">{state.message}</InlineAlert>}
          <div className="grid gap-1.5">
            <label htmlFor={`${formId}-confirm`} className="text-sm font-medium">
              To confirm, type <strong className="font-mono">{expected}</strong>
            </label>
            <input
              ref={input}
              id={`${formId}-confirm`}
              name="confirm"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${formId}-error` : undefined}
              data-testid="delete-confirm"
              className="h-10 w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-3 text-base text-zinc-900 shadow-sm focus:border-red-500 focus:outline-2 focus:outline-red-500 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
            />
            {error && (
              <p id={`${formId}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
                {error}
              </p>
            )}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={!matches} busy={pending} data-testid="delete-submit">
              Delete everything for good
            </Button>
            <Button onClick={close}>Cancel</Button>
          </div>
        </form>
      )}
    </section>
  );
}
