"use client";

import { createCodePlugin } from "@streamdown/code";
import { createMathPlugin } from "@streamdown/math";
import "katex/dist/katex.min.css";
import { memo, useEffect, useRef, type ComponentProps, type RefObject } from "react";
import { Streamdown, defaultRehypePlugins, defaultRemarkPlugins, type Components, type ExtraProps } from "streamdown";
import { normalizeMathDelimiters, remarkDisplayMath } from "@/lib/ai/markdown-math";
import { safeUrl } from "@/lib/ai/safe-url";

/**
 * `$…$` is inline math, as real models and the offline model write it; the price of that is that two prices in
 * one sentence ("$5 and $10") read as a formula, which a model reply rarely has and a formula often does.
 * High-contrast Shiki themes: the default github-light's orange (#e36209, 3.5:1 on white) and github-dark's
 * comment grey (#6a737d, 4.1:1) fall short of WCAG AA's 4.5:1 for text.
 */
const plugins = {
  code: createCodePlugin({ themes: ["github-light-high-contrast", "github-dark-high-contrast"] }),
  math: createMathPlugin({ singleDollarTextMath: true }),
};

/** The boxes a reply scrolls sideways in (globals.css and Streamdown): a code block, a table, a displayed formula. */
const SCROLLERS: [selector: string, name: string][] = [
  ['[data-streamdown="code-block-body"]', "Code"],
  ['[data-streamdown="table-wrapper"] > div.overflow-x-auto', "Table"],
  [".katex-display", "Formula"],
];

/**
 * Makes every sideways-scrolling box of a reply a focusable, named region: a box wider than a phone scrolls in
 * place, and a keyboard user can only scroll what can take the focus (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Streamdown builds code blocks and tables as components of its own and fills them in as the reply streams and
 * Shiki loads, so they are marked as they appear.
 */
function useFocusableScrollers(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const mark = () => {
      for (const [selector, name] of SCROLLERS) {
        for (const box of el.querySelectorAll<HTMLElement>(selector)) {
          if (box.hasAttribute("tabindex")) continue;
          box.tabIndex = 0;
          box.setAttribute("role", "region");
          box.setAttribute("aria-label", name);
        }
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root]);
}

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
  const root = useRef<HTMLDivElement>(null);
  useFocusableScrollers(root);
  return (
    <div ref={root} className="contents">
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
    </div>
  );
});
