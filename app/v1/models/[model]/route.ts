import { retrieveModel } from "@/lib/gateway/handlers";

/** GET /v1/models/:model: the served model, or 404 (docs/gateway.md). */
export async function GET(request: Request, { params }: { params: Promise<{ model: string }> }): Promise<Response> {
  return retrieveModel(request, decodeURIComponent((await params).model));
}
