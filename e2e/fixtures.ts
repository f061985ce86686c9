import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
  return path;
}

type Fixtures = { profile: ProfilePage; onboarding: OnboardingPage };

/** Every test gets a fresh browser context, so a fresh cookie and so its own guest user. */
export const test = base.extend<Fixtures>({
  profile: async ({ page }, use) => {
    await use(new ProfilePage(page));
  },
  onboarding: async ({ page }, use) => {
    await use(new OnboardingPage(page));
  },
});

export { expect };
