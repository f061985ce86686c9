import { expect, test } from "./fixtures";
import { AccountPages } from "./pages/account-pages";
import { ChatPage } from "./pages/chat-page";
import { DataPages } from "./pages/data-pages";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";

const PASSWORD = "correct horse battery";
const run = Date.now().toString(36);
const emailFor = (who: string) => `${who}-${run}@example.com`;
type Export = Record<string, unknown> & { responses: { surface: string }[] };
/**
 * An export without its moment and without the live preview's replies (the Profile Maker's preview stores its
 * own reply, even a stopped one, whenever the page is opened): what a chat could have added.
 */
const chatContent = ({ exportedAt: _, responses, ...rest }: Export) => ({ ...rest, responses: responses.filter((r) => r.surface !== "preview") });

test("export from one account, import into a second: the same paragraph and chats", async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  await new OnboardingPage(page).complete();
  const paragraph = (await new ProfilePage(page).paragraph.textContent())!.trim();
  const chat = new ChatPage(page);
  await chat.goto();
  await chat.askAndWait("What is a lighthouse for?");
  await new AccountPages(page).signUp(emailFor("exporter"), PASSWORD);
  await page.waitForURL("**/profile");
  const { download, json } = await new DataPages(page).exportFromAccount();
  expect(download.suggestedFilename()).toMatch(/^profile-maker-export-\d{4}-\d{2}-\d{2}\.json$/);
  expect(json).toMatchObject({ format: "profile-maker-export", version: 1, paragraph: { text: expect.any(String) } });
  const file = await download.path();

  const second = await browser.newContext({ baseURL });
  const other = await second.newPage();
  await new AccountPages(other).signUp(emailFor("importer"), PASSWORD);
  await other.waitForURL("**/profile");
  const otherProfile = new ProfilePage(other);
  await expect(otherProfile.emptyState).toBeVisible();
  const data = new DataPages(other);
  await data.importFrom(file);
  await other.reload();
  await expect(otherProfile.paragraph).toHaveText(paragraph);
  await other.goto("/chat");
  await expect(other.getByTestId("recent-chats")).toContainText("What is a lighthouse for?");

  // Importing again over a profile with data asks first; Escape keeps everything as it was.
  await other.goto("/account");
  await data.importFile.setInputFiles(file);
  await data.importSubmit.click();
  const dialog = other.getByRole("dialog", { name: "Replace this profile?" });
  await expect(dialog).toBeVisible();
  await other.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const again = await other.request.get("/api/account/export");
  expect(again.status()).toBe(200);
  expect((await again.json()).paragraph.text).toBe(json.paragraph && (json.paragraph as { text: string }).text);
  await first.close();
  await second.close();
});

test("deleting the account removes its data and ends the session for good", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new OnboardingPage(page).complete();
  const email = emailFor("leaver");
  const accounts = new AccountPages(page);
  await accounts.signUp(email, PASSWORD);
  await page.waitForURL("**/profile");
  const cookies = await context.cookies();

  await page.goto("/account");
  const data = new DataPages(page);
  // The wrong confirmation keeps the button disabled; Escape closes the form and gives focus back.
  await data.deleteSection.getByRole("button", { name: "Delete my account…" }).click();
  await data.deleteConfirm.fill("someone-else@example.com");
  await expect(data.deleteSubmit).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(data.deleteConfirm).toBeHidden();
  await expect(data.deleteSection.getByRole("button", { name: "Delete my account…" })).toBeFocused();

  await data.deleteWithKeyboard(email);
  await page.waitForURL("**/account/deleted");
  await expect(page.getByTestId("account-deleted")).toBeVisible();
  await page.goto("/profile");
  await expect(new ProfilePage(page).emptyState).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "You're using Profile Maker as a guest" })).toBeVisible();

  // The old session cookie, replayed in another browser, opens nothing; the account cannot sign in any more.
  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(cookies);
  expect((await replay.request.get("/api/account/export")).status()).toBe(401);
  const replayPage = await replay.newPage();
  await new AccountPages(replayPage).signIn(email, PASSWORD);
  await expect(new AccountPages(replayPage).formMessage).toHaveText("Wrong email or password.");
  await replay.close();
  await context.close();
});

test("a temporary chat says so, cannot be thumbed and leaves nothing behind", async ({ page, onboarding }) => {
  await onboarding.complete();
  const before = await page.request.get("/api/account/export");
  expect(before.status()).toBe(200);
  const beforeJson = (await before.json()) as Export;

  const chat = new ChatPage(page);
  await chat.goto();
  const toggle = page.getByRole("switch", { name: "Temporary chat" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL("**/chat?temporary=1");
  await expect(page.getByRole("switch", { name: "Temporary chat" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("temporary-notice")).toContainText("Nothing of it is saved");
  await expect(chat.input).toBeEditable();

  const reply = await chat.askAndWait("What is a lighthouse for?");
  await chat.askAndWait("And who keeps it?");
  await expect(chat.replyText(reply)).not.toBeEmpty();
  await expect(page.getByTestId("thumb-up")).toHaveCount(0);
  await expect(page).toHaveURL(/\/chat\?temporary=1$/);

  const after = await page.request.get("/api/account/export");
  const afterJson = (await after.json()) as Export;
  expect(chatContent(afterJson)).toEqual(chatContent(beforeJson));
  expect(afterJson.responses.filter((r) => r.surface === "chat")).toEqual([]);
  await page.reload();
  await expect(chat.replies).toHaveCount(0);
  await page.goto("/chat");
  await expect(page.getByTestId("recent-chats")).toHaveCount(0);
});
