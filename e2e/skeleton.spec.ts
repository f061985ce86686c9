import { expect, snap, test } from "./fixtures";

test("a new visitor sees the empty reading brain with a call to onboard", async ({ profile, page }, testInfo) => {
  await profile.goto();
  await expect(profile.emptyState).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your reading brain is empty");
  await expect(profile.startOnboarding).toHaveAttribute("href", "/profile/onboarding");
  await snap(page, testInfo, "profile-empty");
});

test("health reports the embedded driver", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
});

test("two browser contexts are two different users; a tampered cookie gets a new guest", async ({ browser, baseURL }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const cookieOf = async (ctx: typeof a) => {
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/profile`);
    return (await ctx.cookies()).find((c) => c.name === "pm_session")!;
  };
  const ca = await cookieOf(a);
  const cb = await cookieOf(b);
  expect(ca.httpOnly).toBe(true);
  expect(ca.sameSite).toBe("Lax");
  expect(ca.value.split(".")[0]).not.toBe(cb.value.split(".")[0]);

  // Same cookie on a second visit: the session is stable.
  expect((await cookieOf(a)).value).toBe(ca.value);

  // Claim b's user id with a's signature: rejected, replaced by a brand-new guest.
  const forged = `${cb.value.split(".")[0]}.${ca.value.split(".")[1]}`;
  await a.addCookies([{ ...ca, value: forged }]);
  const after = await cookieOf(a);
  expect(after.value).not.toBe(forged);
  const newId = after.value.split(".")[0];
  expect([ca.value.split(".")[0], cb.value.split(".")[0]]).not.toContain(newId);
  await a.close();
  await b.close();
});
