/**
 * Request schemas of the Profile Maker's server actions, shared by the forms (live validation) and the
 * actions (the authority). Field schemas and option lists come from lib/personality/atoms.ts.
 */
import { z } from "zod";
import { aboutMeSchema, atomChangeSchema, atomsSchema } from "@/lib/personality/atoms";
import { amendmentProblem, paragraphProblem } from "@/lib/personality/paragraph-rules";

export const onboardingSchema = z.object({ atoms: atomsSchema, aboutMe: aboutMeSchema.transform((s) => s.trim()) }).strict();

export const nudgeSchema = atomChangeSchema;

export const aboutMeInputSchema = z.object({ aboutMe: aboutMeSchema.transform((s) => s.trim()) }).strict();

export const paragraphTextSchema = z
  .string()
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const problem = paragraphProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const saveParagraphSchema = z
  .object({ text: paragraphTextSchema, baseVersion: z.number().int().min(0, "Unknown paragraph version.") })
  .strict();

export const clearPinSchema = z.object({}).strict();

/** "Check for drift now": no input; the user is the session's. */
export const checkDriftSchema = z.object({}).strict();

/** "Check my thumbs now": no input; the user is the session's. */
export const checkRefinementSchema = z.object({}).strict();

export const regenerateSchema = z.object({ confirmed: z.boolean() }).strict();

/** An amendment the user edited before accepting (see amendmentProblem). */
export const amendmentSentenceSchema = z
  .string()
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const problem = amendmentProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const amendmentId = z.uuid("Unknown suggestion.");

export const acceptAmendmentSchema = z.object({ id: amendmentId, text: amendmentSentenceSchema.optional() }).strict();

export const dismissAmendmentSchema = z.object({ id: amendmentId }).strict();

export const revertSchema = z.object({ version: z.number().int().min(1, "Unknown paragraph version.") }).strict();
