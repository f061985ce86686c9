/**
 * A user with something in every table, written by the app's own writers (onboarding, a pin, a nudge while
 * pinned, chat turns, a tool reply, thumbs, signals over several sittings, a refinement check), for the export
 * and deletion tests.
 */
import type { Db } from "@/db/client";
import { storeChatTurn } from "@/db/queries/chat";
import { insertResponse } from "@/db/queries/responses";
import { feed, steady, userWith } from "@/lib/jobs/testing";
import { nudgeAtom } from "@/lib/profile/atom-writers";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { offline } from "@/lib/profile/testing";
import { runRefinementCheck } from "@/lib/refinement/check";

export async function richUser(db: Db): Promise<string> {
  const { userId, c } = await userWith(db, "pinned", {}, "I teach chemistry.");
  await nudgeAtom(c, { dimension: "length", value: 3 });
  const conversationId = crypto.randomUUID();
  const replies: string[] = [];
  for (const [i, question] of ["What is an ion?", "And a cation?", "Why do salts dissolve?"].entries()) {
    const id = crypto.randomUUID();
    replies.push(id);
    const reply = { id, prompt: question, text: `Reply ${i}: charged atoms, explained with care and a short example.`, summaryVersion: 2, status: "complete" as const };
    await storeChatTurn({ db, turn: { userId, conversationId, question, reply } });
  }
  const tool = crypto.randomUUID();
  await insertResponse({ db, values: { id: tool, userId, surface: "explain", prompt: "Explain pH.", text: "pH is the negative log of the hydrogen ion activity.", summaryVersion: 2, status: "complete" } });
  await rateResponse({ userId, responseId: replies[0]!, thumb: "up" });
  await rateResponse({ userId, responseId: replies[1]!, thumb: "down" });
  await rateResponse({ userId, responseId: tool, thumb: "up" });
  // Switching a thumb logs a compensation (weight −1): the log keeps both.
  await rateResponse({ userId, responseId: replies[1]!, thumb: "up" });
  await feed(db, userId, { tone: steady(0.6, 24), density: steady(0.3, 24) });
  await runRefinementCheck({ db, userId, deps: { verbalize: offline, seed: () => 11 } });
  return userId;
}
