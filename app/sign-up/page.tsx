import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/account/auth-forms";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";
import { currentUser } from "@/lib/session";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  const user = await currentUser();
  if (user?.kind === "account") redirect("/account");
  return (
    <AuthPanel
      title="Create an account"
      intro={
        <p>
          Keep your reading brain and your chats on every device. Everything you did as a guest in this browser
          becomes your account&apos;s.
        </p>
      }
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className={linkClass}>
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm />
    </AuthPanel>
  );
}
