import { expect, signInAsGuest, snap, test } from "./fixtures";

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

test("a page view mints no session; two contexts are two guests; a tampered cookie is nobody", async ({ browser, baseURL }) => {
  const a = await browser.newContext({ baseURL });
  const b = await browser.newContext({ baseURL });
  const page = await a.newPage();
  await page.goto("/profile");
  expect(await a.cookies()).toEqual([]);

  const sessionOf = async (ctx: typeof a) => {
    await signInAsGuest(ctx.request);
    return (await ctx.cookies()).find((c) => c.name === "pm.session_token")!;
  };
  const ca = await sessionOf(a);
  const cb = await sessionOf(b);
  expect(ca.httpOnly).toBe(true);
  expect(ca.sameSite).toBe("Lax");
  expect(ca.value).not.toBe(cb.value);
  const whoAmI = async (ctx: typeof a) => (await (await ctx.request.get("/api/auth/get-session")).json()) as { user: { id: string } } | null;
  const userA = (await whoAmI(a))!.user.id;
  expect((await whoAmI(b))!.user.id).not.toBe(userA);

  // A forged token (b's token with a's signature) is no session at all: nobody, not b and not a.
  const forged = `${cb.value.split(".")[0]}.${ca.value.split(".")[1]}`;
  await a.clearCookies();
  await a.addCookies([{ ...ca, value: forged }]);
  expect(await whoAmI(a)).toBeNull();
  await a.close();
  await b.close();
});
