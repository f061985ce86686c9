import "server-only";
import { getDb } from "@/db/client";
import { getConversation, listConversations, listMessages } from "@/db/queries/chat";
import { summaryAtVersion } from "@/db/queries/responses";
import type { ChatScreenProps } from "@/components/chat/chat-screen";
import { surfaceContext } from "@/lib/ai/harness";
import { normalizeParagraph } from "@/lib/ai/prompts";
import { toContextDto, toUIMessages, type SentPreamble } from "@/lib/ai/client-contract";

/** Everything the chat page renders with; null when the conversation is not the user's (the page 404s). */
export async function loadChat({
  userId,
  conversationId,
}: {
  userId: string;
  conversationId: string | null;
}): Promise<ChatScreenProps | null> {
  const db = await getDb();
  const context = toContextDto(await surfaceContext({ userId, surface: "chat" }));
  const chats = await listConversations({ db, userId });
  if (!conversationId) {
    return { conversationId: crypto.randomUUID(), isNew: true, initialMessages: [], chats, context, lastSent: null };
  }
  if (!(await getConversation({ db, userId, id: conversationId }))) return null;
  const stored = await listMessages({ db, userId, conversationId });
  const lastVersion = stored.findLast((m) => m.role === "assistant")?.summaryVersion ?? null;
  return {
    conversationId,
    isNew: false,
    initialMessages: toUIMessages(stored, context.model),
    chats,
    context,
    lastSent: lastVersion === null ? null : await sentWith({ userId, version: lastVersion, current: context.preamble }),
  };
}

/** The preamble a stored reply was written with, from the paragraph's history (display only, never a prompt). */
async function sentWith({
  userId,
  version,
  current,
}: {
  userId: string;
  version: number;
  current: SentPreamble;
}): Promise<SentPreamble | null> {
  if (version === 0) return { text: null, provenance: "empty", version: 0 };
  if (version === current.version) return current;
  const row = await summaryAtVersion({ db: await getDb(), userId, version });
  return row ? { text: normalizeParagraph(row.text), provenance: row.provenance, version } : null;
}
