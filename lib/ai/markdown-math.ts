/**
 * Math as models write it, made into the Markdown that remark-math reads (components/ai/markdown.tsx).
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An inline code span (left as it is), `\[…\]` (display) or `\(…\)` (inline, one line). */
const DELIMITED = /(`+)[\s\S]*?\1|\\\[([\s\S]+?)\\\]|\\\(([^\n]+?)\\\)/g;

const convert = (prose: string) =>
  prose.replace(DELIMITED, (match, _ticks, display?: string, inline?: string) =>
    display !== undefined ? `$$${display}$$` : inline !== undefined ? `$${inline}$` : match,
  );

/**
 * LaTeX's own delimiters, `\[…\]` and `\(…\)`, which OpenAI models favour, as `$$…$$` and `$…$`; code (fenced
 * blocks and inline spans) is left untouched. One pass over the text: cheap enough for every streamed update.
 */
export function normalizeMathDelimiters(markdown: string): string {
  if (!markdown.includes("\\[") && !markdown.includes("\\(")) return markdown;
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (prose.length > 0) out.push(convert(prose.join("\n")));
    prose = [];
  };
  for (const line of markdown.split("\n")) {
    if (fence !== null) {
      out.push(line);
      const trimmed = line.trim();
      if (trimmed.startsWith(fence) && /^[`~]+$/.test(trimmed)) fence = null;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      flush();
      fence = open[1]!;
      out.push(line);
    } else prose.push(line);
  }
  flush();
  return out.join("\n");
}

/**
 * A remark plugin: a formula standing alone in a paragraph of its own is a display formula. remark-math makes
 * display math only of `$$` on lines of their own; models as often write `$$E = mc^2$$` on one line, meaning the
 * same. Only top-level paragraphs: a list of formulas stays a list.
 */
type Node = { type: string; value?: string; children?: Node[]; data?: object };

/** The node remark-math itself makes of a `$$` block, with the hast it turns into (mdast-util-math). */
const displayMath = (value: string): Node => ({
  type: "math",
  value,
  data: {
    hName: "pre",
    hChildren: [{ type: "element", tagName: "code", properties: { className: ["language-math", "math-display"] }, children: [{ type: "text", value }] }],
  },
});

const isBlank = (n: Node) => n.type === "text" && !n.value?.trim();

export function remarkDisplayMath() {
  return (tree: Node) => {
    tree.children = tree.children?.map((child) => {
      const content = child.type === "paragraph" ? (child.children ?? []).filter((c) => !isBlank(c)) : [];
      return content.length === 1 && content[0]!.type === "inlineMath" ? displayMath(content[0]!.value ?? "") : child;
    });
  };
}
