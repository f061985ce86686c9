import Link from "next/link";

export type ChatSummary = { id: string; title: string };

/** The user's recent conversations; the open one is marked as the current page. */
export function RecentChats({ chats, currentId }: { chats: ChatSummary[]; currentId: string }) {
  return (
    <nav aria-labelledby="recent-chats-title" className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="recent-chats-title" className="mb-2 text-base font-semibold tracking-tight">
        Recent chats
      </h2>
      {chats.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Your conversations will be listed here.</p>
      ) : (
        <ul className="-mx-2 space-y-0.5 text-sm" data-testid="recent-chats">
          {chats.map((c) => (
            <li key={c.id}>
              <Link
                href={`/chat/${c.id}`}
                aria-current={c.id === currentId ? "page" : undefined}
                className={`block truncate rounded-md px-2 py-1.5 ${
                  c.id === currentId
                    ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
                    : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                }`}
              >
                {c.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
