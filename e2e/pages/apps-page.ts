import { expect, type Locator, type Page } from "@playwright/test";

/** "Use it in your apps" (/profile/apps): create a key, the keys with their usage, revoke, and the "try it" box. */
export class AppsPage {
  readonly appName: Locator;
  readonly create: Locator;
  readonly newKey: Locator;
  readonly newKeyValue: Locator;
  readonly rows: Locator;
  readonly dialog: Locator;
  readonly tryIt: Locator;

  constructor(readonly page: Page) {
    this.appName = page.getByLabel("App name");
    this.create = page.getByRole("button", { name: "Create key" });
    this.newKey = page.getByTestId("new-key");
    this.newKeyValue = page.getByTestId("new-key-value");
    this.rows = page.getByTestId("key-row");
    this.dialog = page.getByRole("dialog");
    this.tryIt = page.getByTestId("try-it");
  }

  async goto(): Promise<void> {
    await this.page.goto("/profile/apps");
    await expect(this.page.getByRole("heading", { level: 1, name: "Use it in your apps" })).toBeVisible();
  }

  /** Creates a key by keyboard (type the name, Enter) and returns it as shown, once. */
  async createKey(name: string): Promise<string> {
    await this.appName.fill(name);
    await this.appName.press("Enter");
    await expect(this.newKey).toBeFocused();
    const key = await this.newKeyValue.inputValue();
    expect(key).toMatch(/^pmk_[A-Za-z0-9_-]{43}$/);
    return key;
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId("key-name").getByText(name, { exact: true }) });
  }

  async revoke(name: string): Promise<void> {
    await this.row(name).getByRole("button", { name: `Revoke the key for ${name}` }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect(this.row(name)).toHaveAttribute("data-revoked", "");
  }
}
