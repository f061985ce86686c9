"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { createKeyAction, revokeKeyAction } from "@/app/profile/apps/actions";
import { APP_NAME_MAX, appNameSchema } from "@/app/profile/apps/schemas";
import { RelativeTime } from "@/components/profile/relative-time";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { KeyDto } from "@/lib/gateway/key-dto";

export const inputClass =
  "h-10 w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-3 text-base text-zinc-900 shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100";

/** A key just created: shown once, here, with a copy button; it is never sent to the browser again. */
function NewKey({ name, value, onDone }: { name: string; value: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const fieldId = useId();
  useEffect(() => ref.current?.focus(), []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard permission (an http origin, a locked-down browser): select it for Ctrl+C instead.
      (document.getElementById(fieldId) as HTMLInputElement | null)?.select();
      setCopied("no");
    }
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-testid="new-key"
      aria-labelledby={`${fieldId}-title`}
      role="region"
      className="space-y-2 rounded-xl border border-emerald-300 bg-emerald-50 p-3 focus:outline-2 focus:outline-emerald-500 dark:border-emerald-800 dark:bg-emerald-950/50"
    >
      <p id={`${fieldId}-title`} className="text-sm font-medium text-emerald-900 dark:text-emerald-100">
        The key for {name}. Copy it now: it is stored hashed and will not be shown again.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor={fieldId} className="sr-only">
          API key for {name}
        </label>
        <input id={fieldId} readOnly value={value} data-testid="new-key-value" onFocus={(e) => e.target.select()} className={`${inputClass} font-mono text-sm`} />
        <Button variant="primary" onClick={copy}>
          Copy key
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p role="status" className="text-sm text-emerald-900 dark:text-emerald-100">
        {copied === "yes" ? "Copied to the clipboard." : copied === "no" ? "Copying is blocked here: the key is selected, press Ctrl+C (⌘C)." : ""}
      </p>
    </div>
  );
}

function KeyRow({ k, serverNow, onRevoke, busy }: { k: KeyDto; serverNow: string; onRevoke: () => void; busy: boolean }) {
  const usage = `${k.replies} ${k.replies === 1 ? "reply" : "replies"}, ${k.up} thumbs up, ${k.down} thumbs down`;
  return (
    <li
      data-testid="key-row"
      data-revoked={k.revokedAt ? "" : undefined}
      className="grid gap-2 rounded-lg border border-zinc-200 p-3 sm:flex sm:items-center sm:justify-between dark:border-zinc-800"
    >
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          <span className="wrap-anywhere" data-testid="key-name">{k.name}</span>
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{k.prefix}…</code>
          {k.revokedAt && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">revoked</span>}
        </p>
        <p className="text-zinc-600 dark:text-zinc-400">
          Created <RelativeTime iso={k.createdAt} serverNow={serverNow} />
          {" · "}
          {k.lastUsedAt ? (
            <>
              last used <RelativeTime iso={k.lastUsedAt} serverNow={serverNow} />
            </>
          ) : (
            "never used"
          )}
          {k.revokedAt && (
            <>
              {" · "}revoked <RelativeTime iso={k.revokedAt} serverNow={serverNow} />
            </>
          )}
        </p>
        <p data-testid="key-usage" className="text-zinc-600 dark:text-zinc-400">
          {usage}
        </p>
      </div>
      {!k.revokedAt && (
        <Button size="sm" variant="secondary" busy={busy} onClick={onRevoke} aria-label={`Revoke the key for ${k.name}`}>
          Revoke
        </Button>
      )}
    </li>
  );
}

/** Create a named key, see each key's use, revoke one (it stops working at once). */
export function ApiKeys({
  keys,
  onKeys,
  onCreated,
  serverNow,
}: {
  keys: KeyDto[];
  onKeys: (keys: KeyDto[]) => void;
  onCreated: (key: string) => void;
  serverNow: string;
}) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<KeyDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function create(event: React.FormEvent) {
    event.preventDefault();
    const parsed = appNameSchema.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]!.message);
    setError(null);
    start(async () => {
      const result = await createKeyAction({ name: parsed.data });
      if (!result.ok) return setError(result.error.message);
      setCreated({ name: result.data.created.name, key: result.data.created.key });
      onCreated(result.data.created.key);
      onKeys(result.data.keys);
      setName("");
    });
  }

  function revoke(k: KeyDto) {
    setRevoking(null);
    start(async () => {
      const result = await revokeKeyAction({ id: k.id });
      setNotice(result.ok ? `The key for ${k.name} is revoked: requests with it now get 401.` : result.error.message);
      if (result.ok) onKeys(result.data.keys);
    });
  }

  return (
    <Card id="api-keys" title="Your API keys" description="One key per app, so you can see what each one asks and revoke it alone." busy={pending} testId="api-keys">
      <div className="space-y-4">
        <form onSubmit={create} className="grid gap-2 sm:flex sm:items-end" noValidate>
          <div className="grid min-w-0 flex-1 gap-1.5">
            <label htmlFor="app-name" className="text-sm font-medium">
              App name
            </label>
            <input
              id="app-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={APP_NAME_MAX}
              placeholder="My notes app"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "app-name-error" : undefined}
              className={inputClass}
            />
          </div>
          <Button type="submit" variant="primary" busy={pending}>
            Create key
          </Button>
        </form>
        {error && (
          <p id="app-name-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        {created && <NewKey key={created.key} name={created.name} value={created.key} onDone={() => setCreated(null)} />}
        {notice && (
          <InlineAlert tone="info" onDismiss={() => setNotice(null)}>
            {notice}
          </InlineAlert>
        )}
        {keys.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No keys yet. Name the app you want to use your paragraph in, and create its key.</p>
        ) : (
          <ul className="grid gap-2" data-testid="keys" aria-label="Your keys">
            {keys.map((k) => (
              <KeyRow key={k.id} k={k} serverNow={serverNow} busy={pending && revoking?.id === k.id} onRevoke={() => setRevoking(k)} />
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke the key for ${revoking?.name ?? ""}?`}
        confirmLabel="Revoke key"
        tone="danger"
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        The app using it gets 401 from its next request on. Its replies and thumbs stay in your history. This cannot be undone: make a new key if
        you need one again.
      </ConfirmDialog>
    </Card>
  );
}
