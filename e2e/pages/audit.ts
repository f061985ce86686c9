import { createRequire } from "node:module";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { snap } from "../fixtures";
import { expectNoSidewaysScroll } from "./viewport";

/** The four ways every page is looked at: a phone and a desktop, each in light and in dark mode. */
export const VARIANTS = [
  { name: "390-light", viewport: { width: 390, height: 844 }, colorScheme: "light" },
  { name: "390-dark", viewport: { width: 390, height: 844 }, colorScheme: "dark" },
  { name: "desktop-light", viewport: { width: 1280, height: 800 }, colorScheme: "light" },
  { name: "desktop-dark", viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The axe rules of the definition of done: every control has an accessible name, ARIA is valid, text is
 * readable against its background (WCAG AA) in both colour schemes, and a scrolling box can be reached by keyboard.
 */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type AxeViolation = { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/** Runs axe on the page as it is now and fails with every violation, named by rule and element. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  const report = violations
    .map((v) => `${v.id} (${v.help}):\n${v.nodes.map((n) => `  ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join("\n")}`)
    .join("\n");
  expect.soft(violations.map((v) => v.id), `${where}: axe violations\n${report}`).toEqual([]);
}

/**
 * Presses Tab from the top of the page until `target` has the focus, and checks that the focus is drawn
 * (an outline on it or on the box that frames it): the main action is reachable by keyboard and a keyboard user can see where they are.
 */
export async function expectTabReaches(page: Page, target: Locator, where: string, maxTabs = 80): Promise<void> {
  await expect(target, `${where}: the target is on the page`).toBeVisible();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.locator("body").focus();
  let reached = false;
  for (let i = 0; i < maxTabs && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  }
  expect.soft(reached, `${where}: Tab reaches ${target}`).toBe(true);
  // The ring is on the element, or on the box that frames it (the composer draws one around its textarea).
  const drawn = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    // An outline only: a box-shadow is also every card's and button's resting shadow, so it proves nothing.
    const ringed = (e: Element) => getComputedStyle(e).outlineStyle !== "none" && parseFloat(getComputedStyle(e).outlineWidth) > 0;
    const frame = [el.parentElement, el.parentElement?.parentElement].find((a) => a && ringed(a));
    return { visible: el.matches(":focus-visible") && (ringed(el) || !!frame), tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
  });
  expect.soft(drawn.visible, `${where}: the focused ${drawn.tag} shows a focus ring (outline: ${drawn.outline})`).toBe(true);
}

/**
 * Nothing inside <main> reaches past the box that frames it: its nearest bordered ancestor (a card, an alert, a
 * panel), or else main's own column. A card pushed wider by a long word still fits the document, so the
 * sideways-scroll check alone misses it. What sits in a box that scrolls or clips (code, tables, formulas) is
 * that box's business.
 */
export async function expectNothingSticksOut(page: Page, where: string): Promise<void> {
  const culprits = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}.${String(el.className).slice(0, 50)}`;
    const out: string[] = [];
    for (const el of main.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1) continue;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (a !== main && s.overflowX !== "visible") break;
        const bordered = parseFloat(s.borderRightWidth) > 0;
        if (!bordered && a !== main) continue;
        const edge = a.getBoundingClientRect().right - (a === main ? parseFloat(s.paddingRight) : parseFloat(s.borderRightWidth)) + 0.5;
        if (r.right > edge) out.push(`${name(el)} (right ${Math.round(r.right)} > ${Math.round(edge)} of ${name(a)})`);
        break;
      }
      if (out.length === 5) break;
    }
    return out;
  });
  expect.soft(culprits, `${where}: sticks out of the box that frames it`).toEqual([]);
}

/**
 * The whole audit of one page in one variant: nothing sideways, axe clean, a screenshot to look at. axe runs
 * at 390 px only, in both schemes: no colour or label in this app changes with the breakpoint (no `sm:text-…`,
 * `lg:bg-…`), so a desktop run would repeat the phone's verdict at twice the cost.
 */
export async function audit(page: Page, testInfo: TestInfo, variant: Variant, name: string): Promise<void> {
  const where = `${name} at ${variant.name}`;
  // Web fonts and KaTeX's CSS settle before anything is measured.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const phone = variant.viewport.width === 390;
  if (phone) await expectNoSidewaysScroll(page, where, { soft: true });
  await expectNothingSticksOut(page, where);
  if (phone) await expectNoAxeViolations(page, where);
  await snap(page, testInfo, `${name}-${variant.name}`);
}
