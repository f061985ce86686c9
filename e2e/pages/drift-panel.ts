import { expect, type Locator, type Page } from "@playwright/test";

/** The drift panel of the reading brain: status, "Check for drift now", charts, and the markers on the controls. */
export class DriftPanel {
  readonly panel: Locator;
  readonly checkNow: Locator;
  readonly status: Locator;
  readonly notice: Locator;
  readonly error: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId("drift-panel");
    this.checkNow = this.panel.getByRole("button", { name: "Check for drift now" });
    this.status = page.getByTestId("drift-status");
    this.notice = page.getByTestId("drift-notice");
    this.error = page.getByTestId("drift-error");
    this.result = page.getByTestId("drift-result");
  }

  /** Runs the sweep for this user and waits for THIS check's answer (the panel counts finished checks). */
  async check(): Promise<void> {
    const runs = Number(await this.result.getAttribute("data-runs"));
    await this.checkNow.click();
    await expect(this.result).toHaveAttribute("data-runs", String(runs + 1));
    await expect(this.panel).not.toHaveAttribute("aria-busy", "true");
  }

  /** The "Drifting" badge next to a control (dimension key: "length", "mathComfort", …). */
  marker(dim: string): Locator {
    return this.page.getByTestId(`drift-marker-${dim}`);
  }

  /** A dimension's chart: an image whose accessible name summarises it. */
  chart(dim: string): Locator {
    return this.page.getByTestId(`drift-chart-${dim}-svg`);
  }

  /** What the last drift on a dimension moved, in words, under its chart. */
  chartFlag(dim: string): Locator {
    return this.page.getByTestId(`drift-chart-${dim}-flag`);
  }

  chartMarker(dim: string): Locator {
    return this.page.getByTestId(`drift-chart-${dim}-marker`);
  }

  estimate(dim: string): Locator {
    return this.page.getByTestId(`estimate-${dim}`);
  }
}
