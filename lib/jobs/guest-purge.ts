import type { Db } from "@/db/client";
import { purgeInactiveGuests } from "@/db/queries/user-data";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes guests with no session activity for `retentionDays` (GUEST_RETENTION_DAYS). Their session expired
 * long before (SESSION_EXPIRES_DAYS), so nobody can reach their data any more. Idempotent: a rerun finds none.
 */
export async function runGuestPurge({ db, retentionDays, now = new Date() }: { db: Db; retentionDays: number; now?: Date }) {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  const purged = await purgeInactiveGuests({ db, before });
  console.log(`[jobs] guest purge: ${purged} guest(s) inactive for ${retentionDays}+ days deleted`);
  return { purged, before };
}
