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
