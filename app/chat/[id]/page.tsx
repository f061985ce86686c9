import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ChatScreen } from "@/components/chat/chat-screen";
import { readerId } from "@/lib/session";
import { loadChat } from "../load";

export const metadata: Metadata = { title: "Chat" };
export const dynamic = "force-dynamic";

/** A stored conversation; someone else's (or a made-up id) is the same 404. */
export default async function ChatPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const props = await loadChat({ userId: await readerId(), conversationId: id });
  if (!props) notFound();
  return <ChatScreen key={props.conversationId} {...props} />;
}
