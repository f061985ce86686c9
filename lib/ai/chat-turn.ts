import "server-only";
import { convertToModelMessages, type ModelMessage, type UIMessage } from "ai";
import type { Db } from "@/db/client";
import { readTurnConversation, storeChatTurn, type ChatTurnWrite, type StoredChatMessage } from "@/db/queries/chat";
import { AppError } from "@/lib/errors";

/** How much of the conversation the model sees: enough for a demo chat, bounded in cost. */
const HISTORY_MESSAGES = 20;
/**
 * How many of the newest stored messages a turn reads to find them: failed and empty replies are left out of
 * the history, so it reads more than it sends; a conversation of thousands of messages costs a turn no more.
 */
const TURN_READ_MESSAGES = 3 * HISTORY_MESSAGES;

/** A chat turn as the client asks for it: a new question, or a retry of the last one. */
export type ChatTurnInput = {
  conversationId: string;
  trigger: "submit-message" | "regenerate-message";
  /** The question as the client shows it (on a retry: stored with the reply if the failed attempt never was). */
  message?: { text: string };
};

export type ChatTurnPlan = {
  /** The question being answered. */
  prompt: string;
  messages: ModelMessage[];
  /** Writes the whole turn (answering the responses counted now, see storeChatTurn); null for a temporary chat. */
  store: ((reply: ChatTurnWrite["reply"]) => Promise<number>) | null;
};

/** A temporary chat's turn: nothing is stored, so the client sends the conversation so far (bounded, text only). */
export type TemporaryChatInput = { history: { role: "user" | "assistant"; text: string }[] };

const notFound = () => new AppError("not_found:chat", "This conversation does not exist.");

/**
 * Reads what a chat turn needs before anything streams: ownership (someone else's id is a 404, learning
 * nothing), the stored history, and whether the question is new. A retry whose question is already the last
 * one stored answers it again (the trailing replies go when the turn is stored); a retry whose question never
 * reached the server asks it. Nothing is written here: `store` writes the whole turn at once (storeChatTurn).
 */
export async function planChatTurn({ db, userId, input }: { db: Db; userId: string; input: ChatTurnInput }): Promise<ChatTurnPlan> {
  const { conversationId, trigger, message } = input;
  const { owner, messages: stored } = await readTurnConversation({ db, userId, conversationId, limit: TURN_READ_MESSAGES });
  if (owner !== null && owner !== userId) throw notFound();
  if (owner === null && !message) throw notFound();

  const lastQuestion = stored.findLastIndex((m) => m.role === "user");
  const asks = message && (trigger === "submit-message" || stored[lastQuestion]?.text !== message.text);
  const question = asks ? message.text : null;
  const history: Pick<StoredChatMessage, "role" | "text" | "status">[] =
    question !== null ? [...stored, { role: "user", text: question, status: null }] : stored.slice(0, lastQuestion + 1);
  const prompt = history.at(-1);
  if (!prompt || prompt.role !== "user") {
    throw new AppError("bad_request:chat", "There is no message to answer in this conversation.");
  }

  return {
    prompt: prompt.text,
    messages: await convertToModelMessages(toHistory(history)),
    store: async (reply) => {
      const stored = await storeChatTurn({ db, turn: { userId, conversationId, question, reply } });
      if (!stored) throw notFound();
      return stored.counted;
    },
  };
}

/**
 * A temporary chat's turn (docs/ai-surfaces.md, "Temporary chat"): the history is the client's, since nothing
 * of it was ever stored, and there is nothing to store; it reads nothing and checks no ownership (there is no
 * conversation). The reply still goes through the one harness, with the preamble read fresh.
 */
export async function planTemporaryChatTurn({ input }: { input: TemporaryChatInput }): Promise<ChatTurnPlan> {
  const history = input.history.map((m) => ({ ...m, status: null }));
  const prompt = history.at(-1);
  if (!prompt || prompt.role !== "user") throw new AppError("bad_request:chat", "There is no message to answer in this conversation.");
  return { prompt: prompt.text, messages: await convertToModelMessages(toHistory(history)), store: null };
}

/**
 * The stored conversation as the AI SDK's UI messages, for convertToModelMessages: failed and empty replies
 * are left out (the user retried or moved on), and only the last HISTORY_MESSAGES are sent.
 */
function toHistory(history: Pick<StoredChatMessage, "role" | "text" | "status">[]): Omit<UIMessage, "id">[] {
  return history
    .filter((m) => m.role === "user" || (m.status !== "error" && m.text.trim() !== ""))
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({ role: m.role, parts: [{ type: "text", text: m.text }] }));
}
