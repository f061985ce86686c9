import { describe, expect, it } from "vitest";
import { ACTION_BODY_MAX_BYTES, refuseMalformedAction } from "./action-guard";

const ACTION = "7f0e3a9c1b2d4e5f60718293a4b5c6d7e8f90a1b2c";
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/profile", {
    method: "POST",
    body,
    headers: { "next-action": ACTION, origin: "http://localhost:3000", host: "localhost:3000", "content-type": "text/plain;charset=UTF-8", ...headers },
  });
const refusal = async (request: Request) => {
  const res = await refuseMalformedAction(request);
  return res && { status: res.status, ...((await res.json()) as { error: { code: string; message: string } }).error };
};

describe("refuseMalformedAction: what the app's own client never sends is a 4xx", () => {
  it("lets the client's requests through: encoded JSON arguments, and multipart", async () => {
    expect(await refusal(post(JSON.stringify([{ aboutMe: "hi" }])))).toBeNull();
    const script = post("[{}]");
    script.headers.delete("origin"); // a script's request (no browser): Next lets it through, and so does the guard
    expect(await refusal(script)).toBeNull();
    const form = new FormData();
    form.set("1", "x");
    const multipart = new Request("http://localhost:3000/profile", { method: "POST", body: form });
    multipart.headers.set("next-action", ACTION);
    multipart.headers.set("origin", "http://localhost:3000");
    expect(await refusal(multipart)).toBeNull();
  });

  it("ignores everything that is not an action POST", async () => {
    expect(await refuseMalformedAction(new Request("http://localhost:3000/api/chat", { method: "POST", body: "{oops" }))).toBeNull();
    expect(await refuseMalformedAction(new Request("http://localhost:3000/profile", { headers: { "next-action": ACTION } }))).toBeNull();
  });

  it.each([
    ["a body that is not JSON", post("{not json"), 400, "bad_request:api", /not valid encoded arguments/],
    ["bytes that are not UTF-8", post(new Uint8Array([0x5b, 0xff, 0x5d])), 400, "bad_request:api", /not valid/],
    ["an empty body", post(""), 400, "bad_request:api", /empty/],
    ["another origin", post("[]", { origin: "https://evil.example" }), 403, "forbidden:api", /Origin/],
    ["an opaque origin", post("[]", { origin: "null" }), 403, "forbidden:api", /Origin/],
    ["a JSON content type", post("[]", { "content-type": "application/json" }), 400, "bad_request:api", /text\/plain/],
    ["an action id that is not one", post("[]", { "next-action": "../../etc" }), 400, "bad_request:api", /Unknown server action/],
    ["a body over the limit", post("x".repeat(ACTION_BODY_MAX_BYTES + 1)), 413, "too_large:api", /too large/],
  ])("%s", async (_name, request, status, code, message) => {
    expect(await refusal(request)).toEqual({ status, code, message: expect.stringMatching(message) });
  });
});
