import "server-only";
import { users } from "@/db/schema";
import type { Executor } from "@/db/client";

/** Creates the guest's row the first time their signed id is seen; a no-op afterwards. */
export async function ensureUser({ db, userId }: { db: Executor; userId: string }): Promise<void> {
  await db.insert(users).values({ id: userId }).onConflictDoNothing();
}
