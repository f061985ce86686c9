import type { Metadata } from "next";
import { ToolsScreen } from "@/components/ai/tools-screen";
import { surfaceContext } from "@/lib/ai/harness";
import { toContextDto } from "@/lib/ai/client-contract";
import { requireUserId } from "@/lib/session";

export const metadata: Metadata = { title: "Explain & summarize" };
export const dynamic = "force-dynamic";

export default async function ToolsPage() {
  const userId = await requireUserId();
  const [explain, summarize] = await Promise.all([
    surfaceContext({ userId, surface: "explain" }),
    surfaceContext({ userId, surface: "summarize" }),
  ]);
  return <ToolsScreen contexts={{ explain: toContextDto(explain), summarize: toContextDto(summarize) }} />;
}
