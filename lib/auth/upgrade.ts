import "server-only";
import type { Db } from "@/db/client";
import { deleteUserData, hasUserData, moveUserData } from "@/db/queries/user-data";

/** Request header carrying the user's answer to "keep which profile?" when a guest with data signs in. */
export const KEEP_HEADER = "x-profile-keep";
export type Keep = "guest" | "account";

export function parseKeep(v: string | null | undefined): Keep | null {
  return v === "guest" || v === "account" ? v : null;
}

/**
 * Called by better-auth's anonymous plugin when a guest becomes (sign-up) or signs in to (sign-in) an account;
 * better-auth deletes the guest row right after, so whatever is not moved here is gone. One transaction:
 * the guest's data arrives whole or not at all.
 * - sign-up: the new account is empty, so it takes everything the guest had.
 * - sign-in, keep "guest": the account's data is replaced by the guest's.
 * - sign-in, keep "account" (or a guest with nothing to keep): the guest's data goes with the guest.
 */
export async function linkGuest({
  db,
  guestId,
  userId,
  signUp,
  keep,
}: {
  db: Db;
  guestId: string;
  userId: string;
  signUp: boolean;
  keep: Keep | null;
}): Promise<void> {
  if (guestId === userId) return;
  if (!signUp && keep !== "guest") return;
  await db.transaction(async (tx) => {
    if (!signUp) {
      // An empty guest never wipes an account, whatever the request asked.
      if (!(await hasUserData({ db: tx, userId: guestId }))) return;
      await deleteUserData({ tx, userId });
    }
    await moveUserData({ tx, from: guestId, to: userId });
  });
}
