import { expect, type Locator, type Page } from "@playwright/test";

/** The account pages: sign up, sign in, account (sessions, sign out), forgot and reset password. */
export class AccountPages {
  readonly email: Locator;
  readonly password: Locator;
  readonly formMessage: Locator;
  readonly sessions: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email", { exact: true });
    this.password = page.getByLabel(/^(New password|Password)$/);
    this.formMessage = page.locator("[data-testid$='-form-message']");
    this.sessions = page.getByTestId("session-row");
  }

  /** The error tied to a field (through aria-describedby), so a test reads what a screen reader says. */
  fieldError(name: "email" | "password" | "keep"): Locator {
    return this.page.locator(`#${name}-error`);
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.page.goto("/sign-up");
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async signIn(email: string, password: string, keep?: "guest" | "account"): Promise<void> {
    await this.page.goto("/sign-in");
    await this.email.fill(email);
    await this.password.fill(password);
    if (keep) await this.page.getByRole("radio", { name: keep === "guest" ? /guest reading brain/ : /account's reading brain/ }).check();
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async expectSignedInAs(email: string): Promise<void> {
    await this.page.goto("/account");
    await expect(this.page.getByTestId("account-email")).toHaveText(email);
  }

  async signOut(): Promise<void> {
    await this.page.goto("/account");
    await this.page.getByRole("button", { name: "Sign out of this browser" }).click();
    await this.page.waitForURL("**/profile");
  }

  async requestReset(email: string): Promise<void> {
    await this.page.goto("/forgot-password");
    await this.email.fill(email);
    await this.page.getByRole("button", { name: "Send reset link" }).click();
    await expect(this.formMessage).toContainText("If an account exists for that email");
  }

  async setNewPassword(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await this.password.fill(password);
    await this.page.getByRole("button", { name: "Set new password" }).click();
  }
}
