/**
 * The export file, version 1 (docs/export-format.md): everything one user owns, as one JSON document whose
 * arrays mirror the tables. This zod schema is what an import accepts; every field has its column's bounds and
 * refuses what the database refuses (NUL, lone surrogates, numbers past their column), so a file that parses
 * can be written whole. Ids in the file are labels: an import gives every row a fresh id and rewrites the
 * references through them (lib/data/import.ts), so no file can name a row of anyone else.
 */
import { z } from "zod";
import { ABOUT_ME_MAX, atomFieldSchemas, DIMENSIONS } from "@/lib/personality/atoms";
import { MAX_AMENDMENT_CHARS } from "@/lib/personality/amendments";
import { INT2, int4, storableString, strictObject, unstorableTextProblem } from "@/lib/personality/input-rules";
import { PARAGRAPH_MAX_CHARS } from "@/lib/personality/paragraph-rules";

export const EXPORT_FORMAT = "profile-maker-export";
export const EXPORT_VERSION = 1;

/** The largest reply text a file may carry (a 2,000-token reply is ~10,000 characters; room for any script). */
export const REPLY_TEXT_MAX = 100_000;
/** The longest question (TEXT_MAX of the surfaces) and the longest reason or title any writer stores. */
const PROMPT_MAX = 8000;
const SHORT_MAX = 2000;
/** jsonb values (evidence, the aggregator's state): bounded in size and depth, strings storable. */
const JSON_MAX_CHARS = 64 * 1024;
const JSON_MAX_DEPTH = 8;

const id = z.uuid({ error: "Every id in the file must be a UUID." });
const time = z.iso.datetime({ offset: true, error: "Times must be ISO 8601 with a time zone, e.g. 2026-12-01T22:00:00.000Z." });
const text = (what: string, max: number) => storableString(what).max(max, `${what} is longer than ${max.toLocaleString("en")} characters.`);
const count = (what: string) => int4(what, { min: 0 });
const finite = z.number().refine(Number.isFinite, "Numbers must be finite.");
const dimension = z.enum(DIMENSIONS, { error: `Unknown dimension: use one of ${DIMENSIONS.join(", ")}.` });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Why a JSON value cannot be stored as jsonb within the bounds, or null. */
function jsonProblem(value: unknown, depth = 0): string | null {
  if (depth > JSON_MAX_DEPTH) return "A JSON value in the file is nested too deeply.";
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : "Numbers must be finite.";
  if (typeof value === "string") return unstorableTextProblem(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const p = jsonProblem(v, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = jsonProblem(k, depth + 1) ?? jsonProblem(v, depth + 1);
      if (p) return p;
    }
    return null;
  }
  return "A JSON value in the file has an unknown type.";
}

/** A jsonb object column: an object, bounded, storable all the way down. */
const jsonObject = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const problem = jsonProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
  else if (JSON.stringify(value).length > JSON_MAX_CHARS) ctx.addIssue({ code: "custom", message: "A JSON value in the file is too large." });
}) as unknown as z.ZodType<Record<string, Json>>;

const provenance = z.enum(["empty", "onboarding", "evolved", "user"], { error: "Unknown provenance." });

export const profileSchema = strictObject({
  ...atomFieldSchemas,
  aboutMe: storableString('"About me"').max(ABOUT_ME_MAX),
  version: int4("atoms version", { min: 1 }),
  updatedAt: time,
});

export const paragraphSchema = strictObject({
  text: text("The paragraph", PARAGRAPH_MAX_CHARS),
  provenance,
  version: count("paragraph version"),
  atomsVersion: int4("atoms version", { min: 1 }).nullable(),
  reason: text("A reason", SHORT_MAX),
  stale: z.boolean(),
  staleDims: z.array(dimension).max(DIMENSIONS.length),
  updatedAt: time,
});

export const paragraphVersionSchema = strictObject({
  version: int4("paragraph version", { min: 1 }),
  text: text("A paragraph version", PARAGRAPH_MAX_CHARS),
  provenance,
  reason: text("A reason", SHORT_MAX),
  atoms: strictObject({ ...atomFieldSchemas, aboutMe: storableString().max(ABOUT_ME_MAX), version: int4("atoms version", { min: 1 }) }),
  createdAt: time,
});

export const amendmentSchema = strictObject({
  id,
  text: text("An amendment", MAX_AMENDMENT_CHARS),
  status: z.enum(["proposed", "accepted", "dismissed", "folded"], { error: "Unknown amendment status." }),
  source: z.enum(["nudge", "drift", "refinement"], { error: "Unknown amendment source." }),
  evidence: jsonObject,
  createdAt: time,
  decidedAt: time.nullable(),
});

export const conversationSchema = strictObject({
  id,
  title: text("A conversation title", SHORT_MAX),
  createdAt: time,
  updatedAt: time,
});

export const responseSchema = strictObject({
  id,
  surface: z.enum(["chat", "explain", "summarize", "preview", "gateway"], { error: "Unknown surface." }),
  conversationId: id.nullable(),
  prompt: text("A question", PROMPT_MAX),
  text: text("A reply", REPLY_TEXT_MAX),
  summaryVersion: count("paragraph version"),
  thumb: z.union([z.literal(1), z.literal(-1)], { error: "A thumb is 1, -1 or null." }).nullable(),
  status: z.enum(["complete", "stopped", "error"], { error: "Unknown reply status." }),
  /** Gateway replies: the app's name as its key had it (the key itself is not exported). */
  app: text("An app name", SHORT_MAX).nullable(),
  createdAt: time,
});

export const messageSchema = strictObject({
  id,
  conversationId: id,
  role: z.enum(["user", "assistant"], { error: 'A message\'s role is "user" or "assistant".' }),
  text: text("A message", REPLY_TEXT_MAX),
  responseId: id.nullable(),
  createdAt: time,
});

export const signalSchema = strictObject({
  dimension: dimension.nullable(),
  value: finite.min(0).max(1).nullable(),
  category: z.number().int().min(0).max(INT2.max).nullable(),
  source: z.enum(["nudge", "thumb", "preview_thumb", "about_me", "skip"], { error: "Unknown signal source." }),
  weight: finite.min(-1).max(1),
  responseId: id.nullable(),
  createdAt: time,
});

export const statisticSchema = strictObject({
  dimension,
  state: jsonObject,
  estimate: finite.nullable(),
  confidence: finite.nullable(),
  n: count("signal count"),
  driftDetectedAt: time.nullable(),
  lastDriftAt: time.nullable(),
  dirty: z.boolean(),
  updatedAt: time,
});

export const refinementCheckSchema = strictObject({
  id,
  status: z.enum(["insufficient", "aligned", "diverged", "failed"], { error: "Unknown check status." }),
  seed: int4("seed"),
  summaryVersion: count("paragraph version"),
  evidence: jsonObject,
  wrong: count("wrong count"),
  sampled: count("sample size"),
  reason: text("A reason", SHORT_MAX),
  amendmentId: id.nullable(),
  createdAt: time,
});

/** The envelope alone: read first, so a file of another format or version gets its own clear answer. */
export const envelopeSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: "This is not a Profile Maker export file." }),
  version: z.literal(EXPORT_VERSION, {
    error: (issue) =>
      `This file is export format version ${JSON.stringify(issue.input)?.slice(0, 20)}; this instance reads version ${EXPORT_VERSION} only.`,
  }),
});

export const exportFileSchema = strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
  profile: profileSchema.nullable(),
  paragraph: paragraphSchema.nullable(),
  paragraphHistory: z.array(paragraphVersionSchema),
  amendments: z.array(amendmentSchema),
  conversations: z.array(conversationSchema),
  responses: z.array(responseSchema),
  messages: z.array(messageSchema),
  signals: z.array(signalSchema),
  statistics: z.array(statisticSchema).max(DIMENSIONS.length),
  refinementChecks: z.array(refinementCheckSchema),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
