import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";

export const metadata: Metadata = { title: "Not found" };

/** Any unknown address, and a chat that is not yours (the same 404): what happened, and the ways on. */
export default function NotFound() {
  return (
    <AuthPanel
      title="This page isn't here"
      intro={<p data-testid="not-found">The address may be mistyped, or what it pointed to was deleted or belongs to someone else.</p>}
    >
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/chat" className={linkClass}>
          Start a new chat
        </Link>
        <Link href="/profile" className={linkClass}>
          Your reading brain
        </Link>
      </p>
    </AuthPanel>
  );
}
