import type { Metadata } from "next";
import { ChatScreen } from "@/components/chat/chat-screen";
import { readerId } from "@/lib/session";
import { loadChat } from "./load";

export const metadata: Metadata = { title: "Chat" };
export const dynamic = "force-dynamic";

/** A new chat: nothing is stored until the first message is sent. `?temporary=1`: a temporary chat, never stored. */
export default async function NewChatPage({ searchParams }: { searchParams: Promise<{ temporary?: string | string[] }> }) {
  const temporary = (await searchParams).temporary === "1";
  const props = (await loadChat({ userId: await readerId(), conversationId: null }))!;
  return <ChatScreen key={props.conversationId} {...props} temporary={temporary} />;
}
