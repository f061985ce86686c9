/**
 * The quotas (docs/design.md, "Limits"): what is counted, over which window, and how a refusal reads. Pure and
 * client-safe: the server words its 429s with it, the forms and surfaces show them.
 */

export const HOUR_S = 60 * 60;
export const DAY_S = 24 * HOUR_S;

/** Every counter: replies per user (all AI surfaces share one), guests per IP, auth attempts per IP and per email. */
export const QUOTA_WINDOW_S = {
  reply: DAY_S,
  guest_ip: HOUR_S,
  sign_in_ip: HOUR_S,
  sign_in_email: HOUR_S,
  sign_up_ip: HOUR_S,
  sign_up_email: HOUR_S,
  reset_ip: HOUR_S,
  reset_email: HOUR_S,
} as const;

export type QuotaScope = keyof typeof QUOTA_WINDOW_S;

/** Every limit's environment variable (lib/env.ts): the e2e and bench servers set them all at once. */
export const QUOTA_VARIABLES = [
  "QUOTA_REPLIES_PER_DAY_GUEST",
  "QUOTA_REPLIES_PER_DAY_ACCOUNT",
  "QUOTA_GUESTS_PER_HOUR_PER_IP",
  "QUOTA_SIGN_INS_PER_HOUR_PER_IP",
  "QUOTA_SIGN_INS_PER_HOUR_PER_EMAIL",
  "QUOTA_SIGN_UPS_PER_HOUR_PER_IP",
  "QUOTA_SIGN_UPS_PER_HOUR_PER_EMAIL",
  "QUOTA_RESETS_PER_HOUR_PER_IP",
  "QUOTA_RESETS_PER_HOUR_PER_EMAIL",
] as const;

/** The longest window: a counter older than this is closed whatever its scope (the daily purge deletes it). */
export const LONGEST_WINDOW_S = Math.max(...Object.values(QUOTA_WINDOW_S));

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "in 45 seconds", "in 12 minutes", "in 3 hours 5 minutes": rounded up, so the retry is never early. */
export function retryAfterText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `in ${plural(s, "second")}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `in ${plural(minutes, "minute")}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `in ${plural(hours, "hour")}${rest ? ` ${plural(rest, "minute")}` : ""}`;
}

export type AuthAttempt = "sign_in" | "sign_up" | "reset";

const ATTEMPT_WORDS: Record<AuthAttempt, string> = {
  sign_in: "sign-in attempts",
  sign_up: "sign-up attempts",
  reset: "password reset requests",
};

/** The same words whether the IP's or the email's counter is full: a refusal tells nobody which emails are tried. */
export function authRefusal(attempt: AuthAttempt, retryAfterSeconds: number): string {
  return `Too many ${ATTEMPT_WORDS[attempt]} in the last hour. Try again ${retryAfterText(retryAfterSeconds)}.`;
}

export function guestRefusal(retryAfterSeconds: number): string {
  return `Too many new guest sessions from your network in the last hour. Try again ${retryAfterText(retryAfterSeconds)}, or sign in.`;
}

/**
 * `limit` is the one that applied; `accountLimit` null = accounts have none. A limit below the account's is a
 * guest's, who is pointed to an account.
 */
export function replyRefusal({ limit, accountLimit }: { limit: number; accountLimit: number | null }, retryAfterSeconds: number): string {
  const more =
    accountLimit === null ? ", or create an account (no daily limit)" : limit < accountLimit ? `, or create an account for ${accountLimit} a day` : "";
  return `You have used all ${limit} ${limit === 1 ? "reply" : "replies"} of the last 24 hours. Try again ${retryAfterText(retryAfterSeconds)}${more}.`;
}
