/**
 * Server logs carry error codes and ids, never what a user typed (docs/input-rules.md). A database error's
 * message holds the failed query's parameters (drizzle: "Failed query: … params: …") and PostgreSQL echoes bad
 * values back ("invalid input syntax for type uuid: \"…\""), so no error message is ever logged: only its
 * class, its SQLSTATE or provider status, and the stack frames (code locations, not data).
 */

type Ids = Record<string, string | number | null | undefined>;

/** What of an error may be logged: names and codes along the `cause` chain, and code locations. */
export function describeError(err: unknown): string {
  const parts: string[] = [];
  let frames = "";
  let current: unknown = err;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current !== "object") {
      parts.push(typeof current);
      break;
    }
    const e = current as { name?: unknown; code?: unknown; statusCode?: unknown; stack?: unknown; cause?: unknown };
    const name = typeof e.name === "string" ? e.name : (current.constructor?.name ?? "object");
    const code = typeof e.code === "string" || typeof e.code === "number" ? ` code=${e.code}` : "";
    const status = typeof e.statusCode === "number" ? ` status=${e.statusCode}` : "";
    parts.push(`${name}${code}${status}`);
    if (!frames && typeof e.stack === "string") {
      // The stack starts with the message (which may hold user text, even text shaped like a frame): skip it.
      const message = (current as { message?: unknown }).message;
      const at = typeof message === "string" && message ? e.stack.indexOf(message) : -1;
      frames = (at >= 0 ? e.stack.slice(at + (message as string).length) : e.stack)
        .split("\n")
        .filter((line) => /^\s+at /.test(line))
        .slice(0, 6)
        .join("\n");
    }
    current = e.cause;
  }
  return `${parts.join(" <- ")}${frames ? `\n${frames}` : ""}`;
}

/** Logs a failure as `[scope] event id=… error=<class code>`: nothing a user typed. A fallback taken is a warning. */
export function logFailure(scope: string, event: string, err: unknown, ids: Ids = {}, level: "error" | "warn" = "error"): void {
  const idText = Object.entries(ids)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}=${v}`)
    .join("");
  console[level](`[${scope}] ${event}${idText} error=${describeError(err)}`);
}
