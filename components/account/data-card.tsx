"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { InlineAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Imported = { conversations: number; replies: number; signals: number; versions: number };
type Message = { tone: "error" | "success"; text: string };

/**
 * "Your data": download everything as one JSON file (GET /api/account/export), or import such a file
 * (POST /api/account/import). Importing over a profile that has data asks first (the server answers 409
 * until the user agrees), since it replaces everything; the file is sent as it is, the server checks it.
 */
export function DataCard({ canExport }: { canExport: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState<File | null>(null);

  async function send(file: File, replace: boolean) {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/account/import${replace ? "?replace=1" : ""}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: file,
      });
      let body: { imported?: Imported; error?: { code: string; message: string } } | null = null;
      try {
        body = await res.json();
      } catch {
        // not JSON (a proxy's error page): the generic message below
      }
      if (res.status === 409) {
        setConfirming(file);
        return;
      }
      if (!res.ok || !body?.imported) {
        setMessage({ tone: "error", text: body?.error?.message ?? "The import failed. Nothing was changed." });
        return;
      }
      const { conversations, replies, versions } = body.imported;
      setMessage({
        tone: "success",
        text: `Imported: ${versions} paragraph version${versions === 1 ? "" : "s"}, ${conversations} conversation${conversations === 1 ? "" : "s"}, ${replies} repl${replies === 1 ? "y" : "ies"}.`,
      });
      if (fileRef.current) fileRef.current.value = "";
      // Everything on the page came from the old profile: read it all again.
      void queryClient.invalidateQueries();
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Nothing was changed." });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage({ tone: "error", text: "Choose an export file (.json) first." });
      return;
    }
    void send(file, false);
  }

  return (
    <Card
      id="your-data"
      testId="data-card"
      title="Your data"
      description="Everything this profile holds, as one JSON file: the paragraph and its history, the settings, signals and statistics, chats and replies, amendments and refinement checks."
    >
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
        {canExport && (
          <a
            href="/api/account/export"
            download
            data-testid="export-link"
            className="inline-flex h-10 items-center justify-self-start rounded-lg border border-zinc-300 bg-white px-4 text-sm font-medium shadow-sm hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          >
            Download my data (JSON)
          </a>
        )}
        <form onSubmit={submit} className="grid grid-cols-[minmax(0,1fr)] gap-2" aria-busy={busy || undefined}>
          <label htmlFor={inputId} className="text-sm font-medium">
            Import an export file
          </label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            className="w-full min-w-0 text-sm file:mr-3 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:border-zinc-700 dark:file:bg-zinc-900"
          />
          <Button type="submit" busy={busy} className="justify-self-start" data-testid="import-submit">
            Import
          </Button>
        </form>
        {message && (
          <InlineAlert tone={message.tone} onDismiss={() => setMessage(null)} testId="import-message">
            {message.text}
          </InlineAlert>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title="Replace this profile?"
        confirmLabel="Replace everything"
        tone="danger"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const file = confirming;
          setConfirming(null);
          if (file) void send(file, true);
        }}
      >
        This profile already has data. Importing deletes all of it (paragraph, history, settings, signals, chats) and
        puts the file&apos;s in its place. Nothing is merged. Download your data first if you may want it back.
      </ConfirmDialog>
    </Card>
  );
}
