"use client";

import { code } from "@streamdown/code";
import { createMathPlugin } from "@streamdown/math";
import "katex/dist/katex.min.css";
import { memo, type ComponentProps } from "react";
import { Streamdown, defaultRehypePlugins, defaultRemarkPlugins, type Components, type ExtraProps } from "streamdown";
import { normalizeMathDelimiters, remarkDisplayMath } from "@/lib/ai/markdown-math";
import { safeUrl } from "@/lib/ai/safe-url";

/**
 * `$…$` is inline math, as real models and the offline model write it; the price of that is that two prices in
 * one sentence ("$5 and $10") read as a formula, which a model reply rarely has and a formula often does.
 */
const katexMath = createMathPlugin({ singleDollarTextMath: true });

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };
type Transform = (tree: HastNode, file: unknown) => void;

/**
 * rehype-katex, then every displayed formula made a focusable, named region: a formula wider than a phone
 * scrolls inside its own box (globals.css), and a box that scrolls must be reachable by keyboard to be read
 * (WCAG 2.1.1; axe's scrollable-region-focusable). Streamdown appends the math plugin after our rehype
 * plugins, so the marking has to ride inside it to see KaTeX's output.
 */
function rehypeKatexFocusable(this: unknown, options: unknown): Transform {
  const [katex] = katexMath.rehypePlugin as [(this: unknown, o: unknown) => Transform, unknown];
  const render = katex.call(this, options);
  const mark = (node: HastNode) => {
    const classes = node.properties?.className;
    if (node.type === "element" && Array.isArray(classes) && classes.includes("katex-display")) {
      Object.assign(node.properties!, { tabIndex: 0, role: "group", ariaLabel: "Formula" });
    }
    node.children?.forEach(mark);
  };
  return (tree, file) => {
    render(tree, file);
    mark(tree);
  };
}

const plugins = {
  code,
  math: { ...katexMath, rehypePlugin: [rehypeKatexFocusable, (katexMath.rehypePlugin as [unknown, unknown])[1]] as typeof katexMath.rehypePlugin },
};

/**
 * Streamdown's defaults minus `rehype-raw`: HTML in a reply is never parsed into elements. The raw nodes it
 * leaves are turned into plain text by the `urlTransform` pass below, so `<script>` shows as what it is.
 */
const rehypePlugins = [defaultRehypePlugins.sanitize!, defaultRehypePlugins.harden!];
const remarkPlugins = [...Object.values(defaultRemarkPlugins), remarkDisplayMath];

/** Links go to http(s) and mailto only, and open in a new tab that cannot reach back into this one. */
function Link({ href, children, node: _node, ...props }: ComponentProps<"a"> & ExtraProps) {
  if (!href) return <span>{children}</span>;
  const external = !href.startsWith("#");
  return (
    <a
      {...props}
      href={href}
      className="font-medium text-brand-700 underline underline-offset-2 [overflow-wrap:anywhere] hover:text-brand-600 dark:text-brand-100"
      {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}
    >
      {children}
    </a>
  );
}

/** A reply never makes the browser fetch an address the model chose (a tracker, a local service): alt text only. */
function Image({ alt }: ComponentProps<"img"> & ExtraProps) {
  return alt ? <span className="text-zinc-500 dark:text-zinc-400">[{alt}]</span> : null;
}

const components: Components = { a: Link, img: Image };

/**
 * A model reply as rendered Markdown: headings, lists, tables, links, highlighted code with a copy button, and
 * KaTeX math, rendered as it streams (Streamdown completes an unterminated fence, emphasis or formula so a
 * half-written reply never flashes raw syntax). The one renderer of every AI surface.
 */
export const Markdown = memo(function Markdown({ children, streaming = false }: { children: string; streaming?: boolean }) {
  return (
    <Streamdown
      className="markdown space-y-3"
      isAnimating={streaming}
      caret="block"
      plugins={plugins}
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      urlTransform={safeUrl}
      components={components}
      linkSafety={{ enabled: false }}
      controls={{ code: { copy: true, download: false }, table: { copy: true, download: false, fullscreen: false } }}
      lineNumbers={false}
      translations={{ copyCode: "Copy code" }}
    >
      {normalizeMathDelimiters(children)}
    </Streamdown>
  );
});
