import { expect, type Locator, type Page } from "@playwright/test";

/** The first-run wizard (/profile/onboarding): seven questions, then an optional "about me". */
export class OnboardingPage {
  readonly progress: Locator;
  readonly question: Locator;
  readonly example: Locator;
  readonly options: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly finish: Locator;
  readonly skip: Locator;
  readonly aboutMe: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByTestId("wizard-progress");
    this.question = page.getByRole("heading", { level: 1 });
    this.example = page.getByTestId("wizard-example");
    this.options = page.getByRole("radiogroup");
    this.next = page.getByRole("button", { name: "Next" });
    this.back = page.getByRole("button", { name: "Back" });
    this.finish = page.getByRole("button", { name: "Finish", exact: true });
    this.skip = page.getByRole("button", { name: "Skip and finish" });
    this.aboutMe = page.getByRole("textbox", { name: "About me (optional)" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/profile/onboarding");
  }

  option(label: string): Locator {
    return this.options.getByRole("radio", { name: label, exact: true });
  }

  /**
   * Answers the seven questions in order; `answers` maps a step (1-7) to the option to pick, the rest keep
   * their defaults. Leaves the wizard on the "about me" step.
   */
  async answer(answers: Record<number, string> = {}): Promise<void> {
    for (let step = 1; step <= 7; step++) {
      await expect(this.progress).toHaveText(`${step} of 7`);
      const choice = answers[step];
      if (choice) {
        await this.option(choice).click();
        await expect(this.option(choice)).toHaveAttribute("aria-checked", "true");
      }
      await this.next.click();
    }
    await expect(this.progress).toHaveText("Last step (optional)");
  }

  /** The whole wizard with defaults (or `answers`), skipping "about me", landing on /profile. */
  async complete(answers: Record<number, string> = {}): Promise<void> {
    await this.goto();
    await this.answer(answers);
    await this.skip.click();
    await this.page.waitForURL("**/profile");
  }
}
