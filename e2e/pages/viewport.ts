import { expect, type Page } from "@playwright/test";

/** Nothing on the page is wider than the viewport: the document does not scroll sideways. `soft`: the test goes on. */
export async function expectNoSidewaysScroll(page: Page, where: string, { soft = false } = {}): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    // The element sticking out furthest, so a failure names the culprit.
    let widest = "";
    let right = root.clientWidth;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect().right;
      if (r > right) [right, widest] = [r, `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)}`];
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  (soft ? expect.soft : expect)(scrollWidth, `${where} scrolls sideways (widest: ${widest})`).toBeLessThanOrEqual(clientWidth);
}
