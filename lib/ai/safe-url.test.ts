import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url";

describe("safeUrl", () => {
  it.each([
    ["https://example.org/a?b=1#c", "https://example.org/a?b=1#c"],
    ["http://example.org", "http://example.org"],
    ["mailto:someone@example.org", "mailto:someone@example.org"],
    ["  https://example.org  ", "https://example.org"],
    ["#user-content-fn-1", "#user-content-fn-1"],
  ])("keeps the link %s", (url, kept) => {
    expect(safeUrl(url)).toBe(kept);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "/profile",
    "../admin",
    "//evil.example",
    "streamdown:incomplete-link",
    "#\"><script>",
    "",
  ])("drops the link %j", (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it("never lets a reply load an address, whatever it is", () => {
    expect(safeUrl("https://tracker.example/pixel.png", "src")).toBeNull();
    expect(safeUrl("https://example.org", "cite")).toBeNull();
  });
});
