import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { ensureUser } from "@/db/queries/users";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { SESSION_COOKIE, sessionSecret, verifySession } from "@/lib/session-token";

/**
 * The current user's id, from the signed cookie only: no action or handler ever takes a user id from the
 * client. The proxy guarantees a valid cookie; the guest's row is created here on first use.
 */
export async function requireUserId(): Promise<string> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const userId = await verifySession(token, await sessionSecret(env()));
  if (!userId) throw new AppError("unauthorized:session", "Your session is missing or invalid. Reload the page.");
  await ensureUser({ db: await getDb(), userId });
  return userId;
}
