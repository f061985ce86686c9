import { request as newRequest } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { AppsPage } from "./pages/apps-page";
import { expectNoSidewaysScroll } from "./pages/viewport";

const MODEL = "offline-demo";

test("create a key, call the gateway with it, see the app's usage appear, revoke it", async ({ page, onboarding, baseURL }, testInfo) => {
  await onboarding.goto();
  await onboarding.complete();
  const apps = new AppsPage(page);
  await page.goto("/profile");
  await page.getByRole("link", { name: "Use it in your apps" }).click();
  await expect(page).toHaveURL(/\/profile\/apps$/);
  const key = await apps.createKey("Notes e2e");
  await expect(apps.row("Notes e2e").getByTestId("key-usage")).toHaveText("0 replies, 0 thumbs up, 0 thumbs down");
  await expect(apps.row("Notes e2e")).toContainText("never used");

  // An app with nothing but the key: no cookies, no session.
  const app = await newRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const models = await app.get("/v1/models");
  expect(models.status()).toBe(200);
  expect(((await models.json()) as { data: { id: string }[] }).data.map((m) => m.id)).toEqual([MODEL]);
  const res = await app.post("/v1/chat/completions", { data: { model: MODEL, messages: [{ role: "user", content: "How do hash tables work?" }] } });
  expect(res.status()).toBe(200);
  const completion = (await res.json()) as { id: string; object: string; choices: { message: { content: string } }[] };
  expect(completion.object).toBe("chat.completion");
  expect(completion.choices[0]!.message.content.length).toBeGreaterThan(20);
  expect((await app.post("/v1/feedback", { data: { id: completion.id, rating: "down" } })).status()).toBe(200);

  // The page's own "try it" box: the key just created is filled in; a streamed reply, then a thumb.
  await expect(apps.tryIt.getByLabel("API key")).toHaveValue(key);
  await apps.tryIt.getByRole("button", { name: "Send through the gateway" }).click();
  await expect(apps.tryIt.getByTestId("try-reply")).toHaveAttribute("data-status", "done");
  await apps.tryIt.getByRole("button", { name: "Good reply" }).click();
  await expect(apps.tryIt.getByRole("button", { name: "Good reply" })).toHaveAttribute("aria-pressed", "true");
  await expect(apps.row("Notes e2e").getByTestId("key-usage")).toHaveText("2 replies, 1 thumbs up, 1 thumbs down");

  // After a reload the key itself is gone from the page for good: only its prefix is shown.
  await page.reload();
  await expect(apps.row("Notes e2e").getByTestId("key-usage")).toHaveText("2 replies, 1 thumbs up, 1 thumbs down");
  await expect(apps.row("Notes e2e")).toContainText("last used just now");
  expect(await page.content()).not.toContain(key.slice(10));
  await snap(page, testInfo, "apps-keys");

  await apps.revoke("Notes e2e");
  const refused = await app.post("/v1/chat/completions", { data: { model: MODEL, messages: [{ role: "user", content: "Still there?" }] } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: { message: expect.any(String), type: "invalid_request_error", param: null, code: "invalid_api_key" } });
  await app.dispose();
});

test("the keys page works at 390 px in dark mode, by keyboard", async ({ browser, baseURL }, testInfo) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.request.post("/api/auth/sign-in/anonymous", { data: {} });
  const apps = new AppsPage(page);
  await apps.goto();
  // Tab reaches the name field; Enter creates; the new key takes the focus so it is read out.
  await apps.appName.focus();
  await page.keyboard.type("Phone app");
  await page.keyboard.press("Enter");
  await expect(apps.newKey).toBeFocused();
  await apps.createKey("Second app");
  await expectNoSidewaysScroll(page, "/profile/apps at 390 px");
  await snap(page, testInfo, "apps-390-dark");
  // Revoke by keyboard: the dialog opens on the safe choice, Escape keeps the key.
  await apps.row("Phone app").getByRole("button", { name: "Revoke the key for Phone app" }).press("Enter");
  await expect(apps.dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(apps.dialog).toBeHidden();
  await expect(apps.row("Phone app")).not.toHaveAttribute("data-revoked", "");
  await context.close();
});
