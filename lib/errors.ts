/**
 * One error type with stable codes ("bad_request:profile", "not_found:chat", …). Server actions return it as
 * a typed result; route handlers turn it into a JSON response. The cause is logged, the user sees `message`.
 */
import type { z } from "zod";
import { logFailure } from "./log";

export type ErrorType =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "too_many_requests"
  | "internal";
export type ErrorArea = "profile" | "summary" | "amendment" | "chat" | "surface" | "session" | "account" | "job" | "api" | "gateway";
export type ErrorCode = `${ErrorType}:${ErrorArea}`;

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many_requests: 429,
  internal: 500,
};

export type AppErrorJson = {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** Over a quota (too_many_requests): whole seconds until it frees up; also sent as the Retry-After header. */
  retryAfterSeconds?: number;
};

type AppErrorOptions = { cause?: unknown; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, opts: AppErrorOptions = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  get status(): number {
    return STATUS[this.code.split(":")[0] as ErrorType];
  }

  toJSON(): AppErrorJson {
    return {
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
    };
  }

  toResponse(): Response {
    const headers = this.retryAfterSeconds !== undefined ? { "Retry-After": String(this.retryAfterSeconds) } : undefined;
    return Response.json({ error: this.toJSON() }, { status: this.status, headers });
  }
}

/** A zod failure as a bad_request error whose message is the first issue's (written for people). */
export function fromZod(area: ErrorArea, error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  // An unknown field is named first: it is usually why a known one is missing (a misspelt or an old field name).
  const first = error.issues.find((i) => i.code === "unrecognized_keys") ?? error.issues[0];
  return new AppError(`bad_request:${area}`, first?.message ?? "Invalid input.", { fieldErrors });
}

/** Anything thrown, as an AppError: unknown failures become a generic internal error (cause logged). */
export function toAppError(area: ErrorArea, err: unknown): AppError {
  if (err instanceof AppError) return err;
  logFailure(area, "unexpected failure", err);
  return new AppError(`internal:${area}`, "Something went wrong on our side. Nothing was changed; please try again.", {
    cause: err,
  });
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorJson };

/** Runs an action body and returns a typed result instead of throwing across the server boundary. */
export async function runAction<T>(area: ErrorArea, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (err) {
    return { ok: false, error: toAppError(area, err).toJSON() };
  }
}

/**
 * Waits for every piece of work sent out together, then throws the first failure in the order given (the one
 * that decides, e.g. the quota before a read), or answers every value. Unlike Promise.all it never leaves a
 * later failure unobserved, and which error wins does not depend on which finished first.
 */
export async function allInOrder<T extends readonly unknown[]>(work: readonly [...T]): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(work);
  for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
