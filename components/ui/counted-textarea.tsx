"use client";

import type { ComponentProps } from "react";

/**
 * A labelled textarea with a live counter ("123 / 1,000 characters"). Over the limit the counter turns red
 * and says by how much; the form decides whether to block saving. The counter is tied to the field with
 * aria-describedby rather than announced on every keystroke.
 */
export function CountedTextarea({
  id,
  label,
  hideLabel = false,
  value,
  onChange,
  max,
  count = (v) => v.length,
  unit = "characters",
  strict = false,
  hint,
  error,
  ...props
}: Omit<ComponentProps<"textarea">, "value" | "onChange" | "id"> & {
  id: string;
  label: string;
  hideLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  max: number;
  count?: (value: string) => number;
  unit?: string;
  /** The count must stay strictly under `max` ("under 300 words") rather than reach it. */
  strict?: boolean;
  hint?: string;
  error?: string | null;
}) {
  const n = count(value);
  const over = strict ? n >= max : n > max;
  const fmt = (x: number) => x.toLocaleString("en-US");
  const describedBy = [`${id}-counter`, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={over || !!error || undefined}
        aria-describedby={describedBy}
        className={`block w-full resize-y rounded-xl border bg-white px-3 py-2.5 leading-relaxed text-zinc-900 shadow-inner shadow-zinc-900/5 placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-offset-0 dark:bg-zinc-950 dark:text-zinc-100 ${
          over || error
            ? "border-red-400 focus-visible:outline-red-500 dark:border-red-700"
            : "border-zinc-300 focus-visible:outline-brand-500 dark:border-zinc-700"
        }`}
        {...props}
      />
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-xs">
        <p className="text-zinc-500 dark:text-zinc-400">
          {hint && <span id={`${id}-hint`}>{hint}</span>}
        </p>
        <p
          id={`${id}-counter`}
          data-testid={`${id}-counter`}
          className={`tabular-nums ${over ? "font-medium text-red-700 dark:text-red-400" : "text-zinc-500 dark:text-zinc-400"}`}
        >
          {fmt(n)} / {fmt(max)} {unit}
          {over && (strict ? ` — must stay under ${fmt(max)}` : ` — ${fmt(n - max)} too many`)}
        </p>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
