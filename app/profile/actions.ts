"use server";

/**
 * The Profile Maker's doorways: session → zod → one lib/profile writer → typed result. The user id comes
 * from the signed session only; every writer scopes every row to it.
 */
import type { z } from "zod";
import { AppError, fromZod, runAction, type ActionResult, type ErrorArea } from "@/lib/errors";
import { acceptAmendment, dismissAmendment } from "@/lib/profile/amendment-writers";
import { finishOnboarding, nudgeAtom, saveAboutMe } from "@/lib/profile/atom-writers";
import { checkDriftNow } from "@/lib/jobs/drift-sweep";
import { checkRefinementNow } from "@/lib/refinement/trigger";
import { writerContext, type WriterContext } from "@/lib/profile/writer-context";
import { clearPin, regenerateParagraph, revertToVersion, saveParagraph } from "@/lib/profile/paragraph-writers";
import type { WriteResult } from "@/lib/profile/write-plan";
import { loadHistory, loadProfileView, type HistoryEntry, type ProfileView } from "@/lib/profile/view";
import { readerId, requireUserId } from "@/lib/session";
import type { AtomChange } from "@/lib/personality/atoms";
import {
  aboutMeInputSchema,
  acceptAmendmentSchema,
  checkDriftSchema,
  checkRefinementSchema,
  clearPinSchema,
  dismissAmendmentSchema,
  nudgeSchema,
  onboardingSchema,
  regenerateSchema,
  revertSchema,
  saveParagraphSchema,
} from "./schemas";

/** A mutation's answer: the page's new state (so the client needs no second round trip) and a note. */
export type MutationResult = { view: ProfileView; notice: string | null };

function mutation<S extends z.ZodType>(
  area: ErrorArea,
  schema: S,
  write: (ctx: WriterContext, input: z.output<S>) => Promise<WriteResult>,
) {
  return (input: unknown): Promise<ActionResult<MutationResult>> =>
    runAction(area, async () => {
      const userId = await requireUserId();
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw fromZod(area, parsed.error);
      const ctx = await writerContext(userId);
      const { notice } = await write(ctx, parsed.data);
      return { view: await requireView(ctx), notice };
    });
}

async function requireView({ db, userId }: WriterContext): Promise<ProfileView> {
  const view = await loadProfileView({ db, userId });
  if (!view) throw new AppError("not_found:profile", "Set up your reading brain first: answer the seven questions.");
  return view;
}

const nudge = mutation("profile", nudgeSchema, (ctx, input) => nudgeAtom(ctx, input as AtomChange));
const aboutMe = mutation("profile", aboutMeInputSchema, (ctx, input) => saveAboutMe(ctx, input.aboutMe));
const save = mutation("summary", saveParagraphSchema, saveParagraph);
const unpin = mutation("summary", clearPinSchema, (ctx) => clearPin(ctx));
const regenerate = mutation("summary", regenerateSchema, regenerateParagraph);
const revert = mutation("summary", revertSchema, revertToVersion);
const accept = mutation("amendment", acceptAmendmentSchema, acceptAmendment);
const dismiss = mutation("amendment", dismissAmendmentSchema, dismissAmendment);
const checkDrift = mutation("profile", checkDriftSchema, (ctx) => checkDriftNow(ctx));
const checkRefinement = mutation("profile", checkRefinementSchema, (ctx) => checkRefinementNow(ctx));

export async function finishOnboardingAction(input: unknown): Promise<ActionResult<null>> {
  return runAction("profile", async () => {
    const userId = await requireUserId();
    const parsed = onboardingSchema.safeParse(input);
    if (!parsed.success) throw fromZod("profile", parsed.error);
    await finishOnboarding(await writerContext(userId), parsed.data);
    return null;
  });
}

/** The page's current state (the TanStack Query read, e.g. when the tab regains focus). */
export async function getProfileViewAction(): Promise<ActionResult<ProfileView>> {
  return runAction("profile", async () => requireView(await writerContext(await readerId())));
}

/** The history card's "Show all": every version the page lists (a view carries only the newest few). */
export async function getHistoryAction(): Promise<ActionResult<HistoryEntry[]>> {
  return runAction("profile", async () => loadHistory(await writerContext(await readerId())));
}

export async function nudgeAction(input: unknown) {
  return nudge(input);
}
export async function saveAboutMeAction(input: unknown) {
  return aboutMe(input);
}
export async function saveParagraphAction(input: unknown) {
  return save(input);
}
export async function clearPinAction(input: unknown) {
  return unpin(input);
}
export async function regenerateAction(input: unknown) {
  return regenerate(input);
}
export async function revertAction(input: unknown) {
  return revert(input);
}
export async function acceptAmendmentAction(input: unknown) {
  return accept(input);
}
export async function dismissAmendmentAction(input: unknown) {
  return dismiss(input);
}
/** "Check for drift now": the drift sweep for the session's user only (what the schedule does every 15 minutes). */
export async function checkDriftAction(input: unknown) {
  return checkDrift(input);
}
/** "Check my thumbs now": a refinement check for the session's user (what every 20th reply queues). */
export async function checkRefinementAction(input: unknown) {
  return checkRefinement(input);
}
