import { listModels } from "@/lib/gateway/handlers";

/** GET /v1/models: the model the gateway serves (docs/gateway.md). */
export const GET = (request: Request): Promise<Response> => listModels(request);
