import { expect, snap, test } from "./fixtures";
import { ChatPage } from "./pages/chat-page";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";
import { RenderedReply } from "./pages/rendered-reply";
import { scriptReply } from "./pages/scripted-reply";
import { ToolsPage } from "./pages/tools-page";
import { expectNoSidewaysScroll } from "./pages/viewport";

const CODE = 'function bucketOf(key: string, size: number): number {\n  return hash(key) % size; // the slot\n}';

/** What a hosted model writes for a technical question: every construct a reply can hold. */
const RICH_REPLY = `## Collisions, briefly

Two keys can land in the same slot. The two classic remedies:

- **Chaining**: each slot holds a list of entries.
- **Open addressing**: probe the next slot, see the [overview](https://en.wikipedia.org/wiki/Hash_table).

1. Hash the key.
2. Reduce it to a slot.

\`\`\`ts
${CODE}
\`\`\`

With $n$ keys in $m$ slots the load factor is $\\alpha = n / m$, and a lookup costs on average

$$
E[\\text{probes}] = 1 + \\frac{\\alpha}{2}
$$

and the slot of a key is, in LaTeX's own delimiters,

\\[ h(k) = k \\bmod m \\]

| strategy | memory | worst case |
| --- | --- | --- |
| chaining | extra lists | $O(n)$ |
| open addressing | none | $O(n)$ |
`;

const WIDE_LINE = `const ${"veryLongIdentifierName".repeat(8)} = ${"[1, 2, 3]".repeat(12)};`;
/** Everything that used to push a page sideways on a phone. */
const WIDE_REPLY = `A word with no break: ${"Donaudampfschifffahrtsgesellschaft".repeat(4)} and a bare URL https://example.org/${"a-very-long-path-segment/".repeat(8)}end

\`\`\`js
${WIDE_LINE}
\`\`\`

| ${Array.from({ length: 12 }, (_, i) => `column number ${i + 1}`).join(" | ")} |
| ${Array.from({ length: 12 }, () => "---").join(" | ")} |
| ${Array.from({ length: 12 }, (_, i) => `value${i}`).join(" | ")} |

$$
${Array.from({ length: 24 }, (_, i) => `x_{${i}}`).join(" + ")} = S
$$
`;

test("an offline reply with a list, a code block and a $$ formula renders as such", async ({ page }, testInfo) => {
  const chat = new ChatPage(page);
  await chat.goto();
  // "in detail" makes the answer exhaustive (related topics as a list, the topic's code), "with equations" fluent.
  const reply = new RenderedReply(chat.replyText(await chat.askAndWait("Explain hash tables in detail, with equations.")));

  await expect(reply.root.locator("ul > li")).toHaveCount(2);
  await expect(reply.root.locator("ul > li").first()).toContainText("Sorting algorithms");
  await expect(reply.codeBlocks).toHaveCount(1);
  await expect(reply.codeBlocks).toHaveAttribute("data-language", "python");
  await expect(reply.codeLines().first()).toHaveText("class HashTable:");
  await reply.expectHighlighted();
  // The formula, and the worked example's arithmetic (a formula alone in its paragraph is displayed).
  await expect(reply.displayMath).toHaveCount(2);
  await expect(reply.displayMath.locator("annotation")).toHaveText([/^h\(k\) = k \\bmod m/, "h(42) = 42 \\bmod 10 = 2 = h(12)"]);
  await expect(reply.math).toHaveCount(2);
  await expect(reply.root.getByText("Worked example.", { exact: true })).toBeVisible();
  for (const source of ["```", "$$", "**"]) await expect(reply.root).not.toContainText(source);
  await reply.codeBlocks.scrollIntoViewIfNeeded();
  await snap(page, testInfo, "offline-rendered-reply");
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`at 390 px, ${colorScheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme });

    test("a model reply with a list, a code block and formulas renders as Markdown, code and math", async ({ page }, testInfo) => {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      const chat = new ChatPage(page);
      await chat.goto();
      await scriptReply(page, RICH_REPLY);
      const reply = new RenderedReply(chat.replyText(await chat.askAndWait("How does a hash table handle collisions?")));

      await expect(reply.root.getByRole("heading", { level: 2, name: "Collisions, briefly" })).toBeVisible();
      await expect(reply.root.locator("ul > li")).toHaveCount(2);
      await expect(reply.root.locator("ol > li")).toHaveCount(2);
      await expect(reply.root.locator("ul > li").first()).toContainText("Chaining: each slot holds a list of entries.");
      await expect(reply.codeBlocks).toHaveCount(1);
      await expect(reply.codeBlocks).toHaveAttribute("data-language", "ts");
      await expect(reply.codeLines()).toHaveText(CODE.split("\n"));
      await reply.expectHighlighted();
      // Inline: n, m, α = n / m and the two O(n) in the table; display: the expected probes and h(k), each centred.
      await expect(reply.math).toHaveCount(7);
      await expect(reply.displayMath.locator("annotation")).toHaveText(["E[\\text{probes}] = 1 + \\frac{\\alpha}{2}", "h(k) = k \\bmod m"]);
      await expect(reply.tables.locator("th")).toHaveText(["strategy", "memory", "worst case"]);
      const link = reply.links.filter({ hasText: "overview" });
      await expect(link).toHaveAttribute("href", "https://en.wikipedia.org/wiki/Hash_table");
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", /noopener/);
      // No Markdown or TeX source is left showing.
      await expect(reply.root).not.toContainText("```");
      await expect(reply.root).not.toContainText("$$");
      await expect(reply.root).not.toContainText("\\[");
      await expect(reply.root).not.toContainText("**");

      await reply.copyCode.click();
      expect((await page.evaluate(() => navigator.clipboard.readText())).trimEnd()).toBe(CODE);
      await expectNoSidewaysScroll(page, `/chat (${colorScheme})`);
      await snap(page, testInfo, `rendered-reply-phone-${colorScheme}`);
    });

    test("no page scrolls sideways with long titles, words, URLs, code and tables", async ({ page }, testInfo) => {
      await page.goto("/");
      await expectNoSidewaysScroll(page, `/ (${colorScheme})`);
      await page.goto("/profile");
      await expectNoSidewaysScroll(page, `/profile, empty (${colorScheme})`);
      const onboarding = new OnboardingPage(page);
      await onboarding.goto();
      await expect(onboarding.progress).toHaveText("1 of 7");
      await expectNoSidewaysScroll(page, `/profile/onboarding (${colorScheme})`);
      await onboarding.answer();
      await expectNoSidewaysScroll(page, `/profile/onboarding, about me (${colorScheme})`);
      await onboarding.skip.click();
      await page.waitForURL("**/profile");
      await expect(page.getByTestId("preview-reply")).toHaveAttribute("data-status", "done");
      // A pinned paragraph with an unbroken URL: shown on /profile, in its history and in "What the AI sees".
      await new ProfilePage(page).editAndSave(`I read https://example.org/${"long-path/".repeat(20)} daily and like plain answers.`);
      await expectNoSidewaysScroll(page, `/profile (${colorScheme})`);

      // A stored conversation with a long, unbroken title (from the offline model), then a wide scripted reply.
      const chat = new ChatPage(page);
      await chat.goto();
      const offline = await chat.askAndWait(`What does ${"Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz".repeat(2)} mean?`);
      // The offline model's paragraphs are Markdown paragraphs, not one block of text with blank lines in it.
      expect(await chat.replyText(offline).locator("p").count()).toBeGreaterThan(1);
      const id = await chat.conversationId();
      await scriptReply(page, WIDE_REPLY);
      const wide = new RenderedReply(chat.replyText(await chat.askAndWait(`And https://example.org/${"x".repeat(120)}?`)));
      await expect(wide.codeLines()).toHaveText([WIDE_LINE]);
      await expect(wide.displayMath).toHaveCount(1);
      await expectNoSidewaysScroll(page, `/chat/${id} (${colorScheme})`);
      await snap(page, testInfo, `chat-wide-phone-${colorScheme}`);
      await page.unroute("**/api/chat");

      await chat.goto();
      await expect(page.getByTestId("recent-chats").getByRole("link", { name: /Rindfleisch/ })).toBeVisible();
      await expectNoSidewaysScroll(page, `/chat (${colorScheme})`);
      await chat.goto(id);
      await expect(chat.replies).toHaveCount(1);
      await expectNoSidewaysScroll(page, `/chat/${id}, reloaded (${colorScheme})`);

      const tools = new ToolsPage(page);
      await tools.goto();
      await tools.text.fill(`${"Photosynthesis".repeat(6)} converts light. ${"Chlorophyllabsorption".repeat(5)} matters. https://example.org/${"leaf/".repeat(30)}`);
      await tools.run("explain");
      await expectNoSidewaysScroll(page, `/tools (${colorScheme})`);
    });
  });
}

test("a reply cut off inside a code fence still shows a code block, not raw Markdown", async ({ page }) => {
  const chat = new ChatPage(page);
  await chat.goto();
  await scriptReply(page, RICH_REPLY, { cut: RICH_REPLY.indexOf("// the slot") });
  await chat.ask("How does a hash table handle collisions?");
  await expect(chat.lastReply).toHaveAttribute("data-status", "error");
  const reply = new RenderedReply(chat.replyText(chat.lastReply));
  await expect(reply.code).toContainText("return hash(key) % size;");
  await expect(reply.root).not.toContainText("```");
  await expect(reply.listItems).toHaveCount(4);
});

test("raw HTML and script links in a model reply are shown as text and never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const chat = new ChatPage(page);
  await chat.goto();
  await scriptReply(
    page,
    [
      "Here you go: <img src=x onerror=alert(1)> and <b onmouseover=alert(2)>bold</b>",
      "<script>alert(3)</script>",
      '<iframe src="javascript:alert(4)"></iframe>',
      "[a link](javascript:alert(5)) and [another](data:text/html,<script>alert(6)</script>) and ![pixel](https://tracker.example/p.png)",
    ].join("\n\n"),
  );
  const reply = new RenderedReply(chat.replyText(await chat.askAndWait("Show me some HTML")));

  await expect(reply.root).toContainText("<img src=x onerror=alert(1)>");
  await expect(reply.root).toContainText("<script>alert(3)</script>");
  await expect(reply.root.locator("img, script, iframe, b, [onerror], [onmouseover]")).toHaveCount(0);
  await expect(reply.links).toHaveCount(0);
  // rehype-harden marks the refused links; the image shows its alt text only.
  await expect(reply.root).toContainText("a link [blocked] and another [blocked] and [pixel]");
  await reply.root.getByText("a link [blocked]", { exact: true }).click();
  await reply.root.getByText(/onmouseover/).hover();
  expect(dialogs).toEqual([]);
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
});


test("/favicon.ico answers, and a page load logs no error", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/x-icon");
  await page.goto("/");
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  const svg = page.locator('link[rel="icon"][type="image/svg+xml"]');
  expect((await page.request.get((await svg.getAttribute("href"))!)).status()).toBe(200);
  await new ToolsPage(page).goto();
  expect(errors).toEqual([]);
});
