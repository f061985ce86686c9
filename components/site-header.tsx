import Link from "next/link";
import { NavLink } from "@/components/nav-link";
import { currentUser } from "@/lib/session";

const LINKS = [
  { href: "/profile", label: "Reading brain" },
  { href: "/chat", label: "Chat" },
  { href: "/tools", label: "Explain & summarize" },
] as const;

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
      {/* Phone: the logo and the account link share the first row, the three pages the second; desktop: one row. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/profile" className="mr-auto flex items-center gap-2 font-semibold tracking-tight sm:mr-0">
          <span aria-hidden className="grid size-7 place-items-center rounded-lg bg-brand-600 text-sm text-white">
            PM
          </span>
          Profile Maker
        </Link>
        <nav aria-label="Main" className="order-last flex w-full flex-wrap gap-1 text-sm sm:order-none sm:w-auto sm:flex-1">
          {LINKS.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <nav aria-label="Account" className="text-sm">
          {user?.kind === "account" ? <NavLink href="/account">Account</NavLink> : <NavLink href="/sign-in">Sign in</NavLink>}
        </nav>
      </div>
    </header>
  );
}
