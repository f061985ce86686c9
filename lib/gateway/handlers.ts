import "server-only";
import { z } from "zod";
import { currentModelId } from "@/lib/ai/harness";
import { parseBody } from "@/lib/ai/requests";
import { startSurfaceTurn } from "@/lib/ai/surface-turn";
import { rateResponse } from "@/lib/profile/thumb-writers";
import { GatewayError, fromZodIssue, openAIErrorResponse } from "./errors";
import { authenticate, noteKeyUsed } from "./keys";
import { GATEWAY_BODY_MAX_BYTES, chatCompletionRequestSchema, feedbackRequestSchema, refuseUnsupported, toTurnInput } from "./protocol";
import { completionResponse, streamingResponse } from "./translate";

/**
 * The gateway's route handlers (app/v1/…; docs/gateway.md). Order: the key (401), the body (400), the model
 * (404), then one surface turn on the `gateway` surface: the same harness, preamble and storage as the app's
 * own surfaces. A refused request writes nothing, not even the key's last use.
 */

/** The JSON body, checked by `schema`; `before` may refuse the raw object first (fields asking for more than text). */
async function body<S extends z.ZodType>(request: Request, schema: S, before?: (raw: Record<string, unknown>) => void): Promise<z.infer<S>> {
  const raw: unknown = await parseBody(request, z.unknown(), "gateway", { maxBytes: GATEWAY_BODY_MAX_BYTES });
  if (before && raw !== null && typeof raw === "object" && !Array.isArray(raw)) before(raw as Record<string, unknown>);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodIssue(parsed.error);
  return parsed.data;
}

const unknownModel = (model: string) =>
  new GatewayError("not_found:gateway", `The model \`${model.slice(0, 100)}\` does not exist. GET /v1/models lists the model this gateway serves.`, {
    param: "model",
    openaiCode: "model_not_found",
  });

/** POST /v1/chat/completions */
export async function chatCompletions(request: Request): Promise<Response> {
  try {
    const owner = await authenticate(request);
    const req = await body(request, chatCompletionRequestSchema, refuseUnsupported);
    const model = currentModelId();
    if (req.model !== model) throw unknownModel(req.model);
    const input = toTurnInput(req);
    const turn = await startSurfaceTurn({
      userId: owner.userId,
      surface: "gateway",
      input: { ...input, key: { id: owner.keyId, app: owner.app } },
      request,
    });
    // After the turn's own checks (the reply quota's 429 among them): a refused request leaves no trace.
    await noteKeyUsed(owner);
    const ids = { model, userId: owner.userId };
    return req.stream ? streamingResponse(turn, { ...ids, includeUsage: req.stream_options?.include_usage === true }) : await completionResponse(turn, ids);
  } catch (err) {
    return openAIErrorResponse(err);
  }
}

const modelObject = (id: string) => ({ id, object: "model", created: 0, owned_by: "profile-maker" });

/** GET /v1/models: the one model served, by the id clients pass. */
export async function listModels(request: Request): Promise<Response> {
  try {
    const owner = await authenticate(request);
    await noteKeyUsed(owner);
    return Response.json({ object: "list", data: [modelObject(currentModelId())] });
  } catch (err) {
    return openAIErrorResponse(err);
  }
}

/** GET /v1/models/:model: that model if it is the one served, else 404 (model_not_found). */
export async function retrieveModel(request: Request, model: string): Promise<Response> {
  try {
    const owner = await authenticate(request);
    if (model !== currentModelId()) throw unknownModel(model);
    await noteKeyUsed(owner);
    return Response.json(modelObject(model));
  } catch (err) {
    return openAIErrorResponse(err);
  }
}

/**
 * POST /v1/feedback { id, rating }: the thumb on a reply this gateway returned, through the same writer as the
 * app's thumbs (the signal log, the aggregator). Another user's reply, or one from another surface, is a 404.
 */
export async function feedback(request: Request): Promise<Response> {
  try {
    const owner = await authenticate(request);
    const { id, rating } = await body(request, feedbackRequestSchema);
    const result = await rateResponse({ userId: owner.userId, responseId: id, thumb: rating, surface: "gateway" });
    if (!result) throw new GatewayError("not_found:gateway", "No completion with this id was returned to you.", { param: "id", openaiCode: "not_found" });
    await noteKeyUsed(owner);
    return Response.json({ id, object: "feedback", rating: result.thumb });
  } catch (err) {
    return openAIErrorResponse(err);
  }
}
