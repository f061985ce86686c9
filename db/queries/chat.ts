import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { executePrepared, preparedQuery } from "@/db/prepared";
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
 * Who owns the conversation with this id (null: nobody yet). The client picks the id of a new chat (a UUID), so
 * nothing is stored for a chat nobody wrote in; an id that belongs to someone else is answered with a 404.
 */
export async function conversationOwner({ db, id }: { db: Executor; id: string }): Promise<string | null> {
  const [row] = await db.select({ userId: conversation.userId }).from(conversation).where(eq(conversation.id, id));
  return row?.userId ?? null;
}

/**
 * What a chat turn reads before it streams, in one prepared statement: the conversation's owner
 * (conversationOwner) and, when that is the user, its newest `limit` messages (listMessages' rows and order,
 * newest last); someone else's conversation reads no message. The limit keeps a turn's read the same size
 * however long the conversation has grown (message_conversation_idx walks it from the newest end).
 */
export async function readTurnConversation({
  db,
  userId,
  conversationId,
  limit,
}: {
  db: Executor;
  userId: string;
  conversationId: string;
  limit: number;
}): Promise<{ owner: string | null; messages: StoredChatMessage[] }> {
  const [row] = await executePrepared<{ owner: string | null; messages: (Omit<StoredChatMessage, "createdAt"> & { createdAt: string })[] | null }>(
    db,
    "turn_conversation",
    sql`select c.user_id as owner,
        case when c.user_id = ${userId}::uuid then (
          select coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'role', t.role, 'text', t.text, 'createdAt', t.created_at,
              'responseId', t.response_id, 'thumb', t.thumb, 'status', t.status, 'summaryVersion', t.summary_version)
            order by t.created_at, t.reply_last), '[]'::jsonb)
          from (select m.id, m.role, m.text, m.created_at, m.response_id, r.thumb, r.status, r.summary_version,
                  case when m.role = 'user' then 0 else 1 end as reply_last
                from message m left join ai_response r on r.id = m.response_id
                where m.conversation_id = c.id and m.user_id = c.user_id
                order by m.created_at desc, reply_last desc
                limit ${limit}::int) t) end as messages
      from (select ${conversationId}::uuid as id) k left join conversation c on c.id = k.id`,
  );
  const messages = (row!.messages ?? []).map((m) => ({ ...m, createdAt: new Date(m.createdAt) }));
  return { owner: row!.owner, messages };
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
 * Stores a whole chat turn in ONE statement, or none of it: claims the conversation (created on its first turn;
 * someone else's id matches no row, and then nothing else is written), then either appends the question (the
 * first one also names the conversation) or, on a retry, removes the assistant messages after the last question
 * (their ai_response rows stay: they are the record of what the model produced, and thumbs on them keep
 * counting), then stores the reply's ai_response and its message. Null when the id turned out to be someone
 * else's; else how many responses of the user the refinement loop counts now (countStoredResponses, this reply
 * included), so the trigger needs no query of its own.
 *
 * One statement sees one snapshot: the claim is an upsert (its ON CONFLICT sees a conversation another request
 * created a moment ago, and locks it), the rows it writes are passed along through RETURNING, and the count adds
 * this reply to the ones stored before it.
 */
export async function storeChatTurn({ db, turn }: { db: Executor; turn: ChatTurnWrite }): Promise<{ counted: number } | null> {
  const { userId, conversationId, question, reply } = turn;
  const title = question === null ? null : titleOf(question);
  const [row] = await executePrepared<{ owned: boolean; counted: number }>(
    db,
    "store_chat_turn",
    sql`with claimed as (
        insert into conversation as c (id, user_id, title)
        values (${conversationId}::uuid, ${userId}::uuid, coalesce(${title}::text, 'New chat'))
        on conflict (id) do update
          set updated_at = now(), title = case when c.title = 'New chat' then excluded.title else c.title end
          where c.user_id = excluded.user_id
        returning c.id, c.user_id
      ), asked as (
        insert into message (conversation_id, user_id, role, text)
        select id, user_id, 'user', ${question}::text from claimed where ${question}::text is not null
      ), retried as (
        -- gte: a question and its reply share their statement's now(); the reply sorts after it (listMessages).
        delete from message m using claimed
        where ${question}::text is null and m.conversation_id = claimed.id and m.user_id = claimed.user_id
          and m.role = 'assistant'
          and m.created_at >= (select max(q.created_at) from message q
                               where q.conversation_id = claimed.id and q.user_id = claimed.user_id and q.role = 'user')
      ), response as (
        insert into ai_response (id, user_id, surface, conversation_id, prompt, text, summary_version, status)
        select ${reply.id}::uuid, user_id, 'chat'::surface, id, ${reply.prompt}::text, ${reply.text}::text,
          ${reply.summaryVersion}::int, ${reply.status}::text
        from claimed
        returning id, user_id, conversation_id, text, status
      ), answer as (
        insert into message (conversation_id, user_id, role, text, response_id)
        select conversation_id, user_id, 'assistant', text, id from response
      )
      select exists (select 1 from claimed) as owned,
        (select count(*)::int from ai_response where user_id = ${userId}::uuid and status <> 'error')
          + (select count(*)::int from response where status <> 'error') as counted`,
  );
  return row!.owned ? { counted: row!.counted } : null;
}

function titleOf(question: string): string {
  const title = question.replace(/\s+/g, " ").trim();
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
