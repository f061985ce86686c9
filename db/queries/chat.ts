import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { preparedQuery } from "@/db/prepared";
import type { Executor } from "@/db/client";
import { aiResponse, conversation, message, type AiResponseRow, type ConversationRow, type MessageRow } from "@/db/schema";

/** A stored chat message with what its response carries (assistant messages only). */
export type StoredChatMessage = Pick<MessageRow, "id" | "role" | "text" | "createdAt"> & {
  responseId: string | null;
  thumb: number | null;
  status: AiResponseRow["status"] | null;
  summaryVersion: number | null;
};

const TITLE_MAX = 60;

/**
 * The caller's conversation with this id, created on first use. The client picks the id of a new chat (a UUID),
 * so nothing is stored for a chat nobody wrote in. An id that belongs to someone else returns null: the caller
 * answers 404 and learns nothing about it.
 */
export async function claimConversation({
  db,
  userId,
  id,
}: {
  db: Executor;
  userId: string;
  id: string;
}): Promise<ConversationRow | null> {
  await db.insert(conversation).values({ id, userId }).onConflictDoNothing({ target: conversation.id });
  return getConversation({ db, userId, id });
}

export async function getConversation({
  db,
  userId,
  id,
}: {
  db: Executor;
  userId: string;
  id: string;
}): Promise<ConversationRow | null> {
  const [row] = await preparedQuery(db, "get_conversation", (d) =>
    d
      .select()
      .from(conversation)
      .where(and(eq(conversation.id, sql.placeholder("id")), eq(conversation.userId, sql.placeholder("userId"))))
      .prepare("get_conversation"),
  ).execute({ id, userId });
  return row ?? null;
}

/** The user's conversations that have at least one message, most recent first. */
export async function listConversations({
  db,
  userId,
  limit = 20,
}: {
  db: Executor;
  userId: string;
  limit?: number;
}): Promise<Pick<ConversationRow, "id" | "title" | "updatedAt">[]> {
  return db
    .select({ id: conversation.id, title: conversation.title, updatedAt: conversation.updatedAt })
    .from(conversation)
    .where(
      and(
        eq(conversation.userId, userId),
        sql`exists (select 1 from ${message} where ${message.conversationId} = ${conversation.id})`,
      ),
    )
    .orderBy(desc(conversation.updatedAt))
    .limit(limit);
}

/** Every message of one of the user's conversations, oldest first, with its response's thumb and status. */
export async function listMessages({
  db,
  userId,
  conversationId,
}: {
  db: Executor;
  userId: string;
  conversationId: string;
}): Promise<StoredChatMessage[]> {
  // On every chat turn (twice): prepared.
  return preparedQuery(db, "list_messages", (d) =>
    d
      .select({
        id: message.id,
        role: message.role,
        text: message.text,
        createdAt: message.createdAt,
        responseId: message.responseId,
        thumb: aiResponse.thumb,
        status: aiResponse.status,
        summaryVersion: aiResponse.summaryVersion,
      })
      .from(message)
      .leftJoin(aiResponse, eq(aiResponse.id, message.responseId))
      .where(and(eq(message.conversationId, sql.placeholder("conversationId")), eq(message.userId, sql.placeholder("userId"))))
      .orderBy(asc(message.createdAt), sql`case when ${message.role} = 'user' then 0 else 1 end`)
      .prepare("list_messages"),
  ).execute({ conversationId, userId });
}

/** Stores the user's message; the first one also names the conversation. One transaction. */
export async function appendUserMessage({
  db,
  userId,
  conversationId,
  text,
}: {
  db: Executor;
  userId: string;
  conversationId: string;
  text: string;
}): Promise<MessageRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(message).values({ conversationId, userId, role: "user", text }).returning();
    const title = text.replace(/\s+/g, " ").trim();
    await tx
      .update(conversation)
      .set({
        updatedAt: sql`now()`,
        title: sql`case when ${conversation.title} = 'New chat' then ${title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title} else ${conversation.title} end`,
      })
      .where(and(eq(conversation.id, conversationId), eq(conversation.userId, userId)));
    return row!;
  });
}

/**
 * Retry: removes the assistant messages after the last user message, so the conversation again ends with the
 * question being answered. Their ai_response rows stay (they are the record of what the model produced, and
 * thumbs on them keep counting); only the conversation no longer shows them.
 */
export async function dropTrailingAssistantMessages({
  db,
  userId,
  conversationId,
}: {
  db: Executor;
  userId: string;
  conversationId: string;
}): Promise<void> {
  const [last] = await db
    .select({ createdAt: message.createdAt })
    .from(message)
    .where(and(eq(message.conversationId, conversationId), eq(message.userId, userId), eq(message.role, "user")))
    .orderBy(desc(message.createdAt))
    .limit(1);
  if (!last) return;
  await db
    .delete(message)
    .where(
      and(
        eq(message.conversationId, conversationId),
        eq(message.userId, userId),
        eq(message.role, "assistant"),
        gt(message.createdAt, last.createdAt),
      ),
    );
}

/** Stores one assistant reply: its ai_response (with the summary version it was written with) and its message. */
export async function storeAssistantReply({
  db,
  userId,
  conversationId,
  responseId,
  prompt,
  text,
  summaryVersion,
  status,
}: {
  db: Executor;
  userId: string;
  conversationId: string;
  responseId: string;
  prompt: string;
  text: string;
  summaryVersion: number;
  status: AiResponseRow["status"];
}): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(aiResponse).values({
      id: responseId,
      userId,
      surface: "chat",
      conversationId,
      prompt,
      text,
      summaryVersion,
      status,
    });
    await tx.insert(message).values({ conversationId, userId, role: "assistant", text, responseId });
    await tx
      .update(conversation)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(conversation.id, conversationId), eq(conversation.userId, userId)));
  });
}
