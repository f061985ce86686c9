/**
 * Malformed server-action requests get a clear 4xx before Next.js sees them (docs/input-rules.md). Next answers
 * a `Next-Action` POST whose body it cannot decode, that is too big or that comes from another origin with a
 * 500 from inside its action handler, which makes probes look like outages. This refuses what the app's own
 * client never sends; everything else passes through untouched. Framework-free: takes a Request.
 */
import { AppError } from "./errors";

/** Next's default serverActions.bodySizeLimit (1 MB): the same bound, answered with a 413 instead of a 500. */
export const ACTION_BODY_MAX_BYTES = 1024 * 1024;
const ACTION_ID = /^[0-9a-f]{2,128}$/i;

export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  const actionId = request.headers.get("next-action");
  if (request.method !== "POST" || actionId === null) return null;
  const problem = await actionProblem(request, actionId);
  return problem ? problem.toResponse() : null;
}

async function actionProblem(request: Request, actionId: string): Promise<AppError | null> {
  if (!ACTION_ID.test(actionId)) return new AppError("bad_request:api", "Unknown server action.");
  if (!sameOrigin(request)) {
    return new AppError("forbidden:api", "Server actions only answer this site's own pages (the Origin header does not match).");
  }
  const type = request.headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !type.startsWith("text/plain")) {
    return new AppError("bad_request:api", "A server action's body is the encoded arguments (text/plain or multipart/form-data).");
  }
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_MAX_BYTES) return tooLarge();
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  if (bytes.length > ACTION_BODY_MAX_BYTES) return tooLarge();
  if (bytes.length === 0) return new AppError("bad_request:api", "The server action's body is empty.");
  if (multipart) return null;
  try {
    // The React client encodes simple arguments as one JSON text (encodeReply); anything else is not from it.
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return new AppError("bad_request:api", "The server action's body is not valid encoded arguments.");
  }
  return null;
}

const tooLarge = () => new AppError("too_large:api", `The server action's body is too large: at most ${ACTION_BODY_MAX_BYTES / 1024 / 1024} MB.`);

/**
 * The check Next makes (Origin host against x-forwarded-host or Host), made here so a mismatch is a 403. No
 * Origin at all passes, as in Next: browsers send one on every POST, so a request without it is a script's (the
 * benchmarks), which carries no victim's cookies. "null" (a sandboxed frame, a cross-site redirect) is refused.
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  if (origin === "null") return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
