import "server-only";
import type { z } from "zod";
import { AppError, fromZod, type ErrorArea } from "@/lib/errors";

/** Parses a JSON request body with a zod schema: malformed JSON and invalid fields are both a clear 400. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S, area: ErrorArea): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError(`bad_request:${area}`, "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZod(area, parsed.error);
  return parsed.data;
}

/** A message for a reply that failed mid-way; the cause is logged, never shown. */
export function replyErrorText(err: unknown): string {
  console.error("[ai] model failed", err);
  return "The model failed before finishing this reply. What it wrote so far is kept. Try again.";
}
