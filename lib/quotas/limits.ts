import "server-only";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/client";
import { hitQuota, hitReplyQuota, type QuotaHit } from "@/db/queries/quotas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { QUOTA_WINDOW_S, replyRefusal, type QuotaScope } from "./rules";

/** An "off" limit for one kind while the other kind's is on: counted, never refused (the int4 maximum). */
const UNLIMITED = 2_147_483_647;

/**
 * What a counter is keyed by: the SHA-256 of the user id, address or email, never the value itself, so the
 * table holds no personal data (and no user's rows: deleting a user leaves nothing to find).
 */
export function quotaSubject(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/**
 * Counts one reply against the user's quota for the last 24 hours (all AI surfaces share it; the limit by the
 * user's kind, read in the same statement), or throws a 429 with Retry-After before anything is stored. Called
 * first in lib/ai/surface-turn.ts#startSurfaceTurn, so every surface is metered. An attempt counts once it
 * passes this check, however the turn then ends.
 */
export async function requireReplyQuota({ db, userId }: { db: Executor; userId: string }): Promise<void> {
  const e = env();
  const guest = e.QUOTA_REPLIES_PER_DAY_GUEST;
  const account = e.QUOTA_REPLIES_PER_DAY_ACCOUNT;
  if (guest === 0 && account === 0) return;
  const hit = await hitReplyQuota({
    db,
    scope: "reply",
    subject: quotaSubject(userId),
    userId,
    guestLimit: guest || UNLIMITED,
    accountLimit: account || UNLIMITED,
    windowSeconds: QUOTA_WINDOW_S.reply,
  });
  if (!hit.counted) {
    throw new AppError("too_many_requests:surface", replyRefusal({ limit: hit.limit, accountLimit: account || null }, hit.retryAfterSeconds), {
      retryAfterSeconds: hit.retryAfterSeconds,
    });
  }
}

/** Counts one attempt on `scope` for `value` (an address, an email); null when the limit is off or there is no value. */
export async function countAttempt({
  db,
  scope,
  value,
  limit,
}: {
  db: Executor;
  scope: Exclude<QuotaScope, "reply">;
  value: string | null;
  limit: number;
}): Promise<QuotaHit | null> {
  if (limit === 0 || !value) return null;
  return hitQuota({ db, scope, subject: quotaSubject(value), limit, windowSeconds: QUOTA_WINDOW_S[scope] });
}
