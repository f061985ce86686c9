import type { Locator, Page } from "@playwright/test";

export class ProfilePage {
  readonly emptyState: Locator;
  readonly startOnboarding: Locator;

  constructor(readonly page: Page) {
    this.emptyState = page.getByTestId("profile-empty");
    this.startOnboarding = page.getByRole("link", { name: "Start onboarding" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/profile");
  }
}
