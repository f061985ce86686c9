import type { Db } from "@/db/client";
import { purgeClosedQuotas } from "@/db/queries/quotas";
import { purgeInactiveGuests } from "@/db/queries/user-data";
import { LONGEST_WINDOW_S } from "@/lib/quotas/rules";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes guests with no session activity for `retentionDays` (GUEST_RETENTION_DAYS). Their session expired
 * long before (SESSION_EXPIRES_DAYS), so nobody can reach their data any more. Idempotent: a rerun finds none.
 */
export async function runGuestPurge({ db, retentionDays, now = new Date() }: { db: Db; retentionDays: number; now?: Date }) {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  const purged = await purgeInactiveGuests({ db, before });
  console.log(`[jobs] guest purge: ${purged} guest(s) inactive for ${retentionDays}+ days deleted`);
  // The same daily clean-up for the quota counters whose window has closed (they would only be reopened at 1).
  const counters = await purgeClosedQuotas({ db, windowSeconds: LONGEST_WINDOW_S });
  console.log(`[jobs] quota purge: ${counters} closed counter(s) deleted`);
  return { purged, before, counters };
}
