import type { ReactNode } from "react";

/** A titled panel; `aria-labelledby` ties the section to its heading for landmark navigation. */
export function Card({
  id,
  title,
  description,
  actions,
  children,
  className = "",
  busy,
  testId,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  busy?: boolean;
  testId?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-busy={busy || undefined}
      data-testid={testId}
      className={`rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-base font-semibold tracking-tight">
            {title}
          </h2>
          {description && <div className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</div>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
