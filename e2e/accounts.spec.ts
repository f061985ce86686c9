import { expect, snap, test } from "./fixtures";
import { Mailbox } from "./mailbox";
import { AccountPages } from "./pages/account-pages";
import { ChatPage } from "./pages/chat-page";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";

const PASSWORD = "correct horse battery";
const run = Date.now().toString(36);
const emailFor = (who: string) => `${who}-${run}@example.com`;

const mailbox = new Mailbox();
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

test("a guest signs up, and a second browser signs in to the same reading brain and chats; signing out ends it", async ({ browser, baseURL }, testInfo) => {
  // A real first visit: no fixture guest, the session starts with the first thing worth keeping.
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await new OnboardingPage(page).complete();
  const profile = new ProfilePage(page);
  const paragraph = (await profile.paragraph.textContent())!.trim();
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.askAndWait("What is a lighthouse for?");
  const conversationId = await chat.conversationId();

  const email = emailFor("upgrade");
  const accounts = new AccountPages(page);
  await accounts.signUp(email, PASSWORD);
  await page.waitForURL("**/profile");
  await expect(profile.paragraph).toHaveText(paragraph);
  await accounts.expectSignedInAs(email);

  const second = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const phone = await second.newPage();
  const phoneAccounts = new AccountPages(phone);
  await phoneAccounts.signIn(email, PASSWORD);
  await phone.waitForURL("**/profile");
  await expect(new ProfilePage(phone).paragraph).toHaveText(paragraph);
  await phone.goto(`/chat/${conversationId}`);
  await expect(phone.getByTestId("user-message")).toHaveText(["What is a lighthouse for?"]);

  await phoneAccounts.expectSignedInAs(email);
  await expect(phoneAccounts.sessions).toHaveCount(2);
  await snap(phone, testInfo, "account-sessions-390-dark");
  await phoneAccounts.signOut();
  await expect(phone.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(new ProfilePage(phone).emptyState).toBeVisible();

  // The first browser sees one session left: the phone's ended on the server.
  await accounts.expectSignedInAs(email);
  await expect(accounts.sessions).toHaveCount(1);
  await first.close();
  await second.close();
});

test("revoking another browser's session signs it out on its next request", async ({ browser, baseURL }) => {
  const email = emailFor("revoke");
  const a = await browser.newContext({ baseURL });
  const laptop = new AccountPages(await a.newPage());
  await laptop.signUp(email, PASSWORD);
  await laptop.page.waitForURL("**/profile");
  const b = await browser.newContext({ baseURL });
  const phone = new AccountPages(await b.newPage());
  await phone.signIn(email, PASSWORD);
  await phone.page.waitForURL("**/profile");

  await laptop.expectSignedInAs(email);
  const other = laptop.sessions.filter({ hasNot: laptop.page.locator("text=this browser") });
  await other.getByRole("button", { name: /^Sign out the session/ }).click();
  // The list re-renders from the server without the revoked row.
  await expect(laptop.sessions).toHaveCount(1);
  await expect(laptop.sessions).toContainText("this browser");

  await phone.page.goto("/account");
  await expect(phone.page.getByRole("heading", { name: "You're using Profile Maker as a guest" })).toBeVisible();
  await a.close();
  await b.close();
});

test("a guest with a reading brain signing in is asked which one to keep", async ({ page, browser, baseURL }, testInfo) => {
  const email = emailFor("keep");
  const owner = await browser.newContext({ baseURL });
  const ownerPages = new AccountPages(await owner.newPage());
  await ownerPages.signUp(email, PASSWORD);
  await ownerPages.page.waitForURL("**/profile");
  await owner.close();

  await new OnboardingPage(page).complete();
  const guestParagraph = (await new ProfilePage(page).paragraph.textContent())!.trim();
  const accounts = new AccountPages(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await accounts.signIn(email, PASSWORD);
  await expect(accounts.fieldError("keep")).toHaveText("Choose which reading brain to keep.");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, testInfo, "sign-in-keep-choice-390");
  await accounts.signIn(email, PASSWORD, "guest");
  await page.waitForURL("**/profile");
  await expect(new ProfilePage(page).paragraph).toHaveText(guestParagraph);
});

test("password reset through the emailed link; the link works once", async ({ page }, testInfo) => {
  const email = emailFor("reset");
  const accounts = new AccountPages(page);
  await accounts.signUp(email, PASSWORD);
  await page.waitForURL("**/profile");
  await accounts.signOut();

  await accounts.requestReset(email);
  await expect.poll(() => mailbox.resetLink(email), { timeout: 15_000 }).not.toBeNull();
  const link = mailbox.resetLink(email)!;
  await accounts.setNewPassword(link, "a brand new passphrase");
  await page.waitForURL("**/sign-in?reset=1");
  await expect(page.getByTestId("reset-done")).toBeVisible();

  await accounts.signIn(email, PASSWORD);
  await expect(accounts.formMessage).toHaveText("Wrong email or password.");
  await accounts.signIn(email, "a brand new passphrase");
  await page.waitForURL("**/profile");

  // Replayed: the token was spent.
  await accounts.setNewPassword(link, "yet another passphrase");
  await expect(accounts.formMessage).toHaveText("This reset link is invalid, expired or already used. Ask for a new one.");
  await snap(page, testInfo, "reset-replayed");

  // An email without an account gets the same answer and no mail.
  const before = mailbox.mails.length;
  await accounts.requestReset(emailFor("nobody"));
  expect(mailbox.mails.length).toBe(before);
});

test("bad input gets a clear, field-level message and creates nothing", async ({ page }, testInfo) => {
  const accounts = new AccountPages(page);
  await accounts.signUp("not-an-email", PASSWORD);
  await expect(accounts.fieldError("email")).toHaveText("Enter an email address like name@example.com.");
  await expect(accounts.email).toHaveAttribute("aria-invalid", "true");
  await expect(accounts.email).toHaveValue("not-an-email");

  await accounts.signUp(emailFor("weak"), "short");
  await expect(accounts.fieldError("password")).toHaveText("Use at least 10 characters.");
  await expect(accounts.password).toHaveAttribute("aria-describedby", "password-hint password-error");
  await snap(page, testInfo, "sign-up-errors");

  await accounts.signIn(emailFor("weak"), PASSWORD);
  await expect(accounts.formMessage).toHaveText("Wrong email or password.");

  const taken = emailFor("taken");
  await accounts.signUp(taken, PASSWORD);
  await page.waitForURL("**/profile");
  await accounts.signOut();
  await accounts.signUp(taken, PASSWORD);
  await expect(accounts.fieldError("email")).toHaveText("An account with this email already exists. Sign in instead.");

  await page.goto("/reset-password?token=made-up-token");
  await accounts.password.fill("a brand new passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(accounts.formMessage).toHaveText("This reset link is invalid, expired or already used. Ask for a new one.");
});
