import { createUIMessageStreamResponse, toUIMessageStream, type ModelMessage, type ToolSet } from "ai";
import { getDb } from "@/db/client";
import {
  appendUserMessage,
  claimConversation,
  dropTrailingAssistantMessages,
  getConversation,
  listMessages,
  storeAssistantReply,
  type StoredChatMessage,
} from "@/db/queries/chat";
import { streamSurface, type ReplyStatus } from "@/lib/ai/harness";
import { parseBody, replyErrorText } from "@/lib/ai/requests";
import { toContextDto, type ChatUIMessage } from "@/lib/ai/client-contract";
import { AppError, toAppError } from "@/lib/errors";
import { noteResponseStored } from "@/lib/refinement/trigger";
import { requireUserId } from "@/lib/session";
import { chatRequestSchema } from "./schema";

/** How much of the conversation the model sees: enough for a demo chat, bounded in cost. */
const HISTORY_MESSAGES = 20;

/**
 * POST /api/chat: parse → session → ownership → store the user's message → stream through the harness →
 * store the reply when it ends (complete, stopped or failed: the partial text is kept with its status, so the
 * stored conversation always shows what the user saw).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const body = await parseBody(request, chatRequestSchema, "chat");
    const userId = await requireUserId();
    const db = await getDb();
    const { conversationId } = body;

    const conversation =
      body.trigger === "submit-message" || body.message
        ? await claimConversation({ db, userId, id: conversationId })
        : await getConversation({ db, userId, id: conversationId });
    if (!conversation) throw new AppError("not_found:chat", "This conversation does not exist.");
    const lastQuestionIs = async (text: string) =>
      (await listMessages({ db, userId, conversationId })).findLast((m) => m.role === "user")?.text === text;

    // A retry whose question never reached the server (the request failed on the way) stores it first.
    const newQuestion =
      body.trigger === "submit-message" || (body.message && !(await lastQuestionIs(body.message.text)))
        ? body.message
        : undefined;
    if (newQuestion) {
      await appendUserMessage({ db, userId, conversationId, text: newQuestion.text });
    } else {
      await dropTrailingAssistantMessages({ db, userId, conversationId });
    }
    const history = await listMessages({ db, userId, conversationId });
    const question = history.at(-1);
    if (!question || question.role !== "user") {
      throw new AppError("bad_request:chat", "There is no message to answer in this conversation.");
    }

    const responseId = crypto.randomUUID();
    let status: ReplyStatus = "complete";
    const run = await streamSurface({
      userId,
      surface: "chat",
      messages: toModelMessages(history),
      abortSignal: request.signal,
      onSettled: async (outcome, context) => {
        status = outcome.status;
        await storeAssistantReply({
          db,
          userId,
          conversationId,
          responseId,
          prompt: question.text,
          text: outcome.text,
          summaryVersion: context.preamble.version,
          status: outcome.status,
        });
        // Every 20th response of the account queues a refinement check (never fails the reply).
        if (outcome.status !== "error") await noteResponseStored({ db, userId });
      },
    });
    const { preamble, model } = toContextDto(run);

    return createUIMessageStreamResponse({
      stream: toUIMessageStream<ToolSet, ChatUIMessage>({
        stream: run.stream,
        generateMessageId: () => responseId,
        messageMetadata: ({ part }) => {
          if (part.type === "start") return { responseId, summaryVersion: preamble.version, preamble, model, thumb: null };
          if (part.type === "finish") return { status };
          return undefined;
        },
        onError: replyErrorText,
      }),
    });
  } catch (err) {
    return toAppError("chat", err).toResponse();
  }
}

/** The stored conversation as model messages: failed replies are left out (the user retried or moved on). */
function toModelMessages(history: StoredChatMessage[]): ModelMessage[] {
  return history
    .filter((m) => m.role === "user" || (m.status !== "error" && m.text.trim() !== ""))
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({ role: m.role, content: m.text }));
}
