import { feedback } from "@/lib/gateway/handlers";

/** POST /v1/feedback { id, rating }: a thumb on a completion the gateway returned (docs/gateway.md). */
export const POST = (request: Request): Promise<Response> => feedback(request);
