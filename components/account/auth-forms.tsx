"use client";

import { requestResetAction, resetPasswordAction, signInAction, signUpAction } from "@/app/account/actions";
import { MIN_PASSWORD } from "@/app/account/schemas";
import { AccountForm, Field } from "./account-form";

const PASSWORD_HINT = `At least ${MIN_PASSWORD} characters.`;

export function SignUpForm() {
  return (
    <AccountForm action={signUpAction} submit="Create account" busyLabel="Creating account…" testId="sign-up-form">
      {(state) => (
        <>
          <Field name="email" label="Email" type="email" autoComplete="email" state={state} />
          <Field name="password" label="Password" type="password" autoComplete="new-password" hint={PASSWORD_HINT} state={state} />
        </>
      )}
    </AccountForm>
  );
}

/** `askKeep`: this browser's guest has a reading brain of its own, so the user picks which one survives. */
export function SignInForm({ askKeep }: { askKeep: boolean }) {
  return (
    <AccountForm action={signInAction} submit="Sign in" busyLabel="Signing in…" testId="sign-in-form">
      {(state) => (
        <>
          <Field name="email" label="Email" type="email" autoComplete="email" state={state} />
          <Field name="password" label="Password" type="password" autoComplete="current-password" state={state} />
          {askKeep && <KeepChoice error={state.fieldErrors?.keep} value={state.values?.keep} />}
        </>
      )}
    </AccountForm>
  );
}

function KeepChoice({ error, value }: { error?: string; value?: string }) {
  const options = [
    { value: "account", label: "Keep my account's reading brain", note: "This browser's guest profile and chats are deleted." },
    { value: "guest", label: "Keep this browser's guest reading brain", note: "It replaces everything the account had." },
  ];
  return (
    <fieldset
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40"
      aria-describedby={error ? "keep-error" : undefined}
      aria-invalid={error ? true : undefined}
    >
      {/* float: keeps the legend inside the box instead of on its border */}
      <legend className="float-left mb-2 w-full text-sm font-medium">This browser has a guest reading brain. Which one do you keep?</legend>
      {options.map((o) => (
        <label key={o.value} className="clear-both mt-2 flex items-start gap-2 text-sm first-of-type:mt-0">
          <input type="radio" name="keep" value={o.value} defaultChecked={value === o.value} className="mt-1" />
          <span>
            <span className="font-medium">{o.label}</span>
            <span className="block text-zinc-600 dark:text-zinc-400">{o.note}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id="keep-error" className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function ForgotPasswordForm() {
  return (
    <AccountForm action={requestResetAction} submit="Send reset link" busyLabel="Sending…" testId="forgot-form">
      {(state) => <Field name="email" label="Email" type="email" autoComplete="email" state={state} />}
    </AccountForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <AccountForm action={resetPasswordAction} submit="Set new password" busyLabel="Saving…" testId="reset-form">
      {(state) => (
        <>
          <input type="hidden" name="token" value={token} />
          <Field name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_HINT} state={state} />
        </>
      )}
    </AccountForm>
  );
}
