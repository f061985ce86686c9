import { describe, expect, it } from "vitest";
import { normalizeMathDelimiters, remarkDisplayMath } from "./markdown-math";

const inline = (value: string) => ({ type: "inlineMath", value });
const text = (value: string) => ({ type: "text", value });
const paragraph = (...children: object[]) => ({ type: "paragraph", children });
const run = (tree: object) => {
  remarkDisplayMath()(tree as never);
  return tree;
};

describe("remarkDisplayMath", () => {
  it("makes a formula alone in a paragraph of its own a display formula", () => {
    const tree = run({ type: "root", children: [paragraph(text("We have")), paragraph(text(" "), inline("E = mc^2"), text("\n"))] });
    expect(tree).toMatchObject({ type: "root", children: [paragraph(text("We have")), { type: "math", value: "E = mc^2", data: { hName: "pre" } }] });
  });

  it("leaves a list of formulas a list", () => {
    const tree = { type: "root", children: [{ type: "list", children: [{ type: "listItem", children: [paragraph(inline("O(1)"))] }] }] };
    expect(run(structuredClone(tree))).toEqual(tree);
  });

  it("leaves a formula inside a sentence inline", () => {
    const tree = { type: "root", children: [paragraph(text("so "), inline("x"), text(" holds"))] };
    expect(run(structuredClone(tree))).toEqual(tree);
  });
});

describe("normalizeMathDelimiters", () => {
  it.each([
    ["The area is \\(\\pi r^2\\) here.", "The area is $\\pi r^2$ here."],
    ["So\n\n\\[\nE = mc^2\n\\]\n\nthen", "So\n\n$$\nE = mc^2\n$$\n\nthen"],
    ["One line: \\[ a^2 + b^2 = c^2 \\]", "One line: $$ a^2 + b^2 = c^2 $$"],
    ["no math at all", "no math at all"],
    ["an unclosed \\[ x^2 while streaming", "an unclosed \\[ x^2 while streaming"],
  ])("rewrites %j", (input, output) => {
    expect(normalizeMathDelimiters(input)).toBe(output);
  });

  it("leaves code alone: fenced blocks and inline spans", () => {
    const text = "Use `re.sub(r'\\(x\\)', s)` or\n\n```python\nprint('\\[not math\\]')\n```\n\nbut \\(x\\) is math.";
    expect(normalizeMathDelimiters(text)).toBe(
      "Use `re.sub(r'\\(x\\)', s)` or\n\n```python\nprint('\\[not math\\]')\n```\n\nbut $x$ is math.",
    );
  });

  it("keeps an unterminated fence (still streaming) as code to the end", () => {
    const text = "```tex\n\\[ x \\]";
    expect(normalizeMathDelimiters(text)).toBe(text);
  });
});
