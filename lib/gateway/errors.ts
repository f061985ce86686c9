import "server-only";
import type { z } from "zod";
import { AppError, toAppError, type ErrorCode } from "@/lib/errors";

/**
 * Errors in OpenAI's shape (docs/gateway.md): `{ "error": { "message", "type", "param", "code" } }` with the
 * status OpenAI uses, so a client's own error handling (the `openai` package's APIError subclasses, the AI
 * SDK's APICallError) reads them as it reads OpenAI's. The message is written for people; no key, no user text.
 */
export type OpenAIErrorBody = { error: { message: string; type: string; param: string | null; code: string | null } };

/** An AppError that also names the request field at fault and OpenAI's error code. */
export class GatewayError extends AppError {
  readonly param: string | null;
  readonly openaiCode: string | null;

  constructor(code: ErrorCode, message: string, opts: { param?: string | null; openaiCode?: string | null } = {}) {
    super(code, message);
    this.param = opts.param ?? null;
    this.openaiCode = opts.openaiCode ?? null;
  }
}

const TYPE_BY_STATUS: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  403: "permission_error",
  404: "invalid_request_error",
  409: "invalid_request_error",
  413: "invalid_request_error",
  429: "requests",
};

const CODE_BY_STATUS: Record<number, string> = { 401: "invalid_api_key", 404: "not_found", 429: "rate_limit_exceeded" };

/** Anything thrown by a gateway handler, as OpenAI's error response (unknown failures: a 500, cause logged). */
export function openAIErrorResponse(err: unknown): Response {
  const e = toAppError("gateway", err);
  const status = e.status;
  const body: OpenAIErrorBody = {
    error: {
      message: e.message,
      type: TYPE_BY_STATUS[status] ?? "server_error",
      param: e instanceof GatewayError ? e.param : null,
      code: (e instanceof GatewayError ? e.openaiCode : null) ?? CODE_BY_STATUS[status] ?? null,
    },
  };
  const headers: Record<string, string> = {};
  if (e.retryAfterSeconds !== undefined) headers["retry-after"] = String(e.retryAfterSeconds);
  return Response.json(body, { status, headers });
}

/** A zod failure as a 400 naming the field OpenAI's way (`messages[0].content`) and the first problem. */
export function fromZodIssue(error: z.ZodError): GatewayError {
  const issue = error.issues.find((i) => i.code === "unrecognized_keys") ?? error.issues[0];
  const path = issue ? [...issue.path, ...(issue.code === "unrecognized_keys" ? [issue.keys[0]!] : [])] : [];
  const param = path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), "");
  return new GatewayError("bad_request:gateway", issue?.message ?? "The request is not valid.", {
    param: param || null,
    openaiCode: issue?.code === "unrecognized_keys" ? "unknown_parameter" : "invalid_value",
  });
}
