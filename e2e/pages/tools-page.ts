import { expect, type Locator, type Page } from "@playwright/test";

/** Explain & summarize (/tools). */
export class ToolsPage {
  readonly text: Locator;
  readonly explain: Locator;
  readonly summarize: Locator;
  readonly sample: Locator;
  readonly explainReply: Locator;
  readonly summarizeReply: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole("textbox", { name: "Text to explain or summarize" });
    this.explain = page.getByRole("button", { name: "Explain", exact: true });
    this.summarize = page.getByRole("button", { name: "Summarize", exact: true });
    this.sample = page.getByRole("button", { name: "Use a sample text" });
    this.explainReply = page.getByTestId("explain-reply");
    this.summarizeReply = page.getByTestId("summarize-reply");
    this.panel = page.getByTestId("ai-sees");
  }

  async goto(): Promise<void> {
    await this.page.goto("/tools");
    await expect(this.text).toBeEditable();
  }

  /** Runs a surface and waits for its reply to finish. */
  async run(which: "explain" | "summarize"): Promise<Locator> {
    const reply = which === "explain" ? this.explainReply : this.summarizeReply;
    await (which === "explain" ? this.explain : this.summarize).click();
    await expect(reply).toHaveAttribute("data-status", "done");
    return reply;
  }
}
