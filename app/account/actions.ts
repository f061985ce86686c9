"use server";

/**
 * The account doorways (forms post here): zod → better-auth's server API with this request's headers (its
 * next-cookies plugin sets and clears the session cookies) → a FormState or a redirect. Nothing a user typed
 * is logged; a password is never sent back.
 */
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { refusedFor } from "@/lib/auth/limits";
import { getAuth } from "@/lib/auth/server";
import { KEEP_HEADER } from "@/lib/auth/upgrade";
import { deleteAccount } from "@/lib/data/delete-account";
import { logFailure } from "@/lib/log";
import { currentUser, requireAccount } from "@/lib/session";
import {
  GUEST_DELETE_WORD,
  confirmsDeletion,
  deleteAccountSchema,
  forgotSchema,
  resetSchema,
  revokeSchema,
  signInSchema,
  signUpSchema,
  type FormState,
} from "./schemas";

/** better-auth's error codes, in words (anything else is a generic failure, logged). */
const MESSAGES: Record<string, { field?: string; message: string }> = {
  USER_ALREADY_EXISTS: { field: "email", message: "An account with this email already exists. Sign in instead." },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { field: "email", message: "An account with this email already exists. Sign in instead." },
  INVALID_EMAIL_OR_PASSWORD: { message: "Wrong email or password." },
  INVALID_EMAIL: { field: "email", message: "Enter an email address like name@example.com." },
  PASSWORD_TOO_SHORT: { field: "password", message: "Use at least 10 characters." },
  PASSWORD_TOO_LONG: { field: "password", message: "Use at most 128 characters." },
  INVALID_TOKEN: { message: "This reset link is invalid, expired or already used. Ask for a new one." },
  KEEP_CHOICE_REQUIRED: { field: "keep", message: "Choose which reading brain to keep." },
};

function fields(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof form.get(n) === "string" ? (form.get(n) as string) : ""]));
}

function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "_")] ??= issue.message;
  return { fieldErrors, values };
}

function failed(area: string, err: unknown, values: Record<string, string>): FormState {
  // Over a quota: the refusal's own words, which say when to try again (lib/auth/limits.ts).
  const refused = refusedFor(err);
  if (refused) return { message: refused.message, values };
  const code = isAPIError(err) ? String((err.body as { code?: string } | undefined)?.code ?? "") : "";
  const known = MESSAGES[code];
  if (known) return known.field ? { fieldErrors: { [known.field]: known.message }, values } : { message: known.message, values };
  // Codes and names only: an error from below can carry the query's parameters (the email, the form's values).
  logFailure("account", `${area} failed${isAPIError(err) ? ` (${err.statusCode} ${code})` : ""}`, err);
  return { message: "Something went wrong on our side. Nothing was changed; please try again.", values };
}

/** Email + password (never the password) for re-filling the form. */
const publicValues = (v: Record<string, string>) => ({ ...v, password: "" });

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = fields(form, ["email", "password"]);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, publicValues(values));
  try {
    const auth = await getAuth();
    await auth.api.signUpEmail({ body: { ...parsed.data, name: "" }, headers: await headers() });
  } catch (err) {
    return failed("sign-up", err, publicValues(values));
  }
  redirect("/profile");
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = fields(form, ["email", "password", "keep"]);
  const parsed = signInSchema.safeParse({ ...values, keep: values.keep || undefined });
  if (!parsed.success) return invalid(parsed.error, publicValues(values));
  const { email, password, keep } = parsed.data;
  try {
    const auth = await getAuth();
    const h = new Headers(await headers());
    if (keep) h.set(KEEP_HEADER, keep);
    await auth.api.signInEmail({ body: { email, password }, headers: h });
  } catch (err) {
    return failed("sign-in", err, publicValues(values));
  }
  redirect("/profile");
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}

/** Always the same answer, whether or not the email has an account: nobody learns who is registered. */
export async function requestResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = fields(form, ["email"]);
  const parsed = forgotSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    const auth = await getAuth();
    await auth.api.requestPasswordReset({ body: { email: parsed.data.email }, headers: await headers() });
  } catch (err) {
    return failed("reset request", err, values);
  }
  return { ok: true, message: "If an account exists for that email, a reset link is on its way. It works once, for one hour.", values };
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = fields(form, ["token", "password"]);
  const parsed = resetSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, { token: values.token ?? "", password: "" });
  try {
    const auth = await getAuth();
    await auth.api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password }, headers: await headers() });
  } catch (err) {
    return failed("reset", err, { token: values.token ?? "", password: "" });
  }
  redirect("/sign-in?reset=1");
}

/** Ends one of the caller's own sessions; an id that is not one of theirs is "not found", whoever owns it. */
export async function revokeSessionAction(_prev: FormState, form: FormData): Promise<FormState> {
  await requireAccount();
  const parsed = revokeSchema.safeParse(fields(form, ["sessionId"]));
  if (!parsed.success) return { message: "This session does not exist or has already ended." };
  const auth = await getAuth();
  const h = await headers();
  const mine = (await auth.api.listSessions({ headers: h })).find((s) => s.id === parsed.data.sessionId);
  if (!mine) return { message: "This session does not exist or has already ended." };
  await auth.api.revokeSession({ body: { token: mine.token }, headers: h });
  revalidatePath("/account");
  return { ok: true, message: "Session ended." };
}

/**
 * Deletes the signed-in user (account or guest) and everything they own, in one transaction, once they have
 * typed their email (a guest: "delete"); then ends the session in this browser too (its row is already gone;
 * signing out clears the cookies). The check is made here, not only in the form.
 */
export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) return { message: "There is nothing to delete: this browser has no profile." };
  const parsed = deleteAccountSchema.safeParse(fields(form, ["confirm"]));
  const expected = user.kind === "account" ? (user.email ?? "") : GUEST_DELETE_WORD;
  if (!parsed.success || !confirmsDeletion(parsed.data.confirm, expected)) {
    const what = user.kind === "account" ? "your email address" : `the word “${GUEST_DELETE_WORD}”`;
    return { fieldErrors: { confirm: `Type ${what} exactly to confirm. Nothing was deleted.` }, values: fields(form, ["confirm"]) };
  }
  try {
    await deleteAccount({ db: await getDb(), userId: user.userId });
  } catch (err) {
    logFailure("account", "deleting an account failed; the transaction kept everything", err, { userId: user.userId });
    return { message: "Something went wrong on our side. Nothing was deleted; please try again." };
  }
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/account/deleted");
}
