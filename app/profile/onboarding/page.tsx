import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OnboardingWizard } from "@/components/profile/onboarding-wizard";
import { getDb } from "@/db/client";
import { getProfileAtoms } from "@/db/queries/profile";
import { readerId } from "@/lib/session";

export const metadata: Metadata = { title: "Set up your reading brain" };
export const dynamic = "force-dynamic";

/** First run only: a user who already has a profile tunes it on /profile instead. */
export default async function OnboardingPage() {
  const userId = await readerId();
  if (await getProfileAtoms({ db: await getDb(), userId })) redirect("/profile");
  return <OnboardingWizard />;
}
