"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/app/account/schemas";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;

/**
 * An account form: posts to its server action (works before hydration too), shows the form-level message as
 * an alert and hands field errors to its fields. `noValidate`: the server's messages are the clear ones.
 */
export function AccountForm({
  action,
  submit,
  busyLabel,
  testId,
  children,
}: {
  action: FormAction;
  submit: string;
  busyLabel: string;
  testId: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate data-testid={testId} className="grid gap-4" aria-busy={pending || undefined}>
      {state.message && (
        <InlineAlert tone={state.ok ? "success" : "error"} testId={`${testId}-message`}>
          {state.message}
        </InlineAlert>
      )}
      {children(state)}
      <Button type="submit" variant="primary" busy={pending} className="w-full sm:w-auto sm:justify-self-start">
        {pending ? busyLabel : submit}
      </Button>
    </form>
  );
}

/** A labelled input whose error is announced and tied to it (aria-invalid + aria-describedby). */
export function Field({
  name,
  label,
  type = "text",
  autoComplete,
  hint,
  state,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  state: FormState;
}) {
  const error = state.fieldErrors?.[name];
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={state.values?.[name] ?? ""}
        key={state.values?.[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="h-10 w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-3 text-base text-zinc-900 shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
