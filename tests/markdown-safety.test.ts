/**
 * The reply renderer (components/ai/markdown.tsx) on generated model output: whatever HTML, links and Markdown a
 * model mixes, the rendered page has no element that runs script, no event handler, no link outside http(s),
 * mailto and in-reply fragments, and loads nothing. Rendered to HTML on the server, as the chat page's first paint.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ai/markdown";

const render = (markdown: string) => renderToString(createElement(Markdown, null, markdown));

const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=//evil.example></iframe>",
  '<svg onload="alert(1)"><circle /></svg>',
  "<style>body{display:none}</style>",
  '<form action="https://evil.example"><input name=p></form>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD4=)",
  "[x](vbscript:msgbox(1))",
  "![x](https://tracker.example/p.png)",
  "<https://example.org>",
  "[ok](https://example.org)",
  "$\\href{javascript:alert(1)}{x}$",
  "$$\\url{javascript:alert(1)}$$",
  "```html\n<script>alert(1)</script>\n```",
  "- item <b onclick=alert(1)>b</b>",
  "| a | <img src=x onerror=alert(1)> |\n| - | - |\n| 1 | 2 |",
  "**bold** and `code`",
  "\n\n",
];

describe("the reply renderer on hostile model output", () => {
  it("never renders an element that runs script, an event handler or a loaded address", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        // Every element (React escapes `<` in text and attributes, so each match is a tag); the svg allowed is
        // Streamdown's own icons, which the handler rule would catch were a model to write one.
        for (const tag of render(parts.join(noise)).match(/<[a-z][^>]*>/gi) ?? []) {
          expect(tag).not.toMatch(/^<(script|iframe|img|style|form|input|object|embed|foreignObject)\b/i);
          // React quotes every attribute value and escapes `"` inside it, so names and values split cleanly.
          for (const [, name, value] of tag.matchAll(/\s([^\s=>"]+)(?:="([^"]*)")?/g)) {
            expect(name).not.toMatch(/^(on[a-z]+|src|srcset|action|formaction)$/i);
            if (name === "href") expect(value).toMatch(/^(https?:\/\/|mailto:|#)/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("shows raw HTML as the text it is, and keeps safe links as links that open apart", () => {
    const html = render("<img src=x onerror=alert(1)> then [docs](https://example.org/docs)");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toMatch(/<a [^>]*href="https:\/\/example\.org\/docs"[^>]*>docs<\/a>/);
    expect(html).toMatch(/rel="noopener noreferrer nofollow"/);
  });

  it("renders lists, code and math as elements, not as their source", () => {
    const html = render("- one\n- two\n\n```ts\nconst a = 1;\n```\n\nInline $x^2$ and\n\n$$\n\\frac{a}{b}\n$$");
    expect(html.match(/<li\b/g)).toHaveLength(2);
    expect(html).toMatch(/<pre\b[^>]*>[\s\S]*const a = 1;/);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html.match(/class="katex-display"/g)).toHaveLength(1);
    expect(html).not.toContain("$$");
  });
});
