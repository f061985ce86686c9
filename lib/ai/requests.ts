import "server-only";
import type { z } from "zod";
import { AppError, fromZod, type ErrorArea } from "@/lib/errors";
import { logFailure } from "@/lib/log";
import { ReplyNotStoredError } from "./harness";

/**
 * The largest JSON body a handler reads, in bytes: the longest surface text (8,000 UTF-16 units, at most
 * 24 KB of UTF-8) with room for JSON escapes (`\\uXXXX` is 6 bytes a unit). Anything bigger is refused unread.
 */
export const BODY_MAX_BYTES = 64 * 1024;

/** Parses a JSON request body with a zod schema: malformed JSON and invalid fields are both a clear 4xx. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  area: ErrorArea,
  { emptyAs, maxBytes = BODY_MAX_BYTES }: { emptyAs?: unknown; maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(area, maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge(area, maxBytes);
  let body: unknown = emptyAs;
  if (bytes.length > 0 || emptyAs === undefined) {
    try {
      body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw new AppError(`bad_request:${area}`, "The request body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZod(area, parsed.error);
  return parsed.data;
}

const tooLarge = (area: ErrorArea, maxBytes: number) =>
  new AppError(`too_large:${area}`, `The request body is too large: at most ${maxBytes / 1024} KB.`);

/** What the user reads when a streamed reply fails; the cause is logged by code and ids, never shown. */
export function replyErrorText(err: unknown, ids: Record<string, string> = {}): string {
  if (err instanceof ReplyNotStoredError) {
    return "This reply could not be saved, so it was not kept. Nothing of this turn was stored; try again.";
  }
  logFailure("ai", "model failed", err, ids);
  return "The model failed before finishing this reply. What it wrote so far is kept. Try again.";
}
