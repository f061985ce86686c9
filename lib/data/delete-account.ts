import "server-only";
import type { Db } from "@/db/client";
import { deleteUser } from "@/db/queries/user-data";

/**
 * Deletes a user (guest or account) for good, in ONE transaction: every row keyed to them in every table,
 * their sessions included, then the user (docs/data-ownership.md). A job already queued for them finds no user
 * and does nothing (lib/jobs/handlers.ts). The caller clears the browser's cookies (a server action signs out).
 */
export async function deleteAccount({ db, userId }: { db: Db; userId: string }): Promise<boolean> {
  return db.transaction((tx) => deleteUser({ tx, userId }));
}
