import { describe, expect, it } from "vitest";
import { AppError } from "./errors";

describe("AppError", () => {
  it("answers a quota error with 429 and Retry-After in whole seconds", async () => {
    const res = new AppError("too_many_requests:surface", "Reply limit reached.", { retryAfterSeconds: 120 }).toResponse();
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("120");
    expect(await res.json()).toEqual({
      error: { code: "too_many_requests:surface", message: "Reply limit reached.", retryAfterSeconds: 120 },
    });
  });

  it("sends no Retry-After for other errors", () => {
    const res = new AppError("not_found:chat", "No such chat.").toResponse();
    expect(res.status).toBe(404);
    expect(res.headers.get("Retry-After")).toBeNull();
  });
});
