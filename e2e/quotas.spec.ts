import { expect, snap, test } from "./fixtures";
import { AccountPages } from "./pages/account-pages";
import { ChatPage } from "./pages/chat-page";
import { ToolsPage } from "./pages/tools-page";
import { LOW, QUOTA_URL, QuotaServer } from "./quota-server";

/**
 * The 429s as a person meets them (issue 12, "Limits"), on a server of its own with low quotas
 * (e2e/quota-server.ts): every surface says the limit is reached and when to try again, the question goes back
 * into the box, nothing offers a Retry that would be refused, and the forms say the same for too many attempts.
 */
const server = new QuotaServer();
test.beforeAll(async () => {
  test.setTimeout(150_000);
  await server.start();
});
test.afterAll(() => server.stop());
test.use({ baseURL: QUOTA_URL });

const REPLIES_USED = `You have used all ${LOW.guestReplies} replies of the last 24 hours. Try again in 24 hours, or create an account for ${LOW.accountReplies} a day.`;
const PASSWORD = "correct horse battery";

test("over the reply quota, the chat, the tools and the live preview say so and when to try again", async ({ page, onboarding }, testInfo) => {
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.askAndWait("Why does ice float on water?");
  await chat.askAndWait("What is compound interest?");
  await chat.ask("How do vaccines train the immune system?");
  await expect(chat.error.locator("p")).toHaveText(REPLIES_USED);
  await expect(chat.error.getByRole("button", { name: "Retry" })).toHaveCount(0);
  // Nothing was kept: the question is back in the box, and the conversation holds the two answered turns only.
  await expect(chat.input).toHaveValue("How do vaccines train the immune system?");
  await expect(page.getByTestId("user-message")).toHaveCount(2);
  await snap(page, testInfo, "chat-over-quota");

  const tools = new ToolsPage(page);
  await tools.goto();
  await tools.sample.click();
  await tools.explain.click();
  const explainError = page.getByTestId("explain-reply-error");
  await expect(explainError.locator("p")).toHaveText(REPLIES_USED);
  await expect(explainError.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await expect(tools.explainReply).toHaveAttribute("data-status", "error");

  // The live preview on /profile asks for its sample answer once the wizard has written a paragraph.
  await onboarding.complete();
  await expect(page.getByTestId("preview-reply-error").locator("p")).toHaveText(REPLIES_USED);
  await snap(page, testInfo, "preview-over-quota");

  // The API itself: 429, Retry-After in whole seconds, the same words in the JSON body.
  const res = await page.request.post("/api/summarize", { data: { text: "Tides follow the moon." } });
  expect(res.status()).toBe(429);
  const retryAfter = Number(res.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(24 * 3600 - 600);
  expect(await res.json()).toEqual({ error: { code: "too_many_requests:surface", message: REPLIES_USED, retryAfterSeconds: retryAfter } });
});

test("too many sign-in or sign-up attempts for one email: the form says when to try again", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: QUOTA_URL });
  const page = await context.newPage();
  const accounts = new AccountPages(page);
  const email = `quota-${Date.now().toString(36)}@example.com`;
  await accounts.signUp(email, PASSWORD);
  await page.waitForURL("**/profile");
  await accounts.signOut();

  for (let i = 0; i < LOW.signInsPerEmail; i++) {
    await accounts.signIn(email, "not the password at all");
    await expect(accounts.formMessage).toHaveText("Wrong email or password.");
  }
  // The right password now, but the email's attempts are used up: refused before the password is checked.
  await accounts.signIn(email, PASSWORD);
  await expect(accounts.formMessage).toHaveText(/^Too many sign-in attempts in the last hour\. Try again in (1 hour|60 minutes|59 minutes)\.$/);
  await expect(page).toHaveURL(/\/sign-in$/);
  await snap(page, testInfo, "sign-in-over-quota");

  // Sign-up: the first (successful) one counted; one more is refused as taken, the next as too many.
  await accounts.signUp(email, PASSWORD);
  await expect(accounts.fieldError("email")).toHaveText("An account with this email already exists. Sign in instead.");
  await accounts.signUp(email, PASSWORD);
  await expect(accounts.formMessage).toHaveText(/^Too many sign-up attempts in the last hour\. Try again in (1 hour|60 minutes|59 minutes)\.$/);
  await context.close();
});
