import { expect, type Locator, type Page } from "@playwright/test";

/** The demo chat (/chat), driven by roles and test ids. */
export class ChatPage {
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly replies: Locator;
  readonly lastReply: Locator;
  readonly panel: Locator;
  readonly panelPreamble: Locator;
  readonly panelVersion: Locator;
  readonly error: Locator;
  readonly newChat: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole("textbox", { name: "Message" });
    this.send = page.getByRole("button", { name: "Send message" });
    this.stop = page.getByRole("button", { name: "Stop generating" });
    this.replies = page.getByTestId("assistant-message");
    this.lastReply = this.replies.last();
    this.panel = page.getByTestId("ai-sees");
    this.panelPreamble = this.panel.getByTestId("ai-sees-preamble");
    this.panelVersion = this.panel.getByTestId("ai-sees-version");
    this.error = page.getByTestId("chat-error");
    this.newChat = page.getByRole("link", { name: "New chat" });
  }

  async goto(id?: string): Promise<void> {
    await this.page.goto(id ? `/chat/${id}` : "/chat");
    await expect(this.input).toBeEditable();
  }

  /** Types a message and sends it with Enter. */
  async ask(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press("Enter");
  }

  async askAndWait(text: string): Promise<Locator> {
    const before = await this.replies.count();
    await this.ask(text);
    const reply = this.replies.nth(before);
    await expect(reply).toHaveAttribute("data-status", "complete");
    return reply;
  }

  /**
   * Asks `question` in a new chat and stops the reply while it streams, once its first word shows; returns the
   * text shown when it stopped. It waits on what happened, never on the reply's pace: a stop counts once the
   * stored turn says "stopped" (the server stores it as it notices the abort, so the page is reloaded until the
   * turn is there). On a machine so loaded that the whole reply was written before the click landed, nothing
   * was stopped: that attempt's chat is left behind and the question asked again in a new one.
   */
  async askAndStop(question: string): Promise<string> {
    let partial = "";
    await expect(async () => {
      await this.goto();
      await this.ask(question);
      await expect(this.lastReply).toHaveAttribute("data-status", "streaming");
      // Something to keep: the first word is on the page before the stop.
      await expect(this.replyText(this.lastReply)).toHaveText(/\p{L}{2,}/u);
      await this.stop.click({ timeout: 5_000 });
      await expect(this.lastReply).toHaveAttribute("data-status", "stopped");
      partial = (await this.replyText(this.lastReply).textContent())!.trim();
      const id = await this.conversationId();
      await expect(async () => {
        await this.goto(id);
        await expect(this.replies).toHaveCount(1, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(this.lastReply).toHaveAttribute("data-status", "stopped", { timeout: 1_000 });
    }).toPass({ timeout: 120_000 });
    return partial;
  }

  /** The conversation id, once the first message has given the chat its address. */
  async conversationId(): Promise<string> {
    await expect(this.page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname.split("/").at(-1)!;
  }

  replyText(reply: Locator): Locator {
    return reply.getByTestId("assistant-text");
  }

  thumbUp(reply: Locator): Locator {
    return reply.getByTestId("thumb-up");
  }

  thumbDown(reply: Locator): Locator {
    return reply.getByTestId("thumb-down");
  }
}
