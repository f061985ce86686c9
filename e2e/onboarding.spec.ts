import { expect, snap, test } from "./fixtures";
import { PARAGRAPHS } from "./paragraphs";

test("onboarding end to end: seven questions with back/next and progress, about me, one paragraph", async ({
  page,
  profile,
  onboarding,
}) => {
  await profile.goto();
  await profile.startOnboarding.click();
  await expect(page).toHaveURL(/\/profile\/onboarding$/);

  await expect(onboarding.progress).toHaveText("1 of 7");
  await expect(onboarding.question).toHaveText("How should answers sound?");
  await expect(onboarding.option("Neutral")).toHaveAttribute("aria-checked", "true");
  await onboarding.option("Warm").click();
  await expect(onboarding.example).toContainText("Good question!");
  await onboarding.next.click();

  await expect(onboarding.progress).toHaveText("2 of 7");
  await expect(onboarding.question).toHaveText("How long should answers be?");
  await onboarding.option("Detailed").click();
  await onboarding.back.click();
  await expect(onboarding.progress).toHaveText("1 of 7");
  await expect(onboarding.option("Warm")).toHaveAttribute("aria-checked", "true");
  await onboarding.next.click();
  await expect(onboarding.option("Detailed")).toHaveAttribute("aria-checked", "true");
  await onboarding.next.click();

  await expect(onboarding.progress).toHaveText("3 of 7");
  await onboarding.next.click();
  await expect(onboarding.question).toHaveText("How much math do you want?");
  await onboarding.option("None").click();
  await onboarding.next.click();
  await expect(onboarding.question).toHaveText("Which field do you mostly ask about?");
  await onboarding.option("Life sciences").click();
  await onboarding.next.click();
  await onboarding.next.click();
  await expect(onboarding.progress).toHaveText("7 of 7");
  await onboarding.option("Español").click();
  await onboarding.next.click();

  await expect(onboarding.progress).toHaveText("Last step (optional)");
  await onboarding.aboutMe.fill("Soy enfermera y leo en el móvil entre turnos.");
  await onboarding.finish.click();

  await page.waitForURL("**/profile");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.spanishNurse);
  await expect(profile.badge).toHaveText("From onboarding");
  await expect(profile.reason).toHaveText("onboarding");
  await expect(profile.option("Length", "Detailed")).toHaveAttribute("aria-checked", "true");
  await expect(profile.option("Language", "Español")).toHaveAttribute("aria-checked", "true");
  await expect(profile.aboutMe).toHaveValue("Soy enfermera y leo en el móvil entre turnos.");
  await expect(profile.historyItem(1)).toContainText("onboarding");
});

test("skipping about me finishes with the defaults; the wizard is first-run only", async ({ page, profile, onboarding }) => {
  await onboarding.goto();
  await onboarding.answer();
  await onboarding.aboutMe.fill("typed, then skipped");
  await onboarding.skip.click();
  await page.waitForURL("**/profile");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.defaults);
  await expect(profile.aboutMe).toHaveValue("");

  await onboarding.goto();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(profile.paragraph).toBeVisible();
});

test("the wizard works by keyboard alone", async ({ page, onboarding }) => {
  await onboarding.goto();
  // The checked option is the group's single tab stop; arrows move and select.
  await onboarding.option("Neutral").focus();
  await page.keyboard.press("ArrowRight");
  await expect(onboarding.option("Warm")).toBeFocused();
  await expect(onboarding.option("Warm")).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(onboarding.option("Formal")).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("End");
  await expect(onboarding.option("Playful")).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("ArrowRight");
  await expect(onboarding.option("Formal")).toHaveAttribute("aria-checked", "true");

  await page.keyboard.press("Tab");
  await expect(onboarding.back).toBeDisabled();
  await expect(onboarding.next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(onboarding.progress).toHaveText("2 of 7");
  // Focus moves to the new question, so the next Tab reaches its options.
  await expect(onboarding.question).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(onboarding.option("Balanced")).toBeFocused();
});

for (const scheme of ["light", "dark"] as const) {
  test(`wizard screenshots, ${scheme}`, async ({ page, onboarding }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await onboarding.goto();
    await onboarding.option("Warm").click();
    await snap(page, testInfo, `onboarding-desktop-${scheme}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await onboarding.next.click();
    await onboarding.next.click();
    await onboarding.next.click();
    await onboarding.next.click();
    await expect(onboarding.question).toHaveText("Which field do you mostly ask about?");
    await snap(page, testInfo, `onboarding-phone-${scheme}`);
  });
}
