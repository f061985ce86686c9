"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { Thumb } from "@/lib/ai/client-contract";

async function putThumb(responseId: string, thumb: Thumb | null): Promise<Thumb | null> {
  const res = await fetch(`/api/responses/${responseId}/thumb`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ thumb }),
  });
  const body = (await res.json().catch(() => null)) as { thumb?: Thumb | null; error?: { message: string } } | null;
  if (!res.ok) throw new Error(body?.error?.message ?? "Your rating could not be saved. Try again.");
  return body?.thumb ?? null;
}

/**
 * Thumbs up / down on one reply. Clicking the pressed thumb again undoes it. Shown at once (optimistic), put
 * back if the server refuses. Each request sends the target state, so the server's answer needs no merging.
 */
export function Thumbs({ responseId, initial, label = "reply" }: { responseId: string; initial: Thumb | null; label?: string }) {
  const [thumb, setThumb] = useState<Thumb | null>(initial);
  const mutation = useMutation({
    mutationFn: (next: Thumb | null) => putThumb(responseId, next),
    onMutate: (next) => {
      const before = thumb;
      setThumb(next);
      return { before };
    },
    onError: (_err, _next, context) => setThumb(context?.before ?? null),
  });
  const click = (which: Thumb) => mutation.mutate(thumb === which ? null : which);

  return (
    <div className="flex items-center gap-1" data-testid="thumbs">
      <ThumbButton
        pressed={thumb === "up"}
        label={thumb === "up" ? `Undo thumbs up on this ${label}` : `Thumbs up: good ${label}`}
        onClick={() => click("up")}
        direction="up"
      />
      <ThumbButton
        pressed={thumb === "down"}
        label={thumb === "down" ? `Undo thumbs down on this ${label}` : `Thumbs down: not what I wanted`}
        onClick={() => click("down")}
        direction="down"
      />
      {mutation.isError && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {mutation.error.message}
        </span>
      )}
    </div>
  );
}

function ThumbButton({
  pressed,
  label,
  onClick,
  direction,
}: {
  pressed: boolean;
  label: string;
  onClick: () => void;
  direction: Thumb;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onClick}
      data-testid={`thumb-${direction}`}
      className={`grid size-8 place-items-center rounded-lg transition-colors ${
        pressed
          ? direction === "up"
            ? "bg-emerald-100 text-emerald-700 dark:bg-emerald-500/20 dark:text-emerald-300"
            : "bg-red-100 text-red-700 dark:bg-red-500/20 dark:text-red-300"
          : "text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
      }`}
    >
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className={`size-4 ${direction === "down" ? "rotate-180" : ""}`}
        fill={pressed ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      >
        <path d="M6 9v8H3.5A1.5 1.5 0 0 1 2 15.5v-5A1.5 1.5 0 0 1 3.5 9H6Zm0 0 3.2-6.1a1.6 1.6 0 0 1 3 .9L11.5 8h4.3a2 2 0 0 1 2 2.4l-1.2 5.4a2 2 0 0 1-2 1.6H6" />
      </svg>
    </button>
  );
}
