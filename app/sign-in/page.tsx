import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/auth-forms";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";
import { InlineAlert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { hasUserData } from "@/db/queries/user-data";
import { currentUser } from "@/lib/session";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  const user = await currentUser();
  if (user?.kind === "account") redirect("/account");
  const askKeep = user?.kind === "guest" && (await hasUserData({ db: await getDb(), userId: user.userId }));
  const { reset } = await searchParams;
  return (
    <AuthPanel
      title="Sign in"
      intro={<p>Your reading brain and chats follow your account to any browser.</p>}
      footer={
        <>
          <p>
            <Link href="/forgot-password" className={linkClass}>
              Forgot your password?
            </Link>
          </p>
          <p>
            No account yet?{" "}
            <Link href="/sign-up" className={linkClass}>
              Create one
            </Link>
          </p>
        </>
      }
    >
      {reset === "1" && (
        <InlineAlert tone="success" testId="reset-done">
          Your password was changed and every other session was signed out. Sign in with the new password.
        </InlineAlert>
      )}
      <SignInForm askKeep={askKeep} />
    </AuthPanel>
  );
}
