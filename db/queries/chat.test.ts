/**
 * The chat turn's two statements on both drivers: readTurnConversation (what it reads before streaming) against
 * the separate reads it replaced, and storeChatTurn: what it writes on a first turn, a later turn and a retry,
 * the count it answers for the refinement trigger, and someone else's conversation id (nothing at all).
 */
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { aiResponse, conversation } from "@/db/schema";
import { createUser, spaceTurns } from "@/tests/ai-fixtures";
import { describeDrivers } from "@/tests/databases";
import { hashUserRows } from "@/tests/row-hash";
import { conversationOwner, listMessages, readTurnConversation, storeChatTurn } from "./chat";
import { countStoredResponses } from "./refinement";
import { insertResponse } from "./responses";

describeDrivers("storeChatTurn", (ctx) => {
  const db = () => ctx.database.db;
  const reply = (text: string, status: "complete" | "stopped" | "error" = "complete") => ({
    id: crypto.randomUUID(),
    prompt: "q",
    text,
    summaryVersion: 1,
    status,
  });
  const titleOf = async (id: string) => (await db().select().from(conversation).where(eq(conversation.id, id)))[0]!.title;

  it("a first turn, a later one and a retry: the messages, the title, and the count the trigger decides from", async () => {
    const userId = await createUser(db());
    const id = crypto.randomUUID();
    await insertResponse({ db: db(), values: { ...reply("An explanation."), userId, surface: "explain" } });

    expect(await storeChatTurn({ db: db(), turn: { userId, conversationId: id, question: "What is a tide?", reply: reply("A tide is…") } })).toEqual({
      counted: 2,
    });
    expect(await conversationOwner({ db: db(), id })).toBe(userId);
    expect(await titleOf(id)).toBe("What is a tide?");
    const failed = reply("", "error");
    expect(await storeChatTurn({ db: db(), turn: { userId, conversationId: id, question: "And the moon?", reply: failed } })).toEqual({
      counted: 2,
    });
    // The title is the first question's; a retry replaces the trailing reply (its ai_response row stays).
    expect(await titleOf(id)).toBe("What is a tide?");
    const retried = reply("The moon pulls the sea.", "stopped");
    expect(await storeChatTurn({ db: db(), turn: { userId, conversationId: id, question: null, reply: retried } })).toEqual({ counted: 3 });
    expect(await countStoredResponses({ db: db(), userId })).toBe(3);
    const messages = await listMessages({ db: db(), userId, conversationId: id });
    expect(messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ["user", "What is a tide?", null],
      ["assistant", "A tide is…", "complete"],
      ["user", "And the moon?", null],
      ["assistant", "The moon pulls the sea.", "stopped"],
    ]);
    expect(messages[3]!.responseId).toBe(retried.id);
    expect((await db().select().from(aiResponse).where(eq(aiResponse.id, failed.id)))[0]).toMatchObject({ status: "error", conversationId: id });
  });

  it("someone else's conversation id: null, and nothing of either user changes", async () => {
    const alice = await createUser(db());
    const bob = await createUser(db());
    const id = crypto.randomUUID();
    await storeChatTurn({ db: db(), turn: { userId: alice, conversationId: id, question: "Alice's question", reply: reply("Alice's reply") } });
    const before = { alice: await hashUserRows(db(), alice), bob: await hashUserRows(db(), bob) };
    for (const question of ["Bob's question", null]) {
      expect(await storeChatTurn({ db: db(), turn: { userId: bob, conversationId: id, question, reply: reply("Bob's reply") } })).toBeNull();
    }
    expect({ alice: await hashUserRows(db(), alice), bob: await hashUserRows(db(), bob) }).toEqual(before);
  });

  it("readTurnConversation: the owner and, for the owner only, listMessages' rows in its order", async () => {
    const alice = await createUser(db());
    const bob = await createUser(db());
    const id = crypto.randomUUID();
    expect(await readTurnConversation({ db: db(), userId: alice, conversationId: id, limit: 60 })).toEqual({ owner: null, messages: [] });
    const turns = [
      ["First?", reply("One.")],
      ["Second?", reply("", "error")],
      [null, reply("Two.", "stopped")],
    ] as const;
    for (const [question, r] of turns) await storeChatTurn({ db: db(), turn: { userId: alice, conversationId: id, question, reply: r } });
    const read = await readTurnConversation({ db: db(), userId: alice, conversationId: id, limit: 60 });
    expect(read).toEqual({ owner: alice, messages: await listMessages({ db: db(), userId: alice, conversationId: id }) });
    expect(read.messages.map((m) => m.text)).toEqual(["First?", "One.", "Second?", "Two."]);
    expect(read.messages[0]!.createdAt).toBeInstanceOf(Date);
    expect(await readTurnConversation({ db: db(), userId: bob, conversationId: id, limit: 60 })).toEqual({ owner: alice, messages: [] });
    expect(await conversationOwner({ db: db(), id })).toBe(alice);
  });

  it("readTurnConversation reads only the newest `limit` messages, oldest first (a reply after its question)", async () => {
    const alice = await createUser(db());
    const id = crypto.randomUUID();
    for (let i = 1; i <= 4; i++) {
      await storeChatTurn({ db: db(), turn: { userId: alice, conversationId: id, question: `Q${i}?`, reply: reply(`A${i}.`) } });
    }
    // PGlite's clock counts milliseconds, and these turns come faster than real ones: a minute apart, turn by turn.
    await spaceTurns(db(), id);
    const texts = async (limit: number) => (await readTurnConversation({ db: db(), userId: alice, conversationId: id, limit })).messages.map((m) => m.text);
    // A question and its reply share their statement's now(): the reply is the newer of the two.
    expect(await texts(1)).toEqual(["A4."]);
    expect(await texts(3)).toEqual(["A3.", "Q4?", "A4."]);
    expect(await texts(8)).toEqual(["Q1?", "A1.", "Q2?", "A2.", "Q3?", "A3.", "Q4?", "A4."]);
    expect(await texts(100)).toEqual(await texts(8));
  });
}, { pgbouncer: true });
