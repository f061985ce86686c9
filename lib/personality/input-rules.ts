/**
 * The input rules every doorway shares (docs/input-rules.md): text the database cannot store faithfully is
 * refused, every number has its column's bounds, and every object refuses fields it does not know. Route
 * handlers and server actions build their schemas from these, so one rule holds for both. Framework-free.
 */
import { z } from "zod";

/** PostgreSQL int4 and int2 (smallint) bounds: a number past them would fail in the database, not here. */
export const INT4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;
export const INT2 = { min: -32_768, max: 32_767 } as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why `text` cannot be stored as it was sent, or null. NUL is refused by PostgreSQL's text type; a lone
 * surrogate is not a character (UTF-8 cannot encode it, so it would silently become U+FFFD).
 */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes("\u0000")) return "The text contains a NUL character (\\u0000), which cannot be stored. Remove it.";
  if (LONE_SURROGATE.test(text)) {
    return "The text contains a broken character (an unpaired UTF-16 surrogate). Paste it again from its source.";
  }
  return null;
}

/** A string field that refuses what the database refuses; compose `.trim()`, `.min()`, `.max()` after it. */
export function storableString(what = "the text") {
  return z.string({ error: `Send ${what} as a string.` }).superRefine((s, ctx) => {
    const problem = unstorableTextProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** An integer that fits the int4 column it lands in. */
export function int4(what: string, { min = INT4.min, max = INT4.max }: { min?: number; max?: number } = {}) {
  const message = `Unknown ${what}.`;
  return z
    .number({ error: `Send ${what} as a number.` })
    .int(message)
    .min(Math.max(min, INT4.min), message)
    .max(Math.min(max, INT4.max), message);
}

/** Size of a string in UTF-8 (what a header, a body limit or a socket counts). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * An object that refuses unknown fields, with messages for people: the rule for route handlers and server
 * actions alike (an unknown field is a client bug or a probe, and silently dropping it hides both).
 */
export function strictObject<S extends z.core.$ZodLooseShape>(
  shape: S,
  what = "a JSON object",
  { missing }: { missing?: string } = {},
) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (missing && issue.input === undefined) return missing;
      if (issue.code === "unrecognized_keys") {
        const known = Object.keys(shape);
        return `Unknown field ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(", ")}: this request takes ${known.length ? known.join(", ") : "no fields"}.`;
      }
      return `Send ${what}.`;
    },
  });
}
