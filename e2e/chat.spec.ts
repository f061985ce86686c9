import { expect, snap, test } from "./fixtures";
import { userMessage } from "./pages/chat-api";
import { ChatPage } from "./pages/chat-page";

test("the chat streams a reply from the offline demo model, and stop keeps what was written", async ({ page }, testInfo) => {
  const chat = new ChatPage(page);
  await chat.goto();
  await expect(page.getByTestId("chat-model")).toHaveText("offline demo model");
  await expect(chat.panel.getByTestId("ai-sees-empty")).toContainText(
    "No preamble: your reading brain is empty — the AI knows nothing about you.",
  );
  await expect(chat.panel.getByRole("link", { name: "Set up your reading brain →" })).toHaveAttribute("href", "/profile");

  // A long reply, stopped while it streams (askAndStop waits until the stored turn says so), reopened from its
  // own address: what the user saw before stopping is at least a word, and the start of what was stored.
  const question = "Explain in great detail how hash tables handle collisions.";
  const partial = await chat.askAndStop(question);
  expect(partial).toMatch(/\p{L}{2,}/u);
  await expect(page.getByTestId("user-message")).toHaveText(question);
  await expect(chat.lastReply.getByTestId("reply-stopped")).toHaveText("Stopped");
  await expect(chat.send).toBeVisible();
  const id = await chat.conversationId();

  const reply = await chat.askAndWait("Why does ice float on water?");
  await expect(chat.replies.first()).toHaveAttribute("data-status", "stopped");
  await expect(chat.replyText(reply)).toContainText("less dense than liquid water");
  await expect(reply.getByTestId("reply-model")).toHaveText("offline demo model");
  await expect(reply.getByTestId("reply-version")).toHaveText("no preamble");
  await snap(page, testInfo, "chat-desktop");

  // After a reload both turns are there, in order, the stopped one still marked.
  await page.reload();
  await expect(chat.replies).toHaveCount(2);
  await expect(chat.replies.first()).toHaveAttribute("data-status", "stopped");
  await expect(chat.replies.last()).toHaveAttribute("data-status", "complete");
  const stored = (await chat.replyText(chat.replies.first()).textContent())!.trim();
  expect(stored.slice(0, partial.length)).toBe(partial);
  // A stop that came too late on a loaded machine leaves its own chat behind (askAndStop), so find this one by address.
  await expect(page.getByTestId("recent-chats").locator(`a[href="/chat/${id}"]`)).toHaveText(/hash tables/);

  await chat.newChat.click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByTestId("chat-empty")).toBeVisible();
  await expect(chat.replies).toHaveCount(0);
});

test("thumbs toggle, undo, and persist across a reload", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  const reply = await chat.askAndWait("What is compound interest?");
  const up = chat.thumbUp(reply);
  const down = chat.thumbDown(reply);
  await expect(up).toHaveAttribute("aria-pressed", "false");

  const saved = page.waitForResponse((r) => r.url().includes("/thumb") && r.request().method() === "PUT");
  await up.click();
  expect((await saved).status()).toBe(200);
  await expect(up).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(chat.thumbUp(chat.lastReply)).toHaveAttribute("aria-pressed", "true");

  // Down replaces up; clicking down again undoes it.
  const switched = page.waitForResponse((r) => r.url().includes("/thumb"));
  await chat.thumbDown(chat.lastReply).click();
  await switched;
  await expect(chat.thumbDown(chat.lastReply)).toHaveAttribute("aria-pressed", "true");
  await expect(chat.thumbUp(chat.lastReply)).toHaveAttribute("aria-pressed", "false");
  const undone = page.waitForResponse((r) => r.url().includes("/thumb"));
  await chat.thumbDown(chat.lastReply).click();
  expect(await (await undone).json()).toEqual({ thumb: null });
  await page.reload();
  await expect(chat.thumbUp(chat.lastReply)).toHaveAttribute("aria-pressed", "false");
  await expect(down).toHaveAttribute("aria-pressed", "false");
});

test("a model failure mid-reply shows an alert with Retry, and Retry answers", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  const failing = [
    'data: {"type":"start","messageId":"broken"}',
    'data: {"type":"start-step"}',
    'data: {"type":"text-start","id":"t"}',
    'data: {"type":"text-delta","id":"t","delta":"Half an ans"}',
    'data: {"type":"error","errorText":"The model failed before finishing this reply. What it wrote so far is kept. Try again."}',
    "",
  ].join("\n\n");
  await page.route("**/api/chat", (route) =>
    route.fulfill({ status: 200, headers: { "content-type": "text/event-stream", "x-vercel-ai-ui-message-stream": "v1" }, body: failing }),
  );
  await chat.ask("Tell me about tides.");
  const alert = page.getByRole("alert").filter({ hasText: "The model failed before finishing this reply" });
  await expect(alert).toBeVisible();
  await expect(chat.lastReply).toHaveAttribute("data-status", "error");

  await page.unroute("**/api/chat");
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(chat.replies).toHaveCount(1);
  await expect(chat.lastReply).toHaveAttribute("data-status", "complete");
  await expect(chat.error).toHaveCount(0);
  await expect(chat.replyText(chat.lastReply)).toContainText(/tide/i);
});

/** Each suggested question, clicked on an empty chat, and what its answer must talk about (the library's topic). */
const SUGGESTED: ReadonlyArray<readonly [string, RegExp]> = [
  ["Why does ice float on water?", /less dense than liquid water.*hydrogen bonds/s],
  ["How do vaccines train the immune system?", /antigen.*antibodies.*memory cells/s],
  ["What is compound interest?", /interest is added to the balance/],
  ["Briefly: what is a black hole?", /escape velocity exceeds the speed of light/],
];

test("each suggested question gets an on-topic answer from the offline library", async ({ page }) => {
  const chat = new ChatPage(page);
  for (const [question, onTopic] of SUGGESTED) {
    await chat.goto();
    await page.getByRole("button", { name: question }).click();
    await expect(page.getByTestId("user-message")).toHaveText(question);
    await expect(chat.lastReply).toHaveAttribute("data-status", "complete");
    await expect(chat.replyText(chat.lastReply)).toContainText(onTopic);
    await expect(chat.replyText(chat.lastReply)).not.toContainText("offline demo model");
  }
});

test("a question outside the library gets the honest reply: what it can talk about, how to connect a real model", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  const reply = chat.replyText(await chat.askAndWait("How do I rebuild a carburetor on a 1970s motorcycle?"));
  await expect(reply).toContainText("I'm the offline demo model");
  await expect(reply).toContainText("OPENAI_API_KEY");
  await expect(reply).toContainText("OPENAI_BASE_URL");
  await expect(reply.locator("li").first()).toContainText("Why ice floats on water");
  await expect(reply).not.toContainText("português");
});

test("a second user cannot open the first user's chat, in the browser or through the API", async ({ page, browser, baseURL }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.askAndWait("My private question about my tax return");
  const id = await chat.conversationId();

  const other = await browser.newContext({ baseURL });
  const stranger = await other.newPage();
  const res = await stranger.goto(`/chat/${id}`);
  expect(res?.status()).toBe(404);
  await expect(stranger.getByText("tax return")).toHaveCount(0);

  const api = other.request;
  const read = await api.get(`/api/conversations/${id}`);
  expect(read.status()).toBe(404);
  expect(await read.text()).not.toContain("tax");
  const write = await api.post("/api/chat", {
    data: { trigger: "submit-message", conversationId: id, message: userMessage("let me in") },
  });
  expect(write.status()).toBe(404);
  expect(await write.json()).toEqual({ error: { code: "not_found:chat", message: "This conversation does not exist." } });
  await other.close();

  // The owner's conversation is untouched.
  const own = await page.request.get(`/api/conversations/${id}`);
  expect(own.status()).toBe(200);
  const body = (await own.json()) as { messages: { role: string }[] };
  expect(body.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
});

test("the chat works at phone width and in dark mode", async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.askAndWait("Briefly: what is a black hole?");
  // The panel sits below the chat on a phone.
  const composer = await chat.input.boundingBox();
  const panel = await chat.panel.boundingBox();
  expect(panel!.y).toBeGreaterThan(composer!.y);
  await snap(page, testInfo, "chat-phone-dark");
  await context.close();
});
