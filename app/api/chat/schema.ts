import { z } from "zod";
import { SURFACES } from "@/lib/ai/prompts";

/** The longest message or pasted text any surface accepts. */
export const TEXT_MAX = 8000;

/** One field schema for every surface's text input: the chat composer, the tools page and the handlers use it. */
export const surfaceTextSchema = z
  .string({ error: "Send the text as a string." })
  .trim()
  .min(1, "Type something first: the message is empty.")
  .max(TEXT_MAX, `That is too long: at most ${TEXT_MAX.toLocaleString("en")} characters.`);

const conversationId = z.uuid({ error: "The conversation id must be a UUID." });

/**
 * POST /api/chat. Only the new message travels: the stored conversation is the history, so a client can never
 * rewrite what the model is told was said before.
 */
export const chatRequestSchema = z.discriminatedUnion(
  "trigger",
  [
    z.object({
      trigger: z.literal("submit-message"),
      conversationId,
      message: z.object({ text: surfaceTextSchema }, { error: "The message is missing." }),
    }),
    z.object({
      trigger: z.literal("regenerate-message"),
      conversationId,
      /** The question as the client shows it: stored first if the failed attempt never reached the server. */
      message: z.object({ text: surfaceTextSchema }).optional(),
    }),
  ],
  {
    error: (issue) =>
      issue.input !== null && typeof issue.input === "object" && !Array.isArray(issue.input)
        ? 'Unknown trigger: use "submit-message" or "regenerate-message".'
        : "Send a JSON object.",
  },
);
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** POST /api/explain and /api/summarize. */
export const textSurfaceRequestSchema = z.object({ text: surfaceTextSchema }, { error: "Send a JSON object." });

/** GET /api/chat/context?surface=… */
export const surfaceParamSchema = z.enum(SURFACES, {
  error: `Unknown surface: use one of ${SURFACES.join(", ")}.`,
});
