/**
 * Request schemas of the Profile Maker's server actions, shared by the forms (live validation) and the
 * actions (the authority). Field schemas and option lists come from lib/personality/atoms.ts; the rules every
 * doorway shares (storable text, column bounds, no unknown fields) from lib/personality/input-rules.ts.
 */
import { z } from "zod";
import { int4, storableString, strictObject } from "@/lib/personality/input-rules";
import { aboutMeSchema, atomChangeSchema, atomsSchema } from "@/lib/personality/atoms";
import { amendmentProblem, paragraphProblem } from "@/lib/personality/paragraph-rules";

export const onboardingSchema = strictObject({ atoms: atomsSchema, aboutMe: aboutMeSchema.transform((s) => s.trim()) });

export const nudgeSchema = atomChangeSchema;

export const aboutMeInputSchema = strictObject({ aboutMe: aboutMeSchema.transform((s) => s.trim()) });

export const paragraphTextSchema = storableString("your paragraph")
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const problem = paragraphProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A paragraph version as stored (int4, from 0: "none yet"). */
const versionSchema = (min: number) => int4("paragraph version", { min });

export const saveParagraphSchema = strictObject({ text: paragraphTextSchema, baseVersion: versionSchema(0) });

export const clearPinSchema = strictObject({});

/** "Check for drift now": no input; the user is the session's. */
export const checkDriftSchema = strictObject({});

/** "Check my thumbs now": no input; the user is the session's. */
export const checkRefinementSchema = strictObject({});

export const regenerateSchema = strictObject({ confirmed: z.boolean({ error: "Send confirmed as true or false." }) });

/** An amendment the user edited before accepting (see amendmentProblem). */
export const amendmentSentenceSchema = storableString("the sentence")
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const problem = amendmentProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const amendmentId = z.uuid("Unknown suggestion.");

export const acceptAmendmentSchema = strictObject({ id: amendmentId, text: amendmentSentenceSchema.optional() });

export const dismissAmendmentSchema = strictObject({ id: amendmentId });

export const revertSchema = strictObject({ version: versionSchema(1) });
