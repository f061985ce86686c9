/**
 * A local stand-in for an OpenAI-compatible server: POST /v1/chat/completions, streaming (SSE) or not, with
 * switchable failures. Lets the real @ai-sdk/openai client run end to end with no network.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type StubBehavior =
  | { kind: "reply"; text: string; delayMs?: number }
  /** Streams `chunks` words, then cuts the connection. */
  | { kind: "drop"; text: string; chunks: number }
  | { kind: "status"; status: number }
  /** Never answers (timeouts). */
  | { kind: "hang" };

export type StubRequest = {
  path: string;
  body: { model: string; stream?: boolean; messages: { role: string; content: unknown }[]; [k: string]: unknown };
  /** The client closed the connection before the answer ended (an aborted call). */
  aborted: boolean;
};

export type OpenAIStub = {
  baseURL: string;
  requests: StubRequest[];
  behave: (b: StubBehavior) => void;
  /** Behaviours for the next requests, one each in order; then `behave`'s again (a retry that succeeds). */
  queue: (...b: StubBehavior[]) => void;
  close: () => Promise<void>;
};

const words = (text: string) => text.match(/\S+\s*/g) ?? [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunk(model: string, delta: Record<string, unknown>, finish: string | null): string {
  const body = { id: "chatcmpl-stub", object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] };
  return `data: ${JSON.stringify(body)}\n\n`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let data = "";
  for await (const part of req) data += part;
  return data;
}

export async function startOpenAIStub(initial: StubBehavior = { kind: "reply", text: "Hello from the stub." }): Promise<OpenAIStub> {
  let behavior = initial;
  const queued: StubBehavior[] = [];
  const requests: StubRequest[] = [];
  const hanging = new Set<() => void>();
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as StubRequest["body"];
    const entry: StubRequest = { path: req.url ?? "", body, aborted: false };
    requests.push(entry);
    res.on("close", () => {
      if (!res.writableFinished) entry.aborted = true;
    });
    const b = queued.shift() ?? behavior;
    if (req.url !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    if (b.kind === "hang") {
      hanging.add(() => res.destroy());
      return;
    }
    if (b.kind === "status") {
      res.writeHead(b.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "stub failure", type: "server_error" } }));
      return;
    }
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-stub",
          object: "chat.completion",
          created: 0,
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: b.text }, finish_reason: "stop" }],
          usage: { prompt_tokens: 10, completion_tokens: words(b.text).length, total_tokens: 10 + words(b.text).length },
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    // Each write is flushed before the next step, so a "drop" really cuts the stream after what was sent.
    const send = (data: string) => new Promise<void>((r) => res.write(data, () => r()));
    await send(chunk(body.model, { role: "assistant", content: "" }, null));
    const parts = words(b.text);
    for (let i = 0; i < parts.length; i++) {
      if (b.kind === "drop" && i === b.chunks) {
        await sleep(20);
        res.destroy();
        return;
      }
      await send(chunk(body.model, { content: parts[i] }, null));
      if (b.kind === "reply" && b.delayMs) await sleep(b.delayMs);
    }
    res.write(chunk(body.model, {}, "stop"));
    res.write("data: [DONE]\n\n");
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    behave: (b) => {
      behavior = b;
    },
    queue: (...b) => {
      queued.push(...b);
    },
    close: async () => {
      for (const drop of hanging) drop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
