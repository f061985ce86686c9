import { expect, type Locator } from "@playwright/test";

/** A model reply as rendered Markdown (components/ai/markdown.tsx), inside any surface's reply box. */
export class RenderedReply {
  readonly listItems: Locator;
  readonly codeBlocks: Locator;
  readonly code: Locator;
  readonly copyCode: Locator;
  readonly math: Locator;
  readonly displayMath: Locator;
  readonly tables: Locator;
  readonly links: Locator;

  constructor(readonly root: Locator) {
    this.listItems = root.locator("li");
    this.codeBlocks = root.locator('[data-streamdown="code-block"]');
    this.code = this.codeBlocks.locator("pre code");
    this.copyCode = root.getByRole("button", { name: "Copy code" });
    this.math = root.locator(".katex");
    this.displayMath = root.locator(".katex-display");
    this.tables = root.locator("table");
    this.links = root.locator("a");
  }

  /** The lines of a code block, one element each. */
  codeLines(block = 0): Locator {
    return this.code.nth(block).locator(":scope > span");
  }

  /** Shiki has coloured the block once its tokens carry more than one colour. */
  async expectHighlighted(block = 0): Promise<void> {
    const code = this.code.nth(block);
    await expect(async () => {
      const colours = await code.locator("span").evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
      expect(colours).toBeGreaterThan(1);
    }).toPass();
  }
}
