import type { Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { ChatApi } from "./pages/chat-api";
import { ChatPage } from "./pages/chat-page";
import { DriftPanel } from "./pages/drift-panel";
import { AMENDED, CLAUSES, eitherWording } from "./paragraphs";

/**
 * Why these numbers (lib/personality/cusum.ts): the detector only tests once the 20-signal window is full AND
 * its baseline, which takes only values leaving the window, holds 30 values, so 50 signals of stable history
 * come first (56 here). The e2e server runs with DRIFT_SITTING_GAP_SECONDS=0, so every reply is a sitting of its
 * own (a test cannot wait half an hour between sittings); the long expert replies (320–440 words, measured
 * length 0.86–1.00) then push the CUSUM over on about the 7th; 20 of them turn the window over completely, so the
 * fused value is the new level (length exhaustive, density dense), not a mix. 56 + 20 thumbs; 3 of the 20 go
 * through the chat UI.
 */
const STABLE = 56;
const SHIFTED = 20;
const THROUGH_UI = 3;
/** Topics of the offline model's library (lib/ai/topics/): every question gets a real answer, not the honest reply. */
const TOPICS = [
  "photosynthesis",
  "vaccines",
  "the French Revolution",
  "compound interest",
  "black holes",
  "the water cycle",
  "recursion",
  "supply and demand",
  "inflation",
  "the printing press",
  "DNA replication",
  "hash tables",
];
const ordinary = (i: number) => `What is ${TOPICS[i % TOPICS.length]}?`;
const longDense = (i: number) => `Explain ${TOPICS[i % TOPICS.length]} in detail, for experts.`;
const PINNED = "You like answers of medium length. Keep the words plain.";

test.describe.configure({ timeout: 300_000 });

/** A stable history, then long dense replies thumbed up: the first few in the chat UI, the rest through its API. */
async function thumbLongDenseReplies(page: Page): Promise<void> {
  const api = new ChatApi(page);
  await api.askAndThumbAll(Array.from({ length: STABLE }, (_, i) => ordinary(i)), "up");

  const chat = new ChatPage(page);
  await chat.goto();
  for (let i = 0; i < THROUGH_UI; i++) {
    const reply = await chat.askAndWait(longDense(i));
    const saved = page.waitForResponse((r) => r.url().includes("/thumb") && r.request().method() === "PUT");
    await chat.thumbUp(reply).click();
    expect((await saved).status()).toBe(200);
    await expect(chat.thumbUp(reply)).toHaveAttribute("aria-pressed", "true");
  }
  await api.askAndThumbAll(
    Array.from({ length: SHIFTED - THROUGH_UI }, (_, i) => longDense(i + THROUGH_UI)),
    "up",
  );
}

test("thumbing many long, dense replies, then checking for drift, moves an evolved profile and rewrites the paragraph", async ({
  page,
  onboarding,
  profile,
}, testInfo) => {
  const drift = new DriftPanel(page);
  await onboarding.complete();
  await profile.regenerateButton.click();
  await expect(profile.badge).toHaveText("Evolved from your feedback");
  await expect(profile.reason).toHaveText("regenerated");
  const before = (await profile.paragraph.textContent())!;
  await expect(drift.estimate("length")).toHaveText("Your recent feedback: not enough signal yet");

  await thumbLongDenseReplies(page);
  await profile.goto();
  await expect(drift.estimate("length")).toHaveText("Your recent feedback leans: exhaustive · confidence high");
  await expect(drift.estimate("density")).toHaveText(/^Your recent feedback leans: dense · confidence (high|medium)$/);
  await expect(profile.option("Length", "Balanced")).toHaveAttribute("aria-checked", "true");
  await expect(profile.paragraph).toHaveText(before);

  await drift.check();
  await expect(drift.notice).toContainText("Your recent feedback drifted, so your paragraph was rewritten (length → exhaustive, density → dense");
  await expect(profile.option("Length", "Exhaustive")).toHaveAttribute("aria-checked", "true");
  await expect(profile.option("Density", "Dense")).toHaveAttribute("aria-checked", "true");
  await expect(profile.badge).toHaveText("Evolved from your feedback");
  await expect(profile.reason).toHaveText(/^drift: length, density/);
  await expect(profile.historyItem(3)).toContainText(/drift: length, density/);
  await expect(profile.paragraph).not.toHaveText(before);
  // The rewritten paragraph says what the controls now say (exhaustive, dense). Not compared byte for byte: the
  // refinement loop runs on every 20th reply with a random sample, and a sentence it kept for this paragraph is
  // folded in by the rewrite, in the sentence's words rather than the clause's. The exact mirror invariant is
  // asserted in the integration tests.
  await expect(profile.paragraph).toContainText(eitherWording(CLAUSES.exhaustive, AMENDED.exhaustive));
  await expect(profile.paragraph).toContainText(eitherWording(CLAUSES.dense, AMENDED.dense));

  // Resolved by the rewrite: no marker, but the chart still shows why, with the signal where drift fired.
  await expect(drift.marker("length")).toHaveCount(0);
  await expect(drift.status).toHaveText("No control is drifting.");
  await expect(drift.chart("length")).toHaveAttribute("aria-label", /^Length: your last 20 signals; average (?:0\.9\d|1\.00) \(exhaustive\); .*drift fired \d+ signals ago\.$/);
  await expect(drift.chartMarker("length")).toBeVisible();
  await expect(drift.chartFlag("length")).toHaveText(
    /^What moved: Length moved from balanced toward exhaustive \(0\.\d\d → (?:0\.9\d|1\.00)\), carried by \d+ signals in \d+ separate sessions \(evidence score \d+\.\d, where drift starts at 11\.5\)\.$/,
  );
  await snap(page, testInfo, "drift-evolved-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await drift.chart("length").scrollIntoViewIfNeeded();
  await snap(page, testInfo, "drift-evolved-phone");
  await page.emulateMedia({ colorScheme: "dark" });
  await snap(page, testInfo, "drift-evolved-phone-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The rewrite survives a reload, and a second check finds nothing left to do.
  await page.reload();
  await expect(profile.option("Length", "Exhaustive")).toHaveAttribute("aria-checked", "true");
  await drift.check();
  await expect(drift.notice).toContainText("No drift: your recent feedback agrees with your reading brain.");
  await expect(profile.historyItem(4)).toHaveCount(0);
});

test("the same feedback on a pinned profile raises a drift banner and leaves the text alone", async ({ page, onboarding, profile }, testInfo) => {
  const drift = new DriftPanel(page);
  await onboarding.complete();
  await profile.editAndSave(PINNED);
  await expect(profile.badge).toHaveText("Pinned by you");

  await thumbLongDenseReplies(page);
  await profile.goto();
  await drift.check();
  await expect(drift.notice).toContainText("Your paragraph is pinned, so it was left as you wrote it");

  await expect(profile.paragraph).toHaveText(PINNED);
  await expect(profile.badge).toHaveText("Pinned by you");
  await expect(profile.reason).toHaveText("saved by you");
  await expect(profile.option("Length", "Balanced")).toHaveAttribute("aria-checked", "true");
  const banner = profile.banners.filter({ hasText: "Your recent feedback has drifted from your paragraph" });
  await expect(banner).toHaveCount(1);
  await expect(banner.getByTestId("amendment-text")).toContainText("You now prefer exhaustive answers that cover every case; you now prefer dense");
  await expect(drift.marker("length")).toBeVisible();
  await expect(drift.marker("density")).toBeVisible();
  await expect(drift.status).toContainText(/^Drifting: Length(?:,| and) Density/);
  await expect(drift.chart("density")).toHaveAttribute("aria-label", /drift fired \d+ signals? ago/);
  await snap(page, testInfo, "drift-pinned-desktop");

  // Checking again raises no second banner.
  await drift.check();
  await expect(drift.notice).toContainText("No new drift since the last check");
  await expect(banner).toHaveCount(1);
  await expect(profile.paragraph).toHaveText(PINNED);

  await page.setViewportSize({ width: 390, height: 844 });
  await drift.panel.scrollIntoViewIfNeeded();
  await snap(page, testInfo, "drift-pinned-phone");
  await page.emulateMedia({ colorScheme: "dark" });
  await snap(page, testInfo, "drift-pinned-phone-dark");

  // Dismissing the banner ends the episode: the markers go, the pinned text never changed.
  await page.setViewportSize({ width: 1280, height: 900 });
  await banner.getByRole("button", { name: "Dismiss" }).click();
  await expect(banner).toHaveCount(0);
  await expect(drift.marker("length")).toHaveCount(0);
  await expect(profile.paragraph).toHaveText(PINNED);
});
