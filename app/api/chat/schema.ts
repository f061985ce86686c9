import { z } from "zod";
import { SURFACES } from "@/lib/ai/prompts";
import { storableString, strictObject } from "@/lib/personality/input-rules";

/** The longest message or pasted text any surface accepts (UTF-16 code units, as a textarea's maxLength counts). */
export const TEXT_MAX = 8000;

/** One field schema for every surface's text input: the chat composer, the tools page and the handlers use it. */
export const surfaceTextSchema = storableString("the text")
  .trim()
  .min(1, "Type something first: the message is empty.")
  .max(TEXT_MAX, `That is too long: at most ${TEXT_MAX.toLocaleString("en")} characters.`);

const conversationId = z.uuid({ error: "The conversation id must be a UUID." });

/** A message's parts as the AI SDK's UI messages carry them; a user can send text only. */
const userPartSchema = z.discriminatedUnion(
  "type",
  [strictObject({ type: z.literal("text"), text: storableString("the message") }, "a text part")],
  { error: 'A message part must be {"type": "text", "text": "…"}: only text can be sent.' },
);

/**
 * The new message as the AI SDK's UI message (`{ id, role: "user", parts }`). Its text parts, joined, are the
 * question; they are bounded together as one surface text.
 */
export const userMessageSchema = strictObject(
  {
    id: storableString("the message id").max(100, "The message id is too long.").optional(),
    role: z.literal("user", { error: 'The message\'s role must be "user".' }),
    parts: z
      .array(userPartSchema, { error: "The message's parts must be a list." })
      .min(1, "Type something first: the message is empty.")
      .max(50, "The message has too many parts."),
  },
  "the message as an object",
  { missing: "The message is missing." },
).transform((m, ctx) => {
  const parsed = surfaceTextSchema.safeParse(m.parts.map((p) => p.text).join(""));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["parts"] });
    return z.NEVER;
  }
  return { id: m.id, text: parsed.data };
});
export type UserMessage = z.output<typeof userMessageSchema>;

const chatTriggerError = {
  error: (issue: { input?: unknown }) =>
    issue.input !== null && typeof issue.input === "object" && !Array.isArray(issue.input)
      ? 'Unknown trigger: use "submit-message" or "regenerate-message".'
      : "Send a JSON object.",
};

/**
 * POST /api/chat. Only the new message travels: the stored conversation is the history, so a client can never
 * rewrite what the model is told was said before.
 */
export const chatRequestSchema = z.discriminatedUnion(
  "trigger",
  [
    strictObject({
      trigger: z.literal("submit-message"),
      conversationId,
      message: userMessageSchema,
    }),
    strictObject({
      trigger: z.literal("regenerate-message"),
      conversationId,
      /** The question as the client shows it: stored with the reply if the failed attempt never reached the server. */
      message: userMessageSchema.optional(),
    }),
  ],
  chatTriggerError,
);
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** How many messages a temporary chat may send (the model sees the last 20, as in a stored chat). */
export const TEMPORARY_HISTORY_MAX = 40;
/** The longest reply a temporary chat sends back as history (a 2,000-token reply, with room for any script). */
export const TEMPORARY_REPLY_MAX = 32_000;
/** A temporary chat's body: its history travels, so it is larger than a stored chat's one message. */
export const TEMPORARY_BODY_MAX_BYTES = 1024 * 1024;

const temporaryMessageSchema = strictObject(
  {
    role: z.enum(["user", "assistant"], { error: 'A message\'s role is "user" or "assistant".' }),
    parts: z.array(userPartSchema, { error: "The message's parts must be a list." }).max(50, "The message has too many parts."),
  },
  "each message as an object",
).transform((m, ctx) => {
  const text = m.parts.map((p) => p.text).join("");
  if (m.role === "assistant") {
    if (text.length > TEMPORARY_REPLY_MAX) {
      ctx.addIssue({ code: "custom", message: `A reply in the history is too long: at most ${TEMPORARY_REPLY_MAX.toLocaleString("en")} characters.`, path: ["parts"] });
      return z.NEVER;
    }
    return { role: m.role, text };
  }
  const parsed = surfaceTextSchema.safeParse(text);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["parts"] });
    return z.NEVER;
  }
  return { role: m.role, text: parsed.data };
});

/**
 * POST /api/chat/temporary: a temporary chat stores nothing, so its history travels with each request (text
 * only, bounded); it can only tell the model what this browser's own unsaved chat said, and it ends with the
 * question to answer.
 */
export const temporaryChatRequestSchema = strictObject({
  messages: z
    .array(temporaryMessageSchema, { error: "Send the messages as a list." })
    .min(1, "Type something first: the message is empty.")
    .max(TEMPORARY_HISTORY_MAX, `A temporary chat sends at most ${TEMPORARY_HISTORY_MAX} messages.`)
    .refine((ms) => ms.at(-1)?.role === "user", "The last message must be the question to answer."),
});

/** POST /api/explain and /api/summarize. */
export const textSurfaceRequestSchema = strictObject({ text: surfaceTextSchema });

/** POST /api/preview: no fields (the question is fixed); an empty body is the same as `{}`. */
export const previewRequestSchema = strictObject({});

/** GET /api/chat/context?surface=… */
export const surfaceParamSchema = z.enum(SURFACES, {
  error: `Unknown surface: use one of ${SURFACES.join(", ")}.`,
});
