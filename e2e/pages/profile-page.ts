import { expect, type Locator, type Page } from "@playwright/test";

/** The reading brain (/profile): paragraph card, seven controls, about-me, amendment banners, history. */
export class ProfilePage {
  readonly emptyState: Locator;
  readonly startOnboarding: Locator;
  readonly paragraphCard: Locator;
  readonly paragraph: Locator;
  readonly badge: Locator;
  readonly badgeExplanation: Locator;
  readonly reason: Locator;
  readonly meta: Locator;
  readonly editButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly clearPinButton: Locator;
  readonly regenerateButton: Locator;
  readonly editor: Locator;
  readonly paragraphError: Locator;
  readonly paragraphNotice: Locator;
  readonly banners: Locator;
  readonly aboutMe: Locator;
  readonly aboutMeCounter: Locator;
  readonly saveAboutMe: Locator;
  readonly history: Locator;
  readonly dialog: Locator;
  readonly controlsError: Locator;

  constructor(readonly page: Page) {
    this.emptyState = page.getByTestId("profile-empty");
    this.startOnboarding = page.getByRole("link", { name: "Start onboarding" });
    this.paragraphCard = page.getByTestId("paragraph-card");
    this.paragraph = page.getByTestId("summary-text");
    this.badge = this.paragraphCard.getByTestId("provenance-badge");
    this.badgeExplanation = this.paragraphCard.getByTestId("provenance-explanation");
    this.reason = page.getByTestId("summary-reason");
    this.meta = page.getByTestId("summary-meta");
    this.editButton = this.paragraphCard.getByRole("button", { name: "Edit", exact: true });
    this.saveButton = this.paragraphCard.getByRole("button", { name: "Save and pin" });
    this.cancelButton = this.paragraphCard.getByRole("button", { name: "Cancel" });
    this.clearPinButton = this.paragraphCard.getByRole("button", { name: "Clear pin" });
    this.regenerateButton = this.paragraphCard.getByRole("button", { name: /^Regenerat/ });
    this.editor = page.getByRole("textbox", { name: "Edit your paragraph" });
    this.paragraphError = page.getByTestId("paragraph-error");
    this.paragraphNotice = page.getByTestId("paragraph-success");
    this.banners = page.getByTestId("amendment-banner");
    this.aboutMe = page.getByRole("textbox", { name: "About me" });
    this.aboutMeCounter = page.getByTestId("about-me-input-counter");
    this.saveAboutMe = page.getByRole("button", { name: "Save about me" });
    this.history = page.getByTestId("history-card");
    this.dialog = page.getByRole("dialog");
    this.controlsError = page.getByTestId("controls-error");
  }

  async goto(): Promise<void> {
    await this.page.goto("/profile");
  }

  /** A control's radio group, by its visible label ("Length", "Math comfort", …). */
  control(label: string): Locator {
    return this.page.getByRole("radiogroup", { name: label, exact: true });
  }

  option(control: string, option: string): Locator {
    return this.control(control).getByRole("radio", { name: option, exact: true });
  }

  /** Picks an option and waits until the server's answer is on screen (the control settles, no save pending). */
  async choose(control: string, option: string): Promise<void> {
    await this.option(control, option).click();
    await expect(this.option(control, option)).toHaveAttribute("aria-checked", "true");
    await this.settled();
  }

  /** No request in flight: the paragraph card is not busy and no "Saving…" line shows. */
  async settled(): Promise<void> {
    await expect(this.paragraphCard).not.toHaveAttribute("aria-busy", "true");
    await expect(this.paragraphCard.getByText("Saving…")).toHaveCount(0);
  }

  historyItem(version: number): Locator {
    return this.page.getByTestId(`history-v${version}`);
  }

  async editAndSave(text: string): Promise<void> {
    await this.editButton.click();
    await this.editor.fill(text);
    await this.saveButton.click();
    await expect(this.editor).toHaveCount(0);
  }
}
