import type { Metadata } from "next";
import Link from "next/link";
import { DataCard } from "@/components/account/data-card";
import { ProfileMaker } from "@/components/profile/profile-maker";
import { getDb } from "@/db/client";
import { loadProfileView } from "@/lib/profile/view";
import { readerId } from "@/lib/session";

export const metadata: Metadata = { title: "Reading brain" };
export const dynamic = "force-dynamic";

export default async function ProfilePage() {
  const userId = await readerId();
  const view = await loadProfileView({ db: await getDb(), userId });
  if (!view) return <EmptyState />;
  return <ProfileMaker initial={view} />;
}

function EmptyState() {
  return (
    <section
      data-testid="profile-empty"
      aria-labelledby="empty-heading"
      className="mx-auto max-w-xl rounded-2xl border border-dashed border-zinc-300 bg-white p-8 text-center dark:border-zinc-700 dark:bg-zinc-900"
    >
      <h1 id="empty-heading" className="text-2xl font-semibold tracking-tight">
        Your reading brain is empty
      </h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        Every answer the AI gives you starts with one short paragraph about who you are: how you like to read,
        how deep to go, how much math to show. You don&apos;t have one yet, so the AI knows nothing about you.
      </p>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Seven quick questions write the first version. You can edit it any time.</p>
      <Link
        href="/profile/onboarding"
        className="mt-6 inline-flex items-center rounded-lg bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
      >
        Start onboarding
      </Link>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">Or bring a reading brain you exported elsewhere:</p>
      <div className="mt-3 text-left">
        <DataCard canExport={false} />
      </div>
    </section>
  );
}
