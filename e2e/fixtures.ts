import { test as base, expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
  return path;
}

/**
 * Starts a guest session in this context's cookie jar (better-auth's anonymous sign-in), as the app does on a
 * visitor's first write. Tests start with one so parallel first requests never mint two guests.
 */
export async function signInAsGuest(request: APIRequestContext): Promise<void> {
  const res = await request.post("/api/auth/sign-in/anonymous", { data: {} });
  expect(res.status(), await res.text()).toBe(200);
}

type Fixtures = { profile: ProfilePage; onboarding: OnboardingPage };

/** Every test gets a fresh browser context with its own guest session, so its own user. */
export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    await signInAsGuest(page.request);
    await use(page);
  },
  request: async ({ request }, use) => {
    await signInAsGuest(request);
    await use(request);
  },
  profile: async ({ page }, use) => {
    await use(new ProfilePage(page));
  },
  onboarding: async ({ page }, use) => {
    await use(new OnboardingPage(page));
  },
});

export { expect };
