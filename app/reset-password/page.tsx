import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/auth-forms";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";
import { InlineAlert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Choose a new password" };
export const dynamic = "force-dynamic";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthPanel
      title="Choose a new password"
      intro={<p>Setting it signs you out everywhere else.</p>}
      footer={
        <p>
          <Link href="/forgot-password" className={linkClass}>
            Ask for a new link
          </Link>
        </p>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <InlineAlert tone="error" testId="reset-no-token">
          This page needs the link from the reset email. Ask for a new one.
        </InlineAlert>
      )}
    </AuthPanel>
  );
}
