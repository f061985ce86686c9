/**
 * Which addresses a model reply may link to: http(s) and mailto, plus in-reply fragments (footnotes). Anything
 * else (`javascript:`, `data:`, `file:`, relative paths a model cannot know) renders as plain text. Only links:
 * a reply never makes the browser load an address (`src`) it names.
 */
const LINKABLE = new Set(["http:", "https:", "mailto:"]);

export function safeUrl(url: string, attribute = "href"): string | null {
  if (attribute !== "href") return null;
  const trimmed = url.trim();
  if (/^#[\w-]+$/.test(trimmed)) return trimmed;
  try {
    return LINKABLE.has(new URL(trimmed).protocol) ? trimmed : null;
  } catch {
    return null;
  }
}
