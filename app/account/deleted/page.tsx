import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";

export const metadata: Metadata = { title: "Deleted" };

/** Where a deletion lands: the session has ended and nothing of the user is left. */
export default function DeletedPage() {
  return (
    <AuthPanel
      title="Everything was deleted"
      intro={<p data-testid="account-deleted">Your profile, its history, your signals and statistics, your chats and replies are gone, and this browser is signed out.</p>}
    >
      <p className="text-sm">
        <Link href="/profile" className={linkClass}>
          Start again as a guest
        </Link>
      </p>
    </AuthPanel>
  );
}
