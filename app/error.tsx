"use client";

import Link from "next/link";
import { AuthPanel, linkClass } from "@/components/account/auth-panel";
import { Button } from "@/components/ui/button";

/**
 * A page that failed to render (the database unreachable, a bug): said in words with a way to try again,
 * instead of Next's blank "Application error". The cause is logged on the server, never shown here.
 */
export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <AuthPanel
      title="This page could not be loaded"
      intro={<p role="alert">Something went wrong on our side. Nothing you saved is lost. Try again in a moment.</p>}
    >
      <p className="flex flex-wrap items-center gap-4 text-sm">
        <Button onClick={reset}>Try again</Button>
        <Link href="/profile" className={linkClass}>
          Your reading brain
        </Link>
      </p>
    </AuthPanel>
  );
}
