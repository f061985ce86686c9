import { request as newRequest, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expect, signInAsGuest, test } from "./fixtures";
import { AccountPages } from "./pages/account-pages";
import { AppsPage } from "./pages/apps-page";
import { audit, expectTabReaches, VARIANTS, type Variant } from "./pages/audit";
import { ChatPage } from "./pages/chat-page";
import { DataPages } from "./pages/data-pages";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";
import { RenderedReply } from "./pages/rendered-reply";
import { ToolsPage } from "./pages/tools-page";

/**
 * The UI's definition of done, page by page (docs/design.md, "UI"): at 390 px and at desktop width, light and
 * dark, with real content, no page scrolls sideways, axe finds no unnamed control, invalid ARIA or unreadable
 * text, the main action is reached by Tab with a visible focus ring, and a screenshot is left in test-results
 * for a person to look at. One account with everything a long-time user has (a pinned paragraph with proposals,
 * a history, a dozen chats, one long technical reply, several keys, several sessions) and one fresh guest per
 * variant, made once.
 */
test.setTimeout(120_000);

const PASSWORD = "correct horse battery";
const EMAIL = `audit-${Date.now().toString(36)}@example.com`;
const QUESTION = "How do hash tables resolve collisions, with the maths and some code?";
const LONG_REPLY = `## Collisions, briefly

Two keys can land in the same slot. The two classic remedies are **chaining**, where each slot holds a list of
entries, and **open addressing**, where a lookup probes the next slot, see the [overview](https://en.wikipedia.org/wiki/Hash_table).

1. Hash the key.
2. Reduce it to a slot.
3. Walk the chain or the probe sequence.

\`\`\`ts
function bucketOf(key: string, size: number): number {
  return hash(key) % size; // the slot
}
const ${"veryLongIdentifierName".repeat(4)} = bucketOf("${"k".repeat(60)}", 1024);
\`\`\`

With $n$ keys in $m$ slots the load factor is $\\alpha = n / m$, and a successful lookup costs on average

$$
E[\\text{probes}] = 1 + \\frac{\\alpha}{2} + ${Array.from({ length: 10 }, (_, i) => `x_{${i}}`).join(" + ")}
$$

| strategy | memory | worst case | cache behaviour | typical load factor |
| --- | --- | --- | --- | --- |
| chaining | extra lists | $O(n)$ | pointer chasing | up to 1 and beyond |
| open addressing | none | $O(n)$ | contiguous | below 0.7 |

A bare address with no break: https://example.org/${"a-very-long-path-segment/".repeat(5)}end
`;
const CHAT_TITLES = [
  QUESTION,
  "Why does ice float on water?",
  "What is compound interest, and how does it differ from simple interest over thirty years of monthly deposits?",
  "Briefly: what is a black hole?",
  "How do vaccines train the immune system?",
  "Explain the water cycle",
  "Rainbows",
  "DNA replication in detail",
  "Photosynthesis for a twelve-year-old",
  "Tides and the moon",
  "Pneumonoultramicroscopicsilicovolcanoconiosisandotherverylongwordswithoutanybreaks",
  "What does a lighthouse do?",
];

type Pair = { account: Page; guest: Page; contexts: BrowserContext[] };
const pages = new Map<Variant["name"], Pair>();
let conversationId = "";

/** Everything a long-time user has, through the app's own doors: the UI, the export/import API, better-auth. */
async function makeAccount(browser: Browser, baseURL: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const accounts = new AccountPages(page);
  await accounts.signUp(EMAIL, PASSWORD);
  await page.waitForURL("**/profile");
  await new OnboardingPage(page).complete({ 2: "Detailed" });

  const apps = new AppsPage(page);
  await apps.goto();
  for (const name of ["Notes", "Reading list for the commute", "Study helper", "Old script"]) await apps.createKey(name);
  await apps.revoke("Old script");

  // The export of what onboarding wrote, with a history, open proposals and a dozen chats added, imported back.
  const res = await page.request.get("/api/account/export");
  expect(res.status()).toBe(200);
  const file = await res.json();
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const text = file.paragraph.text as string;
  file.paragraph = { ...file.paragraph, provenance: "user", reason: "You edited and pinned it.", version: 3 };
  const atoms = { ...file.paragraphHistory[0].atoms };
  file.paragraphHistory = [1, 2, 3].map((version) => ({
    version,
    text: version === 3 ? text : `${text} (version ${version})`,
    provenance: version === 3 ? "user" : "onboarding",
    reason: version === 3 ? "You edited and pinned it." : "Written from your onboarding answers.",
    atoms,
    createdAt: at(600 - version * 100),
  }));
  const responseId = crypto.randomUUID();
  file.amendments = [
    {
      id: crypto.randomUUID(),
      text: "You now prefer exhaustive answers that cover every case.",
      status: "proposed",
      source: "refinement",
      evidence: {
        checkId: crypto.randomUUID(),
        seed: 7,
        summaryVersion: 3,
        judge: "offline",
        thumbed: 2,
        wrong: 2,
        sampled: [0, 1].map((i) => ({
          responseId,
          surface: "chat",
          prompt: CHAT_TITLES[i],
          excerpt: "Two keys can land in the same slot. The two classic remedies are chaining and open addressing…",
          thumb: "up",
          prediction: "reject",
          correct: false,
          mismatches: ["length"],
        })),
        moves: [{ dimension: "length", from: 1, value: 3 }],
      },
      createdAt: at(30),
      decidedAt: null,
    },
    { id: crypto.randomUUID(), text: "You now like a warmer, more personal tone.", status: "proposed", source: "nudge", evidence: { dimension: "tone" }, createdAt: at(20), decidedAt: null },
  ];
  const conversations = CHAT_TITLES.map((title, i) => ({ id: crypto.randomUUID(), title, createdAt: at(100 + i), updatedAt: at(i) }));
  file.conversations = conversations;
  file.responses = conversations.map((c, i) => ({
    id: i === 0 ? responseId : crypto.randomUUID(),
    surface: "chat",
    conversationId: c.id,
    prompt: c.title,
    text: i === 0 ? LONG_REPLY : `A short answer about ${c.title.toLowerCase()}.`,
    summaryVersion: 3,
    thumb: i % 3 === 0 ? 1 : null,
    status: "complete",
    app: null,
    createdAt: at(i),
  }));
  file.messages = conversations.flatMap((c, i) => [
    { id: crypto.randomUUID(), conversationId: c.id, role: "user", text: c.title, responseId: null, createdAt: at(i + 0.5) },
    { id: crypto.randomUUID(), conversationId: c.id, role: "assistant", text: file.responses[i].text, responseId: file.responses[i].id, createdAt: at(i) },
  ]);
  const imported = await page.request.post("/api/account/import?replace=1", { data: file });
  expect(imported.status(), await imported.text()).toBe(200);
  // An import gives every row a fresh id: the long chat's address is read back.
  const stored = (await (await page.request.get("/api/account/export")).json()) as { conversations: { id: string; title: string }[] };
  conversationId = stored.conversations.find((c) => c.title === QUESTION)!.id;

  // Three more browsers signed in: the sessions list has four rows with different devices.
  for (const agent of [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  ]) {
    const other = await newRequest.newContext({ baseURL, userAgent: agent });
    const signedIn = await other.post("/api/auth/sign-in/email", { data: { email: EMAIL, password: PASSWORD } });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    await other.dispose();
  }
  const state = await context.storageState();
  await context.close();
  return JSON.stringify(state);
}

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const state = JSON.parse(await makeAccount(browser, baseURL!));
  for (const v of VARIANTS) {
    const options = { baseURL, viewport: v.viewport, colorScheme: v.colorScheme, reducedMotion: "reduce" as const };
    const a = await browser.newContext({ ...options, storageState: state });
    const g = await browser.newContext(options);
    await signInAsGuest(g.request);
    pages.set(v.name, { account: await a.newPage(), guest: await g.newPage(), contexts: [a, g] });
  }
});
test.afterAll(async () => {
  for (const { contexts } of pages.values()) for (const c of contexts) await c.close();
});

/**
 * Runs `check` in every variant at once (four browser contexts, each its own page), on the account's page or
 * the fresh guest's: the server answers one while the browser lays out another.
 */
async function eachVariant(who: "account" | "guest", check: (page: Page, v: Variant) => Promise<void>): Promise<void> {
  await Promise.all(VARIANTS.map((v) => check(pages.get(v.name)![who], v)));
}

test("the reading brain: a pinned paragraph, two proposals, history, controls", async ({}, testInfo) => {
  await eachVariant("account", async (page, v) => {
    const profile = new ProfilePage(page);
    await profile.goto();
    await expect(profile.badge).toHaveText("Pinned by you");
    await expect(profile.banners).toHaveCount(2);
    await expect(page.getByTestId("preview-reply")).toHaveAttribute("data-status", "done");
    await expectTabReaches(page, profile.editButton, `/profile at ${v.name}`);
    await audit(page, testInfo, v, "profile");
  });
});

test("a chat with a long reply with code, math and a table; a dozen chats listed", async ({}, testInfo) => {
  await eachVariant("account", async (page, v) => {
    const chat = new ChatPage(page);
    await chat.goto(conversationId);
    const reply = new RenderedReply(chat.replyText(chat.lastReply));
    await expect(reply.codeBlocks).toHaveCount(1);
    await reply.expectHighlighted();
    await expect(reply.displayMath).toHaveCount(1);
    await expect(reply.tables).toHaveCount(1);
    await expect(page.getByTestId("recent-chats").getByRole("link")).toHaveCount(CHAT_TITLES.length);
    await expectTabReaches(page, chat.input, `/chat/:id at ${v.name}`);
    await audit(page, testInfo, v, "chat-long-reply");
  });
});

test("a temporary chat, answered, and the new chat's empty state", async ({}, testInfo) => {
  await eachVariant("guest", async (page, v) => {
    const chat = new ChatPage(page);
    await chat.goto();
    await expect(page.getByTestId("chat-empty")).toBeVisible();
    await expect(page.getByTestId("recent-chats")).toHaveCount(0);
    await expectTabReaches(page, page.getByRole("switch", { name: "Temporary chat" }), `/chat at ${v.name}`);
    await audit(page, testInfo, v, "chat-empty");

    await page.goto("/chat?temporary=1");
    await expect(page.getByTestId("temporary-notice")).toBeVisible();
    await chat.askAndWait("Why does ice float on water?");
    await audit(page, testInfo, v, "chat-temporary");
  });
});

const QUOTA_MESSAGE = "You have used all 20 replies of the last 24 hours. Try again in 3 hours, or create an account for 200 a day.";
const quotaBody = { error: { code: "too_many_requests:surface", message: QUOTA_MESSAGE, retryAfterSeconds: 10_800 } };

test("over the reply quota: the chat and the tools say so and when to try again", async ({}, testInfo) => {
  await eachVariant("guest", async (page, v) => {
    await page.route(/\/api\/(chat|explain|summarize)$/, (route) =>
      route.fulfill({ status: 429, headers: { "retry-after": "10800" }, contentType: "application/json", body: JSON.stringify(quotaBody) }),
    );
    const chat = new ChatPage(page);
    await chat.goto();
    await chat.ask("How do vaccines train the immune system?");
    await expect(chat.error.locator("p")).toHaveText(QUOTA_MESSAGE);
    await expect(chat.input).toHaveValue("How do vaccines train the immune system?");
    // Refused as the first message, the chat was never stored: no address of its own, nothing listed.
    await expect(page).toHaveURL(/\/chat$/);
    await expect(page.getByTestId("recent-chats")).toHaveCount(0);
    await audit(page, testInfo, v, "chat-429");

    const tools = new ToolsPage(page);
    await tools.goto();
    await tools.sample.click();
    await tools.explain.click();
    await expect(page.getByTestId("explain-reply-error").locator("p")).toHaveText(QUOTA_MESSAGE);
    await audit(page, testInfo, v, "tools-429");
    await page.unrouteAll();
  });
});

test("explain and summarize, answered", async ({}, testInfo) => {
  await eachVariant("account", async (page, v) => {
    const tools = new ToolsPage(page);
    await tools.goto();
    await expectTabReaches(page, tools.sample, `/tools at ${v.name}`);
    await tools.sample.click();
    await tools.run("explain");
    await tools.run("summarize");
    await audit(page, testInfo, v, "tools");
  });
});

test("keys for apps: several keys, one revoked; and none yet", async ({}, testInfo) => {
  await eachVariant("account", async (page, v) => {
    const apps = new AppsPage(page);
    await apps.goto();
    await expect(apps.rows).toHaveCount(4);
    await expectTabReaches(page, apps.appName, `/profile/apps at ${v.name}`);
    await audit(page, testInfo, v, "apps");
  });
  await eachVariant("guest", async (page, v) => {
    const apps = new AppsPage(page);
    await apps.goto();
    await expect(apps.rows).toHaveCount(0);
    await audit(page, testInfo, v, "apps-empty");
  });
});

test("the account: four sessions, export and import, delete; a bad import says why", async ({}, testInfo) => {
  await eachVariant("account", async (page, v) => {
    const data = new DataPages(page);
    const accounts = new AccountPages(page);
    await page.goto("/account");
    await expect(accounts.sessions).toHaveCount(4);
    await expectTabReaches(page, data.exportLink, `/account at ${v.name}`);
    await data.importFile.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"format":"something else"}') });
    await data.importSubmit.click();
    await expect(data.importMessage).toContainText("This is not a Profile Maker export file.");
    await data.deleteSection.getByRole("button", { name: /^Delete my/ }).click();
    await expect(data.deleteConfirm).toBeFocused();
    await audit(page, testInfo, v, "account");
  });
  await eachVariant("guest", async (page, v) => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're using Profile Maker as a guest");
    await audit(page, testInfo, v, "account-guest");
  });
});

test("sign up, sign in, forgot and reset password, with their error states", async ({}, testInfo) => {
  await eachVariant("guest", async (page, v) => {
    const accounts = new AccountPages(page);
    await page.goto("/sign-up");
    await accounts.email.fill("not-an-email");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(accounts.fieldError("email")).toBeVisible();
    await expect(accounts.email).toHaveAttribute("aria-invalid", "true");
    await audit(page, testInfo, v, "sign-up-error");

    await page.goto("/sign-in");
    await expectTabReaches(page, accounts.email, `/sign-in at ${v.name}`);
    await accounts.email.fill(EMAIL);
    await accounts.password.fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accounts.formMessage).toHaveText("Wrong email or password.");
    await audit(page, testInfo, v, "sign-in-error");

    await page.goto("/forgot-password");
    await audit(page, testInfo, v, "forgot-password");
    await page.goto("/reset-password");
    await expect(page.getByTestId("reset-no-token")).toBeVisible();
    await audit(page, testInfo, v, "reset-password-no-token");
    await page.goto("/reset-password?token=made-up");
    await audit(page, testInfo, v, "reset-password");
  });
});

test("a new guest's empty reading brain, the wizard, a deleted account and a missing page", async ({}, testInfo) => {
  await eachVariant("guest", async (page, v) => {
    const profile = new ProfilePage(page);
    await profile.goto();
    await expect(profile.emptyState).toBeVisible();
    await expectTabReaches(page, profile.startOnboarding, `/profile (empty) at ${v.name}`);
    await audit(page, testInfo, v, "profile-empty");

    const onboarding = new OnboardingPage(page);
    await onboarding.goto();
    await expect(onboarding.progress).toHaveText("1 of 7");
    await expectTabReaches(page, onboarding.next, `/profile/onboarding at ${v.name}`);
    await audit(page, testInfo, v, "onboarding");

    await page.goto("/account/deleted");
    await audit(page, testInfo, v, "account-deleted");
    const missing = await page.goto(`/chat/${crypto.randomUUID()}`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't here");
    await expectTabReaches(page, page.getByRole("link", { name: "Start a new chat" }), `404 at ${v.name}`);
    await audit(page, testInfo, v, "not-found");
  });
});
