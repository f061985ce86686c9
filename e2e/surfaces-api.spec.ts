import type { APIResponse } from "@playwright/test";
import { expect, signInAsGuest, test } from "./fixtures";
import { userMessage } from "./pages/chat-api";

type ErrorBody = { error: { code: string; message: string } };

test("bad bodies get a 400 with a clear message on every surface, and nothing is stored", async ({ request }) => {
  const id = crypto.randomUUID();
  const chat = (data: unknown) =>
    request.post("/api/chat", { data: data as object, headers: { "content-type": "application/json" } });
  const cases: Array<[() => Promise<APIResponse>, string, RegExp]> = [
    [() => chat({ trigger: "submit-message", conversationId: id, message: userMessage("") }), "bad_request:chat", /empty/],
    [() => chat({ trigger: "submit-message", conversationId: id, message: userMessage("x".repeat(8001)) }), "bad_request:chat", /at most 8,000/],
    [() => request.post("/api/chat", { data: Buffer.from("{oops"), headers: { "content-type": "application/json" } }), "bad_request:chat", /not valid JSON/],
    [() => chat({ trigger: "summon", conversationId: id }), "bad_request:chat", /Unknown trigger/],
    [() => chat(["not", "an", "object"]), "bad_request:chat", /JSON object/],
    [() => request.post("/api/explain", { data: { text: "" } }), "bad_request:surface", /empty/],
    [() => request.post("/api/summarize", { data: { text: "y".repeat(8001) } }), "bad_request:surface", /at most 8,000/],
    [() => request.post("/api/summarize", { data: Buffer.from("nope"), headers: { "content-type": "application/json" } }), "bad_request:surface", /not valid JSON/],
    [() => request.get("/api/chat/context?surface=poetry"), "bad_request:surface", /Unknown surface/],
    [() => chat({ trigger: "submit-message", conversationId: id, message: userMessage("nul \u0000 byte") }), "bad_request:chat", /NUL character/],
    [() => request.post("/api/explain", { data: { text: "ok", extra: 1 } }), "bad_request:surface", /Unknown field "extra"/],
  ];
  for (const [send, code, message] of cases) {
    const res = await send();
    expect(res.status()).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  }
  // Nothing was stored for that conversation.
  expect((await request.get(`/api/conversations/${id}`)).status()).toBe(404);
});

test("another user's reply cannot be rated", async ({ request, browser, baseURL }) => {
  const res = await request.post("/api/explain", { data: { text: "A contract is an agreement the law will enforce." } });
  expect(res.status()).toBe(200);
  // The id travels in the stream's start metadata, not in a header.
  const responseId = /"responseId":"([0-9a-f-]{36})"/.exec(await res.text())?.[1];
  expect(responseId, "the stream names its response").toBeTruthy();
  expect(Object.keys(res.headers()).filter((h) => h.startsWith("x-preamble") || h === "x-response-id")).toEqual([]);

  const other = await browser.newContext({ baseURL });
  await signInAsGuest(other.request);
  const put = await other.request.put(`/api/responses/${responseId}/thumb`, { data: { thumb: "up" } });
  expect(put.status()).toBe(404);
  expect(((await put.json()) as ErrorBody).error.code).toBe("not_found:surface");
  await other.close();

  const bad = await request.put(`/api/responses/${responseId}/thumb`, { data: { thumb: "sideways" } });
  expect(bad.status()).toBe(400);
  const own = await request.put(`/api/responses/${responseId}/thumb`, { data: { thumb: "up" } });
  expect(await own.json()).toEqual({ thumb: "up" });
});

test("malformed server-action requests get a 4xx from the proxy, not a 500 from inside Next", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const action = (body: string, headers: Record<string, string> = {}) =>
    request.post("/profile", {
      data: Buffer.from(body),
      headers: { "next-action": "7f".repeat(21), origin, "content-type": "text/plain;charset=UTF-8", ...headers },
    });
  const cases: Array<[() => Promise<APIResponse>, number, string]> = [
    [() => action("{not json"), 400, "bad_request:api"],
    [() => action(""), 400, "bad_request:api"],
    [() => action("[]", { origin: "https://evil.example" }), 403, "forbidden:api"],
    [() => action("x".repeat(1024 * 1024 + 1)), 413, "too_large:api"],
  ];
  for (const [send, status, code] of cases) {
    const res = await send();
    expect(res.status()).toBe(status);
    expect(((await res.json()) as ErrorBody).error.code).toBe(code);
  }
});
