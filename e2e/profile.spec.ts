import { expect, test } from "./fixtures";
import { PARAGRAPHS } from "./paragraphs";

test.beforeEach(async ({ onboarding }) => {
  await onboarding.complete();
});

test("the paragraph shows its provenance, when and why it was written", async ({ profile }) => {
  await expect(profile.badge).toHaveText("From onboarding");
  await expect(profile.badgeExplanation).toContainText("Written from your setup answers");
  await expect(profile.meta).toHaveText("Version 1 · Written just now · why: onboarding");
});

test("a control change rewrites the paragraph from the new setting", async ({ profile }) => {
  await expect(profile.paragraph).toContainText("you want answers of balanced length");
  await profile.choose("Length", "Detailed");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.detailed);
  await expect(profile.paragraph).toContainText("you want detailed answers");
  await expect(profile.paragraph).not.toContainText("balanced length");
  await expect(profile.reason).toHaveText("control: length → detailed");
  await expect(profile.badge).toHaveText("From onboarding");
  await expect(profile.historyItem(2)).toContainText("control: length → detailed");

  // The new setting survives a reload: it came from the server, not just the optimistic state.
  await profile.page.reload();
  await expect(profile.option("Length", "Detailed")).toHaveAttribute("aria-checked", "true");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.detailed);
});

test("a refused change is rolled back with a visible message", async ({ page, profile }) => {
  const before = await profile.paragraph.textContent();
  await page.route("**/profile", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()), {
    times: 1,
  });
  await profile.option("Tone", "Playful").click();
  await expect(profile.controlsError).toContainText("Tone was not changed");
  await expect(profile.controlsError).toContainText("It is back to “Neutral”");
  await expect(profile.option("Tone", "Neutral")).toHaveAttribute("aria-checked", "true");
  await expect(profile.paragraph).toHaveText(before!);
});

test("edit + Save pins the text; an empty Save is refused and changes nothing", async ({ profile }) => {
  const original = await profile.paragraph.textContent();
  await profile.editButton.click();
  await profile.editor.fill("   ");
  await profile.saveButton.click();
  await expect(profile.paragraphError).toHaveText(/Your paragraph is empty/);
  await profile.cancelButton.click();
  await expect(profile.paragraph).toHaveText(original!);
  await expect(profile.badge).toHaveText("From onboarding");

  await profile.editAndSave("You read on a phone. Keep answers short and concrete.");
  await expect(profile.paragraph).toHaveText("You read on a phone. Keep answers short and concrete.");
  await expect(profile.badge).toHaveText("Pinned by you");
  await expect(profile.reason).toHaveText("saved by you");
  await expect(profile.clearPinButton).toBeVisible();
});

test("a control change while pinned keeps the text and proposes an amendment; Accept appends it", async ({ profile }) => {
  const mine = "You read on a phone. Keep answers short and concrete.";
  await profile.editAndSave(mine);
  await profile.choose("Length", "Exhaustive");
  await expect(profile.paragraph).toHaveText(mine);
  const banner = profile.page.getByRole("region", { name: "Length changed while your paragraph is pinned" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("You now prefer exhaustive answers that cover every case.");
  await expect(profile.page.getByTestId("controls-notice")).toContainText("Your pinned paragraph was left as you wrote it");

  await banner.getByRole("button", { name: "Accept" }).click();
  await expect(profile.banners).toHaveCount(0);
  await expect(profile.paragraph).toHaveText(`${mine} You now prefer exhaustive answers that cover every case.`);
  await expect(profile.badge).toHaveText("Pinned by you");
  await expect(profile.reason).toHaveText("amendment accepted");
});

test("Edit-then-Accept checks the sentence; Dismiss leaves the text", async ({ profile }) => {
  const mine = "Short answers, please.";
  await profile.editAndSave(mine);
  await profile.choose("Tone", "Formal");
  const banner = profile.banners.first();
  await banner.getByRole("button", { name: "Edit" }).click();
  const sentence = banner.getByRole("textbox", { name: "Edit the suggested sentence" });
  await sentence.fill("Be formal. Also be brief.");
  await banner.getByRole("button", { name: "Accept edited sentence" }).click();
  await expect(banner.getByRole("alert")).toHaveText("Keep it to one sentence.");
  await expect(profile.paragraph).toHaveText(mine);
  await sentence.fill("Keep a formal register throughout.");
  await banner.getByRole("button", { name: "Accept edited sentence" }).click();
  await expect(profile.paragraph).toHaveText(`${mine} Keep a formal register throughout.`);

  await profile.choose("Level", "Expert");
  await expect(profile.banners).toHaveCount(1);
  await profile.banners.getByRole("button", { name: "Dismiss" }).click();
  await expect(profile.banners).toHaveCount(0);
  await expect(profile.paragraph).toHaveText(`${mine} Keep a formal register throughout.`);
});

test("Clear pin regenerates from the settings; Regenerate while pinned asks first", async ({ page, profile }) => {
  await profile.editAndSave("My own words.");
  await profile.choose("Density", "Expert");

  await profile.regenerateButton.click();
  await expect(profile.dialog).toBeVisible();
  await expect(profile.dialog.getByRole("heading")).toHaveText("Replace your pinned paragraph?");
  await page.keyboard.press("Escape");
  await expect(profile.dialog).toBeHidden();
  await expect(profile.paragraph).toHaveText("My own words.");

  await profile.clearPinButton.click();
  await expect(profile.badge).toHaveText("Evolved from your feedback");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.expert);
  await expect(profile.reason).toHaveText("pin cleared");
  await expect(profile.banners).toHaveCount(0);

  await profile.editAndSave("Pinned again.");
  await profile.regenerateButton.click();
  await profile.dialog.getByRole("button", { name: "Regenerate and unpin" }).click();
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.expert);
  await expect(profile.reason).toHaveText("regenerated");
  await expect(profile.badge).toHaveText("Evolved from your feedback");
});

test("Regenerate shows progress, rewrites as evolved, and says when nothing changed", async ({ page, profile }) => {
  // Hold the server's answer until the busy state has been checked.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    "**/profile",
    async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    },
    { times: 1 },
  );
  await profile.regenerateButton.click();
  await expect(profile.regenerateButton).toHaveText("Regenerating…");
  await expect(profile.regenerateButton).toHaveAttribute("aria-busy", "true");
  await expect(profile.regenerateButton).toBeDisabled();
  await expect(profile.editButton).toBeDisabled();
  await expect(profile.paragraphCard).toHaveAttribute("aria-busy", "true");
  await expect(profile.paragraphCard.getByRole("status")).toContainText("Rewriting your paragraph");
  release();

  await expect(profile.paragraphNotice).toHaveText(/Regenerated from your settings/);
  await expect(profile.badge).toHaveText("Evolved from your feedback");
  await expect(profile.reason).toHaveText("regenerated");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.defaults);

  await profile.regenerateButton.click();
  await expect(profile.paragraphNotice).toHaveText(/already matches your settings/);
  await expect(profile.meta).toContainText("Version 2");
});

test("history lists every version; reverting writes a new version", async ({ profile }) => {
  await profile.choose("Length", "Brief");
  await profile.editAndSave("Pinned text.");
  await profile.choose("Tone", "Playful");

  await expect(profile.historyItem(3)).toContainText("Pinned by you");
  await expect(profile.historyItem(3)).toContainText("saved by you");
  await expect(profile.historyItem(3)).toContainText("Current");

  await profile.page.getByRole("button", { name: "Revert to version 1" }).click();
  await expect(profile.dialog).toContainText("together with the settings");
  await profile.dialog.getByRole("button", { name: "Revert to v1" }).click();
  await expect(profile.reason).toHaveText("reverted to v1");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.defaults);
  await expect(profile.badge).toHaveText("Evolved from your feedback");
  await expect(profile.option("Length", "Balanced")).toHaveAttribute("aria-checked", "true");
  await expect(profile.option("Tone", "Neutral")).toHaveAttribute("aria-checked", "true");
  await expect(profile.historyItem(4)).toContainText("Current");

  await profile.page.getByRole("button", { name: "Revert to version 3" }).click();
  await profile.dialog.getByRole("button", { name: "Revert to v3" }).click();
  await expect(profile.paragraph).toHaveText("Pinned text.");
  await expect(profile.badge).toHaveText("Pinned by you");
  await expect(profile.reason).toHaveText("reverted to v3");
});

test("history: the newest five at once, the older versions read on “Show all”, a failed read can be retried", async ({ page, profile }) => {
  const changes: [string, string][] = [
    ["Length", "Brief"],
    ["Length", "Detailed"],
    ["Tone", "Playful"],
    ["Tone", "Neutral"],
    ["Length", "Balanced"],
    ["Tone", "Playful"],
  ];
  for (const [control, option] of changes) await profile.choose(control, option);
  await expect(profile.historyItem(7)).toContainText("Current");
  await expect(profile.historyItem(3)).toBeVisible();
  await expect(profile.historyItem(2)).toHaveCount(0);

  // The read of the older versions fails, and so does the one automatic retry (components/providers.tsx): a
  // message with a way to try again, and the newest five stay.
  await page.route("**/profile", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()), {
    times: 2,
  });
  await profile.history.getByRole("button", { name: "Show all 7 versions" }).click();
  await expect(page.getByTestId("history-load-error")).toContainText("Could not load the older versions.");
  await expect(profile.historyItem(3)).toBeVisible();
  await page.getByTestId("history-load-error").getByRole("button", { name: "Try again" }).click();
  await expect(profile.historyItem(1)).toContainText("onboarding");
  await expect(profile.historyItem(2)).toContainText("control: length → brief");
  await expect(page.getByTestId("history-load-error")).toHaveCount(0);

  // Reverting from the open list: the new version at the top, the whole list still there.
  await page.getByRole("button", { name: "Revert to version 1" }).click();
  await profile.dialog.getByRole("button", { name: "Revert to v1" }).click();
  await expect(profile.reason).toHaveText("reverted to v1");
  await expect(profile.historyItem(8)).toContainText("Current");
  await expect(profile.historyItem(1)).toBeVisible();
  await expect(profile.history.getByRole("listitem")).toHaveCount(8);
  await profile.history.getByRole("button", { name: "Show fewer" }).click();
  await expect(profile.history.getByRole("listitem")).toHaveCount(5);
  await expect(profile.history.getByRole("button", { name: "Show all 8 versions" })).toBeVisible();
});

test("about me: live counter, a too-long text cannot be saved, saving rewrites the paragraph", async ({ profile }) => {
  await profile.aboutMe.fill("x".repeat(1001));
  await expect(profile.aboutMeCounter).toHaveText("1,001 / 1,000 characters — 1 too many");
  await expect(profile.saveAboutMe).toBeDisabled();

  await profile.aboutMe.fill("I teach physics to teenagers.");
  await expect(profile.aboutMeCounter).toHaveText("29 / 1,000 characters");
  await profile.saveAboutMe.click();
  await expect(profile.page.getByTestId("about-me-success")).toContainText("rewritten");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.physicsTeacher);
  await expect(profile.reason).toHaveText("about me");
});

test("a Save over a version changed in another tab is refused clearly, then can be saved again", async ({
  context,
  profile,
}) => {
  await profile.editButton.click();
  await profile.editor.fill("Written in tab one.");

  const other = await context.newPage();
  await other.goto("/profile");
  await other.getByRole("radiogroup", { name: "Level", exact: true }).getByRole("radio", { name: "Expert" }).click();
  await expect(other.getByTestId("summary-reason")).toHaveText("control: level → expert");

  await profile.saveButton.click();
  await expect(profile.paragraphError).toContainText("Your paragraph changed while you were editing it");
  await expect(profile.editor).toHaveValue("Written in tab one.");
  // The refusal refetched the paragraph: the card now shows the version that won.
  await expect(profile.meta).toContainText("Version 2");
  await profile.saveButton.click();
  await expect(profile.paragraph).toHaveText("Written in tab one.");
  await expect(profile.badge).toHaveText("Pinned by you");
  await other.close();
});
