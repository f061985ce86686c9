import type { Locator, Page } from "@playwright/test";
import { expect, snap, test } from "./fixtures";
import { PARAGRAPHS } from "./paragraphs";

/** Presses Tab until `target` has focus (bounded), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("the reading brain works by keyboard alone", async ({ page, profile, onboarding }) => {
  await onboarding.complete();
  await page.keyboard.press("Tab"); // from the document start

  // A control: one tab stop (the checked option), arrows move and select.
  await tabTo(page, profile.option("Length", "Balanced"));
  await page.keyboard.press("ArrowRight");
  await expect(profile.option("Length", "Detailed")).toBeFocused();
  await expect(profile.option("Length", "Detailed")).toHaveAttribute("aria-checked", "true");
  await expect(profile.paragraph).toHaveText(PARAGRAPHS.detailed);

  // Edit and Save.
  await tabTo(page, profile.editButton);
  await page.keyboard.press("Enter");
  await expect(profile.editor).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Typed with the keyboard only.");
  await tabTo(page, profile.saveButton);
  await page.keyboard.press("Enter");
  await expect(profile.badge).toHaveText("Pinned by you");
  await expect(profile.editButton).toBeFocused();

  // Regenerate asks first; the dialog keeps focus inside and Escape closes it, returning focus.
  await tabTo(page, profile.regenerateButton);
  await page.keyboard.press("Enter");
  const cancel = profile.dialog.getByRole("button", { name: "Cancel" });
  const confirm = profile.dialog.getByRole("button", { name: "Regenerate and unpin" });
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(profile.dialog).toBeHidden();
  await expect(profile.regenerateButton).toBeFocused();

  // A control change under the pin raises a banner whose buttons are reachable and work.
  await tabTo(page, profile.option("Tone", "Neutral"));
  await page.keyboard.press("ArrowLeft");
  await expect(profile.option("Tone", "Formal")).toHaveAttribute("aria-checked", "true");
  const accept = profile.banners.getByRole("button", { name: "Accept" });
  await expect(accept).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await tabTo(page, accept);
  await page.keyboard.press("Enter");
  await expect(profile.banners).toHaveCount(0);
  await expect(profile.paragraph).toContainText("Typed with the keyboard only.");
  await expect(profile.paragraph).not.toHaveText("Typed with the keyboard only.");
});

for (const scheme of ["light", "dark"] as const) {
  test(`reading brain screenshots, desktop and phone, ${scheme}`, async ({ page, profile, onboarding }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await onboarding.complete();
    await profile.aboutMe.fill("I teach physics to teenagers and read on my phone.");
    await profile.saveAboutMe.click();
    await expect(profile.reason).toHaveText("about me");
    await profile.choose("Length", "Detailed");
    await snap(page, testInfo, `profile-desktop-${scheme}`);

    await profile.editAndSave("You teach physics. Keep answers concrete, with one example each.");
    await profile.choose("Math comfort", "Fluent");
    await expect(profile.banners).toHaveCount(1);
    await snap(page, testInfo, `profile-desktop-pinned-${scheme}`);

    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, testInfo, `profile-phone-pinned-${scheme}`);
    await profile.regenerateButton.click();
    await expect(profile.dialog).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`profile-phone-dialog-${scheme}.png`) });
    await page.keyboard.press("Escape");
  });
}
