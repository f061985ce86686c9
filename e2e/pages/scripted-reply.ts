import type { Page } from "@playwright/test";

/**
 * Answers the page's next chat messages with a scripted reply, as a hosted model would stream it: the AI SDK's UI
 * message stream, word by word, from /api/chat. What the browser does with the reply (rendering, sanitizing,
 * layout) is then tested on exactly the Markdown a real model writes, which the offline model does not.
 * `cut` ends the stream with an error after that many characters, as a model failing mid-reply.
 */
export async function scriptReply(page: Page, text: string, { cut }: { cut?: number } = {}): Promise<void> {
  const written = cut === undefined ? text : text.slice(0, cut);
  const deltas = written.match(/\s*\S+/g) ?? [];
  const events = [
    { type: "start", messageId: `scripted-${crypto.randomUUID()}` },
    { type: "start-step" },
    { type: "text-start", id: "t" },
    ...deltas.map((delta) => ({ type: "text-delta", id: "t", delta })),
    ...(cut === undefined
      ? [{ type: "text-end", id: "t" }, { type: "finish-step" }, { type: "finish" }]
      : [{ type: "error", errorText: "The model failed before finishing this reply." }]),
  ];
  const body = [...events.map((e) => `data: ${JSON.stringify(e)}`), ...(cut === undefined ? ["data: [DONE]"] : []), ""].join("\n\n");
  await page.route("**/api/chat", (route) =>
    route.fulfill({ status: 200, headers: { "content-type": "text/event-stream", "x-vercel-ai-ui-message-stream": "v1" }, body }),
  );
}
