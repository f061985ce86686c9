import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A user message as the chat client sends it: the AI SDK's UI message with one text part. */
export const userMessage = (text: string) => ({ role: "user", parts: [{ type: "text", text }] });

/**
 * The chat's HTTP API with the page's own cookies (so the same guest user): POST /api/chat and PUT
 * /api/responses/:id/thumb, for the many turns a test needs beyond the few it drives through the UI.
 */
export class ChatApi {
  readonly request: APIRequestContext;

  constructor(readonly page: Page) {
    this.request = page.request;
  }

  /** One question in a new conversation; resolves with the reply's response id once it has streamed. */
  async ask(question: string): Promise<string> {
    const res = await this.request.post("/api/chat", {
      data: { trigger: "submit-message", conversationId: crypto.randomUUID(), message: userMessage(question) },
    });
    expect(res.status()).toBe(200);
    const body = await res.text();
    const id = /"responseId":"([0-9a-f-]{36})"/.exec(body)?.[1];
    expect(id, "the stream names its response").toBeTruthy();
    return id!;
  }

  /** Thumbs a reply. The reply row is stored as the stream settles, so a thumb right after may meet a 404 first. */
  async thumb(responseId: string, thumb: "up" | "down"): Promise<void> {
    await expect(async () => {
      const res = await this.request.put(`/api/responses/${responseId}/thumb`, { data: { thumb } });
      expect(res.status()).toBe(200);
      expect(await res.json()).toEqual({ thumb });
    }).toPass({ timeout: 10_000 });
  }

  /** Asks every question (a few at a time), then thumbs the replies in the order asked. */
  async askAndThumbAll(questions: string[], thumb: "up" | "down", parallel = 6): Promise<void> {
    const ids: string[] = new Array<string>(questions.length);
    for (let start = 0; start < questions.length; start += parallel) {
      const batch = questions.slice(start, start + parallel);
      const got = await Promise.all(batch.map((q) => this.ask(q)));
      got.forEach((id, i) => (ids[start + i] = id));
    }
    for (const id of ids) await this.thumb(id, thumb);
  }
}
