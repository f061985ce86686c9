import "server-only";
import type { ModelMessage } from "ai";
import { z } from "zod";
import type { CallSettings } from "@/lib/ai/harness";
import { INT4, storableString, strictObject } from "@/lib/personality/input-rules";
import { GatewayError } from "./errors";

/**
 * The OpenAI Chat Completions request the gateway accepts (docs/gateway.md): text in, text out. Everything a
 * text-only client sends is understood; what would need tools, images, audio or several choices is refused
 * by name (400), as is any field the API does not have (the input rules: no unknown fields).
 */

/** The longest text of one message, in UTF-16 units; the body as a whole is bounded in bytes (GATEWAY_BODY_MAX_BYTES). */
export const MESSAGE_TEXT_MAX = 100_000;
export const MESSAGES_MAX = 500;
/** A gateway body may carry a whole conversation: bigger than the app's own surfaces (64 KB). */
export const GATEWAY_BODY_MAX_BYTES = 1024 * 1024;

/** Fields of the API this gateway does not serve, each refused with why (rather than as an unknown field). */
const UNSUPPORTED: Record<string, string> = {
  tools: "Tools are not supported: this gateway answers with text only.",
  tool_choice: "Tools are not supported: this gateway answers with text only.",
  parallel_tool_calls: "Tools are not supported: this gateway answers with text only.",
  functions: "Functions are not supported: this gateway answers with text only.",
  function_call: "Functions are not supported: this gateway answers with text only.",
  audio: "Audio is not supported: this gateway answers with text only.",
  modalities: "Only the text modality is supported.",
  response_format: 'Only response_format {"type": "text"} is supported.',
  logprobs: "Log probabilities are not supported.",
  top_logprobs: "Log probabilities are not supported.",
  logit_bias: "logit_bias is not supported.",
  prediction: "Predicted outputs are not supported.",
  web_search_options: "Web search is not supported.",
};

/** A value that asks for nothing beyond text (`null`, `false`, `["text"]`, `{"type": "text"}`) is accepted. */
function asksForNothing(key: string, value: unknown): boolean {
  if (value === null || value === false) return true;
  if (key === "modalities") return Array.isArray(value) && value.length === 1 && value[0] === "text";
  if (key === "response_format") return typeof value === "object" && !Array.isArray(value) && (value as { type?: unknown }).type === "text" && Object.keys(value).length === 1;
  return false;
}

const textPart = z.discriminatedUnion(
  "type",
  [strictObject({ type: z.literal("text"), text: storableString("the text").max(MESSAGE_TEXT_MAX, "A text part is too long.") }, "a text part")],
  { error: 'Only text content is supported: a content part must be {"type": "text", "text": "…"} (no images, audio or files).' },
);

const content = z.union(
  [storableString("the content").max(MESSAGE_TEXT_MAX, `A message is too long: at most ${MESSAGE_TEXT_MAX.toLocaleString("en")} characters.`), z.array(textPart).min(1, "A message's content list must not be empty.").max(100, "A message has too many content parts.")],
  { error: "A message's content must be a string or a list of text parts." },
);

const name = storableString("the name").max(256, "A message's name is too long.").optional();

const message = z.discriminatedUnion(
  "role",
  [
    strictObject({ role: z.literal("system"), content, name }, "a system message"),
    strictObject({ role: z.literal("developer"), content, name }, "a developer message"),
    strictObject({ role: z.literal("user"), content, name }, "a user message"),
    strictObject(
      {
        role: z.literal("assistant"),
        content: content.nullable().optional(),
        name,
        refusal: storableString("the refusal").max(MESSAGE_TEXT_MAX).nullable().optional(),
      },
      "an assistant message (tool calls are not supported)",
    ),
  ],
  { error: 'A message\'s role must be "system", "developer", "user" or "assistant" (tool messages are not supported).' },
);

const number = (what: string, min: number, max: number) =>
  z.number({ error: `Send ${what} as a number.` }).min(min, `${what} must be at least ${min}.`).max(max, `${what} must be at most ${max}.`).nullable().optional();
const tokens = (what: string) =>
  z.number({ error: `Send ${what} as a number.` }).int(`${what} must be a whole number.`).min(1, `${what} must be at least 1.`).max(INT4.max, `${what} is too large.`).nullable().optional();

export const chatCompletionRequestSchema = strictObject({
  model: storableString("the model").min(1, "Say which model: GET /v1/models lists them.").max(256, "The model name is too long."),
  messages: z.array(message, { error: "messages must be a list of messages." }).min(1, "messages must not be empty.").max(MESSAGES_MAX, `At most ${MESSAGES_MAX} messages.`),
  stream: z.boolean({ error: "stream must be true or false." }).nullable().optional(),
  stream_options: strictObject({ include_usage: z.boolean({ error: "include_usage must be true or false." }).optional() }, "stream_options as an object").nullable().optional(),
  max_tokens: tokens("max_tokens"),
  max_completion_tokens: tokens("max_completion_tokens"),
  temperature: number("temperature", 0, 2),
  top_p: number("top_p", 0, 1),
  presence_penalty: number("presence_penalty", -2, 2),
  frequency_penalty: number("frequency_penalty", -2, 2),
  seed: z.number({ error: "Send seed as a number." }).int("seed must be a whole number.").min(INT4.min, "seed is out of range.").max(INT4.max, "seed is out of range.").nullable().optional(),
  stop: z
    .union([storableString("stop").min(1, "A stop sequence must not be empty.").max(200, "A stop sequence is too long."), z.array(storableString("stop").min(1, "A stop sequence must not be empty.").max(200, "A stop sequence is too long.")).max(4, "At most 4 stop sequences.")], {
      error: "stop must be a string or a list of up to 4 strings.",
    })
    .nullable()
    .optional(),
  n: z.literal(1, { error: "Only n = 1 is supported: one choice per request." }).nullable().optional(),
  user: storableString("user").max(256, "user is too long.").optional(),
  store: z.boolean({ error: "store must be true or false." }).nullable().optional(),
  metadata: z.record(z.string().max(64), storableString("a metadata value").max(512)).nullable().optional(),
  // Accepted so fields that ask for nothing beyond text pass the strict check; refused with their reason otherwise.
  ...Object.fromEntries(Object.keys(UNSUPPORTED).map((k) => [k, z.unknown().optional()])),
});
export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;

/** Refuses, by name, the first field that asks for more than text. */
export function refuseUnsupported(body: Record<string, unknown>): void {
  for (const [key, reason] of Object.entries(UNSUPPORTED)) {
    if (body[key] !== undefined && !asksForNothing(key, body[key])) {
      throw new GatewayError("bad_request:gateway", reason, { param: key, openaiCode: "unsupported_parameter" });
    }
  }
}

type Content = z.infer<typeof content> | null | undefined;
const textOf = (c: Content): string => (c == null ? "" : typeof c === "string" ? c : c.map((p) => p.text).join(""));

/** The request as the surface turn takes it: system and developer texts apart, the conversation as model messages. */
export function toTurnInput(body: ChatCompletionRequest): { system: string[]; messages: ModelMessage[]; prompt: string; settings: CallSettings } {
  const system: string[] = [];
  const messages: ModelMessage[] = [];
  for (const m of body.messages) {
    const text = textOf(m.content);
    if (m.role === "system" || m.role === "developer") system.push(text);
    else if (m.role === "user") messages.push({ role: "user", content: text });
    else if (text !== "") messages.push({ role: "assistant", content: text });
  }
  const lastUser = body.messages.findLast((m) => m.role === "user");
  if (!lastUser) {
    throw new GatewayError("bad_request:gateway", "messages must include at least one user message.", { param: "messages", openaiCode: "invalid_value" });
  }
  const stop = body.stop == null ? undefined : typeof body.stop === "string" ? [body.stop] : body.stop;
  const maxOutputTokens = body.max_completion_tokens ?? body.max_tokens ?? undefined;
  const settings: CallSettings = {
    ...(maxOutputTokens != null ? { maxOutputTokens } : {}),
    ...(body.temperature != null ? { temperature: body.temperature } : {}),
    ...(body.top_p != null ? { topP: body.top_p } : {}),
    ...(body.presence_penalty != null ? { presencePenalty: body.presence_penalty } : {}),
    ...(body.frequency_penalty != null ? { frequencyPenalty: body.frequency_penalty } : {}),
    ...(body.seed != null ? { seed: body.seed } : {}),
    ...(stop && stop.length > 0 ? { stopSequences: stop } : {}),
  };
  return { system, messages, prompt: textOf(lastUser.content), settings };
}

/** POST /v1/feedback: a thumb on a reply the gateway returned (its completion id), or none (null). */
export const feedbackRequestSchema = strictObject({
  id: z.uuid({ error: "id must be a completion id the gateway returned." }),
  rating: z.enum(["up", "down"], { error: 'rating must be "up", "down" or null.' }).nullable(),
});
