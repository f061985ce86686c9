import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** "Your data" (export, import) and the account deletion form, on /account and /profile. */
export class DataPages {
  readonly card: Locator;
  readonly exportLink: Locator;
  readonly importFile: Locator;
  readonly importSubmit: Locator;
  readonly importMessage: Locator;
  readonly deleteSection: Locator;
  readonly deleteConfirm: Locator;
  readonly deleteSubmit: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId("data-card");
    this.exportLink = page.getByTestId("export-link");
    this.importFile = page.getByLabel("Import an export file");
    this.importSubmit = page.getByTestId("import-submit");
    this.importMessage = page.getByTestId("import-message");
    this.deleteSection = page.getByTestId("delete-account");
    this.deleteConfirm = page.getByTestId("delete-confirm");
    this.deleteSubmit = page.getByTestId("delete-submit");
  }

  /** Downloads the export from /account and returns it with its parsed content. */
  async exportFromAccount(): Promise<{ download: Download; json: Record<string, unknown> }> {
    await this.page.goto("/account");
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.exportLink.click()]);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    return { download, json: JSON.parse(await readFile(path, "utf8")) as Record<string, unknown> };
  }

  async importFrom(path: string): Promise<void> {
    await this.importFile.setInputFiles(path);
    await this.importSubmit.click();
    await expect(this.importMessage).toContainText("Imported:");
  }

  /** Opens the deletion form with the keyboard, types the confirmation and submits it with Enter. */
  async deleteWithKeyboard(confirmation: string): Promise<void> {
    const opener = this.deleteSection.getByRole("button", { name: /^Delete my/ });
    await opener.focus();
    await this.page.keyboard.press("Enter");
    await expect(this.deleteConfirm).toBeFocused();
    await expect(this.deleteSubmit).toBeDisabled();
    await this.page.keyboard.type(confirmation);
    await expect(this.deleteSubmit).toBeEnabled();
    await this.page.keyboard.press("Enter");
  }
}
