import type { Metadata } from "next";
import { AppsScreen } from "@/components/apps/apps-screen";
import { currentModelId } from "@/lib/ai/harness";
import { toKeyDto } from "@/lib/gateway/key-dto";
import { listKeys } from "@/lib/gateway/keys";
import { currentUser } from "@/lib/session";

export const metadata: Metadata = { title: "Use it in your apps" };
export const dynamic = "force-dynamic";

/** "Use it in your apps": the gateway's keys (docs/gateway.md). A visitor without a session has none yet. */
export default async function AppsPage() {
  const user = await currentUser();
  const keys = user ? (await listKeys({ userId: user.userId })).map(toKeyDto) : [];
  return <AppsScreen initialKeys={keys} model={currentModelId()} serverNow={new Date().toISOString()} guest={user?.kind !== "account"} />;
}
