import "server-only";
import { APIError, isAPIError } from "better-auth/api";
import type { Db } from "@/db/client";
import type { QuotaHit } from "@/db/queries/quotas";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/quotas/client-ip";
import { countAttempt } from "@/lib/quotas/limits";
import { authRefusal, guestRefusal, type AuthAttempt, type QuotaScope } from "@/lib/quotas/rules";

/** The code a refused auth attempt carries (app/account/actions.ts and createGuest read it). */
export const TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

type Counted = { attempt: AuthAttempt | "guest"; ip: Exclude<QuotaScope, "reply">; email?: Exclude<QuotaScope, "reply"> };

/** Which better-auth endpoints are counted, and on which counters (a reset link's use counts as a reset, per IP). */
const COUNTED: Record<string, Counted> = {
  "/sign-in/anonymous": { attempt: "guest", ip: "guest_ip" },
  "/sign-in/email": { attempt: "sign_in", ip: "sign_in_ip", email: "sign_in_email" },
  "/sign-up/email": { attempt: "sign_up", ip: "sign_up_ip", email: "sign_up_email" },
  "/request-password-reset": { attempt: "reset", ip: "reset_ip", email: "reset_email" },
  "/reset-password": { attempt: "reset", ip: "reset_ip" },
};

function limitOf(scope: Exclude<QuotaScope, "reply">): number {
  const e = env();
  const limits: Record<Exclude<QuotaScope, "reply">, number> = {
    guest_ip: e.QUOTA_GUESTS_PER_HOUR_PER_IP,
    sign_in_ip: e.QUOTA_SIGN_INS_PER_HOUR_PER_IP,
    sign_in_email: e.QUOTA_SIGN_INS_PER_HOUR_PER_EMAIL,
    sign_up_ip: e.QUOTA_SIGN_UPS_PER_HOUR_PER_IP,
    sign_up_email: e.QUOTA_SIGN_UPS_PER_HOUR_PER_EMAIL,
    reset_ip: e.QUOTA_RESETS_PER_HOUR_PER_IP,
    reset_email: e.QUOTA_RESETS_PER_HOUR_PER_EMAIL,
  };
  return limits[scope];
}

/**
 * better-auth's before hook for the quotas (docs/design.md, "Limits"): counts the attempt per IP, then per
 * email, in the database, and refuses with a 429 (Retry-After) before the endpoint runs, so a refused guest is
 * never created and a refused sign-in never checks a password. Covers the HTTP routes (/api/auth/*) and the
 * server calls (the account actions, createGuest) alike.
 */
export async function countAuthAttempt({ db, path, headers, body }: { db: Db; path: string; headers?: Headers; body?: unknown }) {
  const counted = COUNTED[path];
  if (!counted) return;
  const rawEmail = (body as { email?: unknown } | undefined)?.email;
  const email = typeof rawEmail === "string" ? rawEmail.trim().toLowerCase() : null;
  const checks: [Exclude<QuotaScope, "reply">, string | null][] = [[counted.ip, clientIp(headers, env().QUOTA_PROXY_HOPS)]];
  if (counted.email) checks.push([counted.email, email]);
  for (const [scope, value] of checks) {
    const hit = await countAttempt({ db, scope, value, limit: limitOf(scope) });
    if (hit && !hit.counted) throw refusal(counted.attempt, hit);
  }
}

function refusal(attempt: Counted["attempt"], hit: QuotaHit): APIError {
  const message = attempt === "guest" ? guestRefusal(hit.retryAfterSeconds) : authRefusal(attempt, hit.retryAfterSeconds);
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code: TOO_MANY_REQUESTS, message, retryAfterSeconds: hit.retryAfterSeconds },
    { "Retry-After": String(hit.retryAfterSeconds) },
  );
}

/**
 * A refused attempt's wait, from the APIError a server call threw; null for any other error. `isAPIError`, not
 * `instanceof`: the auth instance is cached on globalThis, so its hook may have been built by another bundle
 * (a route handler's) than the caller's (a server action's), each with its own copy of the class.
 */
export function refusedFor(err: unknown): { message: string; retryAfterSeconds: number } | null {
  if (!isAPIError(err)) return null;
  const body = err.body as { code?: string; message?: string; retryAfterSeconds?: number } | undefined;
  if (body?.code !== TOO_MANY_REQUESTS || typeof body.retryAfterSeconds !== "number") return null;
  return { message: body.message ?? "Too many attempts. Try again later.", retryAfterSeconds: body.retryAfterSeconds };
}
