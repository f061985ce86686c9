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
  const bytes = await readBody(request, area, maxBytes);
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

/**
 * The request body's bytes, at most `maxBytes`: a declared length past it is refused unread, and a body that
 * grows past it while streaming is refused as soon as it does (the rest is never read).
 */
export async function readBody(request: Request, area: ErrorArea, maxBytes = BODY_MAX_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(area, maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(area, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

const tooLarge = (area: ErrorArea, maxBytes: number) =>
  new AppError(
    `too_large:${area}`,
    maxBytes >= 1024 * 1024
      ? `The request body is too large: at most ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB.`
      : `The request body is too large: at most ${Math.round(maxBytes / 1024)} KB.`,
  );

/** What the user reads when a streamed reply fails; the cause is logged by code and ids, never shown. */
export function replyErrorText(err: unknown, ids: Record<string, string> = {}): string {
  if (err instanceof ReplyNotStoredError) {
    return "This reply could not be saved, so it was not kept. Nothing of this turn was stored; try again.";
  }
  logFailure("ai", "model failed", err, ids);
  return "The model failed before finishing this reply. What it wrote so far is kept. Try again.";
}
