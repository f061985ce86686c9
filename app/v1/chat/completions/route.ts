import { chatCompletions } from "@/lib/gateway/handlers";

/** POST /v1/chat/completions: OpenAI Chat Completions, answered with the key owner's paragraph (docs/gateway.md). */
export const POST = (request: Request): Promise<Response> => chatCompletions(request);
