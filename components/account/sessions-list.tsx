"use client";

import { useActionState } from "react";
import { revokeSessionAction } from "@/app/account/actions";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/profile/relative-time";

export type SessionDto = { id: string; device: string; createdAt: string; lastActiveAt: string; current: boolean };

export function SessionsList({ sessions, serverNow }: { sessions: SessionDto[]; serverNow: string }) {
  return (
    <ul className="grid gap-2" data-testid="sessions">
      {sessions.map((s) => (
        <SessionRow key={s.id} session={s} serverNow={serverNow} />
      ))}
    </ul>
  );
}

function SessionRow({ session, serverNow }: { session: SessionDto; serverNow: string }) {
  const [state, action, pending] = useActionState(revokeSessionAction, {});
  return (
    <li
      data-testid="session-row"
      data-current={session.current || undefined}
      className="grid gap-2 rounded-lg border border-zinc-200 p-3 sm:flex sm:items-center sm:justify-between dark:border-zinc-800"
    >
      <div className="min-w-0 text-sm">
        <p className="font-medium">
          {session.device}
          {session.current && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">this browser</span>}
        </p>
        <p className="text-zinc-600 dark:text-zinc-400">
          Signed in <RelativeTime iso={session.createdAt} serverNow={serverNow} />, last active <RelativeTime iso={session.lastActiveAt} serverNow={serverNow} />
        </p>
        {state.message && (
          <div className="mt-2">
            <InlineAlert tone={state.ok ? "success" : "error"}>{state.message}</InlineAlert>
          </div>
        )}
      </div>
      {!session.current && (
        <form action={action}>
          <input type="hidden" name="sessionId" value={session.id} />
          <Button type="submit" size="sm" variant="secondary" busy={pending} aria-label={`Sign out the session on ${session.device}`}>
            Sign out
          </Button>
        </form>
      )}
    </li>
  );
}
