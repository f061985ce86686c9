import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/auth-forms";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthPanel
      title="Reset your password"
      intro={<p>Enter your account&apos;s email and we&apos;ll send you a link to choose a new password.</p>}
      footer={
        <p>
          <Link href="/sign-in" className={linkClass}>
            Back to sign in
          </Link>
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
