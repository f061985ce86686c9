import { expect, snap, test } from "./fixtures";
import { ChatPage } from "./pages/chat-page";
import { OnboardingPage } from "./pages/onboarding-page";
import { ProfilePage } from "./pages/profile-page";
import { ChatThroughApi, RefinementPanel } from "./pages/refinement-page";

/**
 * The refinement loop end to end: a pinned "brief" paragraph, chat replies the user asked to be detailed and
 * thumbed up (the opposite of what the paragraph predicts), the check the 20th AI response queues, and the
 * banner the user decides on.
 */
const PINNED = "You like brief answers that get straight to the point. Use plain words and short sentences.";
/** Topics of the offline model's library (lib/ai/topics/): each "in detail" question gets a long answer, not the honest reply. */
const TOPICS = ["photosynthesis", "vaccines", "tides", "compound interest", "black holes", "the water cycle", "rainbows", "DNA replication"];
const IN_DETAIL = (i: number) => `Explain ${TOPICS[i % TOPICS.length]} in detail.`;
const SUGGESTED = "You now prefer exhaustive answers that cover every case.";
/** Replies asked for in the chat; the live preview adds one or two AI responses of its own, so the 20th comes before the last. */
const REPLIES = 20;
const THROUGH_THE_UI = 3;

/** Onboard, pin a brief paragraph, then 20 chat replies asked "in detail" and thumbed up: a few in the UI, the rest through the API. */
async function thumbAgainstThePinnedParagraph(profile: ProfilePage, onboard: () => Promise<void>): Promise<void> {
  const page = profile.page;
  await onboard();
  await profile.editAndSave(PINNED);
  await expect(profile.badge).toHaveText("Pinned by you");

  const chat = new ChatPage(page);
  await chat.goto();
  for (let i = 0; i < THROUGH_THE_UI; i++) {
    const reply = await chat.askAndWait(IN_DETAIL(i));
    // askAndWait can see "complete" for a moment before the stream starts (seen at phone width): wait for the end.
    await expect(chat.send).toBeVisible();
    await expect(reply).toHaveAttribute("data-status", "complete");
    // Long replies: what the user asked for, not what the paragraph says.
    expect((await chat.replyText(reply).textContent())!.split(/\s+/).length).toBeGreaterThan(150);
    const saved = page.waitForResponse((r) => r.url().includes("/thumb") && r.request().method() === "PUT");
    await chat.thumbUp(reply).click();
    expect((await saved).status()).toBe(200);
    await expect(chat.thumbUp(reply)).toHaveAttribute("aria-pressed", "true");
  }
  const api = new ChatThroughApi(page);
  for (let i = THROUGH_THE_UI; i < REPLIES; i++) await api.thumb(await api.ask(IN_DETAIL(i)), "up");
}

test.describe("refinement loop", () => {
  test.setTimeout(180_000);

  test("20 replies thumbed against a pinned paragraph raise a banner with evidence; Edit then Accept appends the edited sentence", async ({
    page,
    profile,
    onboarding,
  }, testInfo) => {
    await thumbAgainstThePinnedParagraph(profile, () => onboarding.complete());
    const refinement = new RefinementPanel(page);
    await refinement.waitForBanner();

    await expect(refinement.sentence).toHaveText(SUGGESTED);
    await expect(profile.paragraph).toHaveText(PINNED);
    await expect(profile.badge).toHaveText("Pinned by you");

    // The evidence, on demand: five sampled replies, each thumbed up, each predicted a thumb down (✗).
    await expect(refinement.evidenceItems.first()).toBeHidden();
    await refinement.showEvidence.click();
    await expect(refinement.evidenceItems).toHaveCount(5);
    await expect(refinement.evidenceSummary).toContainText("Your paragraph predicted 0 of 5 of your thumbs");
    for (const item of await refinement.evidenceItems.all()) {
      await expect(item).toHaveAttribute("data-correct", "false");
      await expect(item.getByTestId("evidence-thumb")).toHaveText(/Your thumb: up/);
      await expect(item.getByTestId("evidence-prediction")).toHaveText(/✗\s*Your paragraph predicted a thumb down: wrong/);
      await expect(item).toContainText(/You asked: Explain .* in detail\./);
      await expect(item).toContainText("Differs from the paragraph on length");
    }
    await expect(refinement.figureValue).toContainText("Your paragraph predicted 0% of your thumbs (0 of 5) in the last check.");
    await expect(refinement.lastCheck).toContainText("your thumbs diverged");
    await refinement.banner.scrollIntoViewIfNeeded();
    await snap(page, testInfo, "refinement-banner-evidence");

    // Edit, then Accept: the edited sentence is appended to the pinned text, which stays pinned.
    const mine = "From now on you want long, detailed answers that cover every case.";
    await refinement.edit.click();
    await expect(refinement.editor).toHaveValue(SUGGESTED);
    await refinement.editor.fill(mine);
    await refinement.acceptEdited.click();
    await expect(refinement.banner).toHaveCount(0);
    await expect(profile.paragraph).toHaveText(`${PINNED} ${mine}`);
    await expect(profile.badge).toHaveText("Pinned by you");
    await expect(profile.reason).toHaveText("amendment accepted");
    await page.reload();
    await expect(profile.paragraph).toHaveText(`${PINNED} ${mine}`);
    await expect(refinement.banner).toHaveCount(0);
  });

  test("Dismiss removes the banner and records the skip; the figure and banner work at phone width in dark mode", async ({
    browser,
    baseURL,
  }, testInfo) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, colorScheme: "dark" });
    const page = await context.newPage();
    const profile = new ProfilePage(page);
    await thumbAgainstThePinnedParagraph(profile, () => new OnboardingPage(page).complete());
    const refinement = new RefinementPanel(page);
    await refinement.waitForBanner();
    await refinement.showEvidence.click();
    await expect(refinement.evidenceItems).toHaveCount(5);
    await snap(page, testInfo, "refinement-phone-dark");
    await refinement.banner.screenshot({ path: testInfo.outputPath("refinement-banner-phone-dark.png") });

    await expect(refinement.skips).toHaveCount(0);
    await refinement.dismiss.click();
    await expect(refinement.banner).toHaveCount(0);
    await expect(page.getByTestId("amendment-notice")).toContainText("Dismissed. Your paragraph was left as it is.");
    await expect(profile.paragraph).toHaveText(PINNED);
    await expect(refinement.skips).toHaveText("You dismissed 1 suggestion; each is kept in your feedback as a skip.");

    // Persisted: after a reload the banner stays gone and the skip is still counted.
    await page.reload();
    await expect(refinement.banner).toHaveCount(0);
    await expect(refinement.skips).toHaveText("You dismissed 1 suggestion; each is kept in your feedback as a skip.");

    // "Check my thumbs now" runs the same check on demand: the thumbs still disagree, so a new banner appears.
    await refinement.checkNow.click();
    await expect(refinement.notice).toContainText(
      "Your paragraph predicted 0 of 5 sampled thumbs. Suggested an addition to your pinned paragraph.",
    );
    await expect(refinement.banner).toBeVisible();
    await refinement.figure.scrollIntoViewIfNeeded();
    await snap(page, testInfo, "alignment-figure-phone-dark");
    await refinement.figure.screenshot({ path: testInfo.outputPath("alignment-card-phone-dark.png") });
    await context.close();
  });
});
