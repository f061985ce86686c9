/**
 * The gateway's route handlers behind a real HTTP server on 127.0.0.1, so the `openai` package and the AI SDK's
 * openai-compatible provider talk to them exactly as they talk to OpenAI: sockets, SSE, status codes. A client
 * that goes away aborts the handler's Request signal and cancels the response body, as Next's server does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { POST as completions } from "@/app/v1/chat/completions/route";
import { POST as feedback } from "@/app/v1/feedback/route";
import { GET as model } from "@/app/v1/models/[model]/route";
import { GET as models } from "@/app/v1/models/route";

type Handler = (request: Request) => Promise<Response>;
const ROUTES: Record<string, Handler> = {
  "POST /v1/chat/completions": completions,
  "POST /v1/feedback": feedback,
  "GET /v1/models": models,
};

export type GatewayServer = { baseURL: string; close: () => Promise<void> };

async function toRequest(req: IncomingMessage, signal: AbortSignal, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body, signal });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  res.on("close", () => {
    if (!res.writableFinished) void reader.cancel(new Error("client closed the connection"));
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (res.destroyed) return;
    res.write(value);
  }
  res.end();
}

export async function startGatewayServer(): Promise<GatewayServer> {
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    const path = (req.url ?? "").split("?")[0]!;
    const one = /^\/v1\/models\/([^/]+)$/.exec(path);
    const handler: Handler | undefined = one && req.method === "GET" ? (r) => model(r, { params: Promise.resolve({ model: one[1]! }) }) : ROUTES[`${req.method} ${path}`];
    void (async () => {
      if (!handler) return void res.writeHead(404).end();
      const { port } = server.address() as AddressInfo;
      await send(res, await handler(await toRequest(req, controller.signal, `http://127.0.0.1:${port}`)));
    })().catch((err: unknown) => {
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
