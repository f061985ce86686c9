/**
 * When a refinement check is due (docs/design.md, L6: after every 20th AI response of an account) and how it is
 * queued. The surfaces call noteResponseStored after their response row has committed; the check itself runs
 * in a job, never in the user's request.
 */
import "server-only";
import { logFailure } from "@/lib/log";
import type { Db } from "@/db/client";
import { listRecentChecks } from "@/db/queries/refinement";
import type { RefinementCheckRow } from "@/db/schema";
import type { WriteResult } from "@/lib/profile/write-plan";
import { REFINEMENT } from "@/lib/personality/refinement";
import { REFINEMENT_CHECK, type RefinementCheckJob } from "@/lib/jobs/queues";
import { jobEngine } from "@/lib/jobs/runtime";

/**
 * Queues a check for the user. "stately" + singletonKey = user id: at most one queued and one running per user,
 * so a second request while one waits returns null (already queued) and two checks never run at once.
 */
export async function enqueueRefinementCheck(userId: string): Promise<string | null> {
  const boss = await jobEngine();
  const job: RefinementCheckJob = { userId };
  return boss.send(REFINEMENT_CHECK, job, { singletonKey: userId });
}

/**
 * After a response was stored: `counted` is how many of the user's responses the loop counts now (the storing
 * statement's own answer: storeChatTurn, insertResponse; countStoredResponses is the rule), and every
 * REFINEMENT.every-th queues a check. Never throws: a failed send is logged and costs the user's reply nothing
 * (the next 20 bring the next check). Two replies of one user stored at the same instant may both count past a
 * multiple and skip one check; one user streams one reply at a time, and "Check my thumbs now" exists for the
 * curious.
 */
export async function noteResponseStored({
  userId,
  counted,
  enqueue = enqueueRefinementCheck,
}: {
  userId: string;
  counted: number;
  enqueue?: (userId: string) => Promise<string | null>;
}): Promise<boolean> {
  if (counted === 0 || counted % REFINEMENT.every !== 0) return false;
  try {
    await enqueue(userId);
    return true;
  } catch (error) {
    logFailure("refinement", `could not queue a check; the next one comes ${REFINEMENT.every} replies later`, error, { userId });
    return false;
  }
}

/** How long "Check my thumbs now" waits for the queued check before saying it is still running. */
export const CHECK_NOW_WAIT_MS = 20_000;
const POLL_MS = 250;

/** What a finished check tells the user. */
export function describeCheck(check: Pick<RefinementCheckRow, "status" | "reason">): string {
  if (check.status === "failed") return `The check could not finish, so nothing was changed. ${check.reason}`;
  return check.reason;
}

/**
 * "Check my thumbs now" on the Profile Maker: the same check, queued like the automatic one (so the one-per-user
 * rule holds here too), and awaited for up to CHECK_NOW_WAIT_MS by watching for its row.
 */
export async function checkRefinementNow(
  { db, userId }: { db: Db; userId: string },
  { enqueue = enqueueRefinementCheck, waitMs = CHECK_NOW_WAIT_MS }: { enqueue?: (userId: string) => Promise<string | null>; waitMs?: number } = {},
): Promise<WriteResult> {
  const newest = async () => (await listRecentChecks({ db, userId, limit: 1 }))[0] ?? null;
  const before = (await newest())?.id ?? null;
  await enqueue(userId);
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const check = await newest();
    if (check && check.id !== before) return { notice: describeCheck(check) };
  }
  return { notice: "The check is still running; its result will show here when it is done." };
}
