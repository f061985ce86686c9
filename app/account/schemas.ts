/** Account form fields, shared by the forms (for their hints) and the actions (which validate). */
import { z } from "zod";

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`)
  .refine((p) => new Set(p).size >= 4, "Too easy to guess: use a mix of different characters.")
  .refine((p) => !p.includes("\0"), "The password contains a character that cannot be stored.");

export const keepSchema = z.enum(["guest", "account"], "Choose which reading brain to keep.");

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema });
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD, "Wrong email or password."),
  keep: keepSchema.optional(),
});
export const forgotSchema = z.object({ email: emailSchema });
export const resetSchema = z.object({
  token: z.string().min(1, "This reset link is incomplete. Ask for a new one.").max(200),
  password: passwordSchema,
});
/** What a guest types to confirm deleting its data (an account types its email). */
export const GUEST_DELETE_WORD = "delete";
export const deleteAccountSchema = z.object({ confirm: z.string().trim().toLowerCase().max(254, "That is not what was asked for.") });

/** Whether the typed confirmation matches what the user was asked to type (the email, or GUEST_DELETE_WORD). */
export function confirmsDeletion(typed: string, expected: string): boolean {
  return typed.trim().toLowerCase() === expected.trim().toLowerCase();
}

export const revokeSchema = z.object({ sessionId: z.uuid("Unknown session.") });

/** What every account form's action answers: field errors under their names, or one message for the form. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  values?: Record<string, string>;
};
