import { expect, snap, test } from "./fixtures";
import { ChatPage } from "./pages/chat-page";
import { ToolsPage } from "./pages/tools-page";

const words = (text: string | null) => (text ?? "").split(/\s+/).filter(Boolean).length;

test("explain and summarize stream through the same harness, labelled, with thumbs", async ({ page }, testInfo) => {
  const tools = new ToolsPage(page);
  await tools.goto();
  await expect(page.getByTestId("tools-model")).toHaveText("offline demo model");
  await expect(tools.panel.getByTestId("ai-sees-empty")).toBeVisible();
  await expect(tools.explain).toBeDisabled();
  await tools.sample.click();

  const explained = await tools.run("explain");
  await expect(explained.getByTestId("explain-reply-text")).toContainText(/inflation|interest|prices/i);
  await expect(explained.getByTestId("explain-reply-model")).toHaveText("offline demo model");
  await expect(explained.getByTestId("explain-reply-version")).toHaveText("no preamble");
  const summarized = await tools.run("summarize");
  const explanation = await explained.getByTestId("explain-reply-text").textContent();
  const summary = await summarized.getByTestId("summarize-reply-text").textContent();
  expect(summary).not.toBe(explanation);

  const up = summarized.getByRole("button", { name: "Thumbs up: good summary" });
  const saved = page.waitForResponse((r) => r.url().includes("/thumb"));
  await up.click();
  expect((await saved).status()).toBe(200);
  await expect(summarized.getByTestId("thumb-up")).toHaveAttribute("aria-pressed", "true");
  await snap(page, testInfo, "tools-desktop");
});

test("explain works at phone width and in dark mode", async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.sample.click();
  await tools.run("explain");
  await expect(tools.summarize).toBeEnabled();
  await snap(page, testInfo, "tools-phone-dark");
  await context.close();
});

test("changing a control on /profile changes the live preview, the next chat reply and what the AI sees", async ({
  page,
  onboarding,
  profile,
}, testInfo) => {
  await onboarding.complete();
  const preview = page.getByTestId("preview-reply");
  await expect(preview).toHaveAttribute("data-status", "done");
  await expect(preview.getByTestId("preview-reply-version")).toHaveText("paragraph v1");
  const paragraphV1 = (await profile.paragraph.textContent())!;

  const chat = new ChatPage(page);
  await chat.goto();
  await expect(chat.panelVersion).toHaveText("version 1");
  await expect(chat.panelPreamble).toHaveText(paragraphV1);
  const question = "How do vaccines train the immune system?";
  const before = await chat.askAndWait(question);
  await expect(before.getByTestId("reply-version")).toHaveText("paragraph v1");
  const balanced = await chat.replyText(before).textContent();
  const id = await chat.conversationId();

  await profile.goto();
  await profile.choose("Length", "Exhaustive");
  await expect(profile.paragraph).not.toHaveText(paragraphV1);
  const paragraphV2 = (await profile.paragraph.textContent())!;
  // The live preview is rewritten under the new paragraph, and is longer for it.
  await expect(preview.getByTestId("preview-reply-version")).toHaveText("paragraph v2");
  await expect(preview).toHaveAttribute("data-status", "done");
  await snap(page, testInfo, "profile-live-preview");

  await chat.goto(id);
  await expect(chat.panel.getByTestId("ai-sees-changed")).toContainText("now version 2");
  await expect(chat.panelVersion).toHaveText("version 1");
  const after = await chat.askAndWait(question);
  await expect(after.getByTestId("reply-version")).toHaveText("paragraph v2");
  await expect(chat.panelVersion).toHaveText("version 2");
  await expect(chat.panelPreamble).toHaveText(paragraphV2);
  await expect(chat.panel.getByTestId("ai-sees-changed")).toHaveCount(0);
  const exhaustive = await chat.replyText(after).textContent();
  expect(words(exhaustive)).toBeGreaterThan(2 * words(balanced));
  await snap(page, testInfo, "chat-after-profile-change");
});

test("the live preview's thumbs are stored and come back with the page", async ({ page, onboarding }) => {
  await onboarding.complete();
  const preview = page.getByTestId("preview-reply");
  await expect(preview).toHaveAttribute("data-status", "done");
  const text = await preview.getByTestId("preview-reply-text").textContent();
  const saved = page.waitForResponse((r) => r.url().includes("/thumb"));
  await preview.getByTestId("thumb-down").click();
  expect(await (await saved).json()).toEqual({ thumb: "down" });

  await page.reload();
  await expect(preview).toHaveAttribute("data-status", "done");
  // The same paragraph version: the stored preview is shown again, not regenerated, with its thumb.
  await expect(preview.getByTestId("preview-reply-text")).toHaveText(text!);
  await expect(preview.getByTestId("thumb-down")).toHaveAttribute("aria-pressed", "true");
});
