import "server-only";
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import { preparedQuery } from "@/db/prepared";
import type { Db, Executor } from "@/db/client";
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
 * Who owns the conversation with this id (null: nobody yet). The client picks the id of a new chat (a UUID), so
 * nothing is stored for a chat nobody wrote in; an id that belongs to someone else is answered with a 404.
 */
export async function conversationOwner({ db, id }: { db: Executor; id: string }): Promise<string | null> {
  const [row] = await db.select({ userId: conversation.userId }).from(conversation).where(eq(conversation.id, id));
  return row?.userId ?? null;
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

/** What one chat turn stores: its reply, and the question when this turn asked it (null: a retry). */
export type ChatTurnWrite = {
  userId: string;
  conversationId: string;
  question: string | null;
  reply: Pick<AiResponseRow, "id" | "prompt" | "text" | "summaryVersion" | "status">;
};

/**
 * Stores a whole chat turn in ONE transaction, or none of it: claims the conversation (created on its first
 * turn), then either appends the question (the first one also names the conversation) or, on a retry, removes
 * the assistant messages after the last question (their ai_response rows stay: they are the record of what the
 * model produced, and thumbs on them keep counting), then stores the reply's ai_response and its message.
 * False when the id turned out to be someone else's: nothing was written.
 */
export async function storeChatTurn({ db, turn }: { db: Db; turn: ChatTurnWrite }): Promise<boolean> {
  const { userId, conversationId, question, reply } = turn;
  return db.transaction(async (tx) => {
    await tx.insert(conversation).values({ id: conversationId, userId }).onConflictDoNothing({ target: conversation.id });
    if (!(await getConversation({ db: tx, userId, id: conversationId }))) return false;
    const scoped = and(eq(message.conversationId, conversationId), eq(message.userId, userId));
    if (question !== null) {
      await tx.insert(message).values({ conversationId, userId, role: "user", text: question });
    } else {
      const [last] = await tx
        .select({ createdAt: message.createdAt })
        .from(message)
        .where(and(scoped, eq(message.role, "user")))
        .orderBy(desc(message.createdAt))
        .limit(1);
      // gte: a question and its reply share their transaction's now(); the reply sorts after it (listMessages).
      if (last) await tx.delete(message).where(and(scoped, eq(message.role, "assistant"), gte(message.createdAt, last.createdAt)));
    }
    await tx.insert(aiResponse).values({ ...reply, userId, surface: "chat", conversationId });
    await tx.insert(message).values({ conversationId, userId, role: "assistant", text: reply.text, responseId: reply.id });
    const title = question === null ? null : titleOf(question);
    await tx
      .update(conversation)
      .set({
        updatedAt: sql`now()`,
        ...(title === null ? {} : { title: sql`case when ${conversation.title} = 'New chat' then ${title} else ${conversation.title} end` }),
      })
      .where(and(eq(conversation.id, conversationId), eq(conversation.userId, userId)));
    return true;
  });
}

function titleOf(question: string): string {
  const title = question.replace(/\s+/g, " ").trim();
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
