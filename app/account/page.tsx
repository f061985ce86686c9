import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";
import { DataCard } from "@/components/account/data-card";
import { DeleteAccount } from "@/components/account/delete-account";
import { SessionsList, type SessionDto } from "@/components/account/sessions-list";
import { Button } from "@/components/ui/button";
import { getAuth } from "@/lib/auth/server";
import { describeAgent } from "@/lib/auth/user-agent";
import { currentUser } from "@/lib/session";
import { signOutAction } from "./actions";
import { GUEST_DELETE_WORD } from "./schemas";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await currentUser();
  if (user?.kind !== "account") return <GuestAccount hasSession={user !== null} />;
  const auth = await getAuth();
  const sessions: SessionDto[] = (await auth.api.listSessions({ headers: await headers() }))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .map((s) => ({
      id: s.id,
      device: describeAgent(s.userAgent),
      createdAt: s.createdAt.toISOString(),
      lastActiveAt: s.updatedAt.toISOString(),
      current: s.id === user.sessionId,
    }));
  return (
    <AuthPanel
      title="Your account"
      intro={
        <p>
          Signed in as <strong data-testid="account-email" className="text-zinc-900 dark:text-zinc-100">{user.email}</strong>.
        </p>
      }
    >
      <section aria-labelledby="sessions-title" className="grid gap-3">
        <h2 id="sessions-title" className="text-lg font-semibold">
          Active sessions
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every browser signed in to this account. Signing one out ends it on the server at once.
        </p>
        <SessionsList sessions={sessions} serverNow={new Date().toISOString()} />
      </section>
      <form action={signOutAction}>
        <Button type="submit" variant="secondary">
          Sign out of this browser
        </Button>
      </form>
      <DataCard canExport />
      <DeleteAccount kind="account" expected={user.email ?? ""} />
    </AuthPanel>
  );
}

function GuestAccount({ hasSession }: { hasSession: boolean }) {
  return (
    <AuthPanel
      title="You're using Profile Maker as a guest"
      intro={
        <p>
          Your reading brain lives in this browser only. Create an account to keep it, and to find it and your chats
          on any other device.
        </p>
      }
    >
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/sign-up" className={linkClass}>
          Create an account
        </Link>
        <Link href="/sign-in" className={linkClass}>
          Sign in
        </Link>
      </p>
      <DataCard canExport={hasSession} />
      {hasSession && <DeleteAccount kind="guest" expected={GUEST_DELETE_WORD} />}
    </AuthPanel>
  );
}
