import { expect, type Locator, type Page } from "@playwright/test";
import { userMessage } from "./chat-api";

export const REFINEMENT_BANNER = "Your recent thumbs diverge from your saved description";

/** The refinement loop on the Profile Maker: its banner with the evidence, and the alignment figure. */
export class RefinementPanel {
  readonly banner: Locator;
  readonly sentence: Locator;
  readonly evidence: Locator;
  readonly showEvidence: Locator;
  readonly evidenceSummary: Locator;
  readonly evidenceItems: Locator;
  readonly accept: Locator;
  readonly edit: Locator;
  readonly dismiss: Locator;
  readonly editor: Locator;
  readonly acceptEdited: Locator;
  readonly figure: Locator;
  readonly figureValue: Locator;
  readonly lastCheck: Locator;
  readonly skips: Locator;
  readonly checkNow: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole("region", { name: REFINEMENT_BANNER });
    this.sentence = this.banner.getByTestId("amendment-text");
    this.evidence = this.banner.getByTestId("refinement-evidence");
    this.showEvidence = this.evidence.getByText("Show evidence");
    this.evidenceSummary = this.evidence.getByTestId("evidence-summary");
    this.evidenceItems = this.evidence.getByTestId("evidence-item");
    this.accept = this.banner.getByRole("button", { name: "Accept", exact: true });
    this.edit = this.banner.getByRole("button", { name: "Edit", exact: true });
    this.dismiss = this.banner.getByRole("button", { name: "Dismiss", exact: true });
    this.editor = this.banner.getByRole("textbox", { name: "Edit the suggested sentence" });
    this.acceptEdited = this.banner.getByRole("button", { name: "Accept edited sentence" });
    this.figure = page.getByTestId("alignment-figure");
    this.figureValue = this.figure.getByTestId("alignment-value");
    this.lastCheck = this.figure.getByTestId("alignment-last");
    this.skips = this.figure.getByTestId("alignment-skips");
    this.checkNow = this.figure.getByRole("button", { name: "Check my thumbs now" });
    this.notice = this.figure.getByTestId("alignment-notice");
  }

  /**
   * Reloads /profile until the banner is there: the check runs in the background job after the 20th reply, so
   * the page learns of it on its next read (as it would when the user comes back to the tab).
   */
  async waitForBanner(timeout = 45_000): Promise<void> {
    await expect(async () => {
      await this.page.goto("/profile");
      await expect(this.banner).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout, intervals: [500, 1_000, 2_000] });
  }
}

/**
 * The chat's HTTP API with the page's own cookies (the same guest user), for the many replies a test needs
 * beyond the few it drives through the UI.
 */
export class ChatThroughApi {
  constructor(readonly page: Page) {}

  /** One question in a new conversation; the reply's response id once it has streamed and been stored. */
  async ask(question: string): Promise<string> {
    const res = await this.page.request.post("/api/chat", {
      data: { trigger: "submit-message", conversationId: crypto.randomUUID(), message: userMessage(question) },
    });
    expect(res.status()).toBe(200);
    const id = /"messageId":"([0-9a-f-]{36})"/.exec(await res.text())?.[1];
    expect(id, "the stream names its response").toBeTruthy();
    return id!;
  }

  async thumb(responseId: string, thumb: "up" | "down"): Promise<void> {
    const res = await this.page.request.put(`/api/responses/${responseId}/thumb`, { data: { thumb } });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ thumb });
  }
}
