"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PREVIEW_QUESTION } from "@/lib/ai/prompts";
import type { StoredPreview, Thumb } from "@/lib/ai/client-contract";
import { SurfaceReply } from "./surface-reply";
import { useTextSurface, type TextRun } from "./use-text-surface";

/** Controls moved in quick succession make one preview, not one per click. */
const DEBOUNCE_MS = 600;

type Loaded = { run: TextRun; thumb: Thumb | null };

/**
 * The live preview on the Profile Maker: a short sample answer, written through the harness with the current
 * paragraph, regenerated whenever the paragraph changes (its `version`). Opening the page reuses the stored
 * preview when it was written with this version. Its thumbs are stored as preview responses.
 */
export function LivePreview({ version }: { version: number }) {
  const preview = useTextSurface("preview");
  const { run: regenerate } = preview;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const seen = useRef<number | null>(null);

  useEffect(() => {
    if (seen.current === version) return;
    const first = seen.current === null;
    seen.current = version;
    if (first) {
      let cancelled = false;
      void reuseOrRegenerate(version).then((stored) => {
        if (cancelled) return;
        if (stored) setLoaded(stored);
        else void regenerate();
      });
      return () => {
        cancelled = true;
      };
    }
    const timer = setTimeout(() => {
      setLoaded(null);
      void regenerate();
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [version, regenerate]);

  const shown = preview.status === "idle" && loaded ? loaded.run : preview;
  const outdated = shown.meta !== null && shown.meta.preamble.version !== version;

  return (
    <Card
      id="live-preview"
      testId="live-preview"
      title="Live preview"
      description={
        <>
          How the AI now answers “{PREVIEW_QUESTION}” for you. It is rewritten whenever your paragraph changes.
        </>
      }
      actions={
        <Button size="sm" onClick={() => void regenerate()} disabled={preview.status === "streaming"}>
          Regenerate
        </Button>
      }
    >
      <SurfaceReply
        run={shown}
        testId="preview-reply"
        onRetry={() => void regenerate()}
        onStop={preview.stop}
        placeholder="Writing a sample answer…"
        thumbLabel="preview"
        scroll
        thumb={shown === preview ? null : (loaded?.thumb ?? null)}
      />
      {outdated && preview.status !== "streaming" && (
        <p role="status" className="mt-2 text-xs text-amber-800 dark:text-amber-200">
          Written with an earlier version of your paragraph; a new one is on its way.
        </p>
      )}
    </Card>
  );
}

async function reuseOrRegenerate(version: number): Promise<Loaded | null> {
  const res = await fetch("/api/preview", { cache: "no-store" }).catch(() => null);
  if (!res?.ok) return null;
  const { preview, model } = (await res.json()) as StoredPreview;
  if (!preview || preview.status !== "complete" || preview.summaryVersion !== version) return null;
  return {
    thumb: preview.thumb,
    run: {
      status: "done",
      text: preview.text,
      error: null,
      meta: {
        responseId: preview.responseId,
        model,
        preamble: { text: null, provenance: "empty", version: preview.summaryVersion },
      },
    },
  };
}
