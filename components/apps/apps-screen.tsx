"use client";

import Link from "next/link";
import { useState, useSyncExternalStore } from "react";
import { listKeysAction } from "@/app/profile/apps/actions";
import { Card } from "@/components/ui/card";
import type { KeyDto } from "@/lib/gateway/key-dto";
import { ApiKeys } from "./api-keys";
import { TryIt } from "./try-it";

/** The origin the browser reached this app at (an app must use the same one), known only after mounting. */
function useOrigin(): string {
  return useSyncExternalStore(
    () => () => undefined,
    () => window.location.origin,
    () => "https://<this app>",
  );
}

/**
 * "Use it in your apps" (docs/gateway.md): any program that speaks OpenAI Chat Completions gets the reader's
 * paragraph by changing its base URL and key. Create a key per app, see each app's replies and thumbs, revoke.
 */
export function AppsScreen({ initialKeys, model, serverNow, guest }: { initialKeys: KeyDto[]; model: string; serverNow: string; guest: boolean }) {
  const [keys, setKeys] = useState(initialKeys);
  const [tryKey, setTryKey] = useState("");
  const origin = useOrigin();
  const refresh = async () => {
    const result = await listKeysAction({});
    if (result.ok) setKeys(result.data.keys);
  };
  const curl = `curl ${origin}/v1/chat/completions \\
  -H "Authorization: Bearer $PROFILE_MAKER_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "${model}", "messages": [{"role": "user", "content": "How do hash tables work?"}]}'`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/profile" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            ← Your reading brain
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Use it in your apps</h1>
        <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">
          Any app that speaks the OpenAI Chat Completions API can answer you with your paragraph: give it this app&apos;s address as its base URL
          and a key from here. Your paragraph goes first, then the app&apos;s own instructions. Thumbs it sends back tune your reading brain
          like the chat&apos;s.
        </p>
        {guest && (
          <p className="max-w-2xl text-sm text-amber-800 dark:text-amber-200">
            You are a guest: a guest with no activity for 30 days is deleted, keys included.{" "}
            <Link href="/sign-up" className="underline underline-offset-2">
              Create an account
            </Link>{" "}
            to keep them.
          </p>
        )}
      </header>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2 lg:items-start">
        <div className="space-y-6">
          <ApiKeys keys={keys} onKeys={setKeys} onCreated={setTryKey} serverNow={serverNow} />
          <Card id="connect" title="Connect an app" description="The settings every OpenAI-compatible client asks for.">
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium">Base URL</dt>
              <dd>
                <code data-testid="base-url" className="wrap-anywhere">{origin}/v1</code>
              </dd>
              <dt className="font-medium">Model</dt>
              <dd>
                <code data-testid="model-id">{model}</code>
              </dd>
              <dt className="font-medium">Thumbs</dt>
              <dd>
                <code className="wrap-anywhere">POST /v1/feedback {"{"}&quot;id&quot;, &quot;rating&quot;: &quot;up&quot; | &quot;down&quot; | null{"}"}</code>
              </dd>
            </dl>
            <pre tabIndex={0} aria-label="Example request with curl" className="mt-3 overflow-x-auto rounded-lg bg-zinc-950 p-3 text-xs leading-relaxed text-zinc-100">
              <code>{curl}</code>
            </pre>
          </Card>
        </div>
        <TryIt apiKey={tryKey} onKey={setTryKey} model={model} onUsed={refresh} />
      </div>
    </div>
  );
}
