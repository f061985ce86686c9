/** "Chrome on Linux" from a User-Agent header, for the sessions list; unknown parts say so. */
export function describeAgent(ua: string | null | undefined): string {
  if (!ua) return "Unknown browser";
  const browser =
    [
      [/Edg\//, "Edge"],
      [/Firefox\//, "Firefox"],
      [/Chrome\/|Chromium\//, "Chrome"],
      [/Safari\//, "Safari"],
    ].find(([re]) => (re as RegExp).test(ua))?.[1] ?? "Unknown browser";
  const os =
    [
      [/iPhone|iPad/, "iOS"],
      [/Android/, "Android"],
      [/Windows/, "Windows"],
      [/Mac OS X|Macintosh/, "macOS"],
      [/Linux/, "Linux"],
    ].find(([re]) => (re as RegExp).test(ua))?.[1];
  return os ? `${browser} on ${os}` : (browser as string);
}
