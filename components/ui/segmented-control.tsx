"use client";

import { useId, useRef, type CSSProperties, type KeyboardEvent } from "react";

export type SegmentOption<V extends string | number> = {
  value: V;
  label: string;
  /** Read by screen readers after the label, e.g. what the option means. */
  description?: string;
};

/**
 * A single-choice segmented control built as a WAI-ARIA radio group: one tab stop (roving tabindex on the
 * checked option), arrow keys move AND select (wrapping), Home/End jump to the ends, Space/Enter select.
 * Options sit in equal columns that fold to two on a phone when the labels are long.
 */
export function SegmentedControl<V extends string | number>({
  labelledBy,
  describedBy,
  options,
  value,
  onChange,
  disabled = false,
  testId,
  size = "md",
}: {
  labelledBy: string;
  describedBy?: string;
  options: readonly SegmentOption<V>[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
  testId?: string;
  size?: "md" | "lg";
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const descriptionId = useId();
  const checkedIndex = options.findIndex((o) => o.value === value);
  const tabStop = checkedIndex === -1 ? 0 : checkedIndex;

  function select(index: number) {
    const option = options[index];
    if (!option) return;
    refs.current[index]?.focus();
    if (option.value !== value) onChange(option.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = options.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  }

  const pad = size === "lg" ? "px-2 py-2.5 text-sm sm:text-base" : "px-1.5 py-1.5 text-sm";
  // Equal columns, never a ragged wrap: one row when the labels are short enough for a phone, else two
  // columns on a phone and up to four from the `sm` breakpoint. 30 characters: four 7-letter labels fit a 390 px
  // phone's card; "Moderate" in a fourth of it breaks mid-word.
  const longest = Math.max(...options.map((o) => o.label.length));
  const wide = Math.min(options.length, 4);
  const narrow = options.length * longest <= 30 ? wide : Math.min(options.length, 2);

  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-disabled={disabled || undefined}
      data-testid={testId}
      style={{ "--cols-narrow": narrow, "--cols-wide": wide } as CSSProperties}
      className="grid grid-cols-[repeat(var(--cols-narrow),minmax(0,1fr))] gap-1 rounded-xl bg-zinc-100 p-1 sm:grid-cols-[repeat(var(--cols-wide),minmax(0,1fr))] dark:bg-zinc-800/80"
    >
      {options.map((option, index) => {
        const checked = index === checkedIndex;
        return (
          <button
            key={String(option.value)}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-describedby={option.description ? `${descriptionId}-${index}` : undefined}
            tabIndex={index === tabStop ? 0 : -1}
            disabled={disabled}
            onClick={() => select(index)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={`min-w-0 rounded-lg leading-tight font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500 disabled:cursor-not-allowed disabled:opacity-60 ${pad} ${
              checked
                ? "bg-white text-brand-700 shadow-sm ring-1 ring-zinc-900/5 dark:bg-brand-500/30 dark:text-white dark:ring-brand-500/50"
                : "text-zinc-600 hover:bg-white/60 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-700/60 dark:hover:text-zinc-100"
            }`}
          >
            {option.label}
          </button>
        );
      })}
      {options.map((option, index) =>
        option.description ? (
          <span key={index} id={`${descriptionId}-${index}`} hidden>
            {option.description}
          </span>
        ) : null,
      )}
    </div>
  );
}
