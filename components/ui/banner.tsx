import { useId, type ReactNode } from "react";

type Tone = "brand" | "amber";

const TONES: Record<Tone, string> = {
  brand: "border-brand-500/30 bg-brand-50 dark:border-brand-500/40 dark:bg-brand-500/10",
  amber: "border-amber-400/50 bg-amber-50 dark:border-amber-500/40 dark:bg-amber-500/10",
};

/** A named page region (role="region" labelled by its title) that asks the user to decide something. */
export function Banner({
  title,
  icon,
  tone = "brand",
  children,
  actions,
  testId,
}: {
  title: string;
  icon?: ReactNode;
  tone?: Tone;
  children: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  const titleId = useId();
  return (
    <div role="region" aria-labelledby={titleId} data-testid={testId} className={`rounded-2xl border p-4 ${TONES[tone]}`}>
      <div className="flex gap-3">
        {icon && <div className="mt-0.5 shrink-0 text-brand-600 dark:text-brand-100">{icon}</div>}
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          <div className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{children}</div>
          {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
        </div>
      </div>
    </div>
  );
}
