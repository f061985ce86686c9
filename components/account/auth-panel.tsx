import type { ReactNode } from "react";

/**
 * The frame of every account page: a heading, a sentence on what happens, the form, links onward. One column
 * that never grows past the card: a long email address wraps instead of pushing every row out of it.
 */
export function AuthPanel({ title, intro, children, footer }: { title: string; intro: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <section
      aria-labelledby="auth-title"
      className="mx-auto grid w-full max-w-md grid-cols-[minmax(0,1fr)] gap-5 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="grid gap-2">
        <h1 id="auth-title" className="text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        <div className="text-sm [overflow-wrap:anywhere] text-zinc-600 dark:text-zinc-400">{intro}</div>
      </div>
      {children}
      {footer && <div className="grid gap-1 text-sm text-zinc-600 dark:text-zinc-400">{footer}</div>}
    </section>
  );
}

export const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";
