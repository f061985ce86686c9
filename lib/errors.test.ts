import { describe, expect, it } from "vitest";
import { AppError, allInOrder } from "./errors";

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

describe("allInOrder", () => {
  it("answers every value in order, plain values too", async () => {
    expect(await allInOrder([Promise.resolve(1), "two", Promise.resolve(null)])).toEqual([1, "two", null]);
  });

  it("throws the first failure in the order given, whichever failed first, and only after everything settled", async () => {
    const deferred = <T>() => {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };
    const [a, b, c] = [deferred<number>(), deferred<number>(), deferred<number>()];
    let outcome: unknown = "pending";
    const all = allInOrder([a.promise, b.promise, c.promise]).then(
      () => (outcome = "resolved"),
      (err: unknown) => (outcome = err),
    );
    const second = new Error("second");
    const first = new Error("first");
    b.reject(second);
    a.reject(first);
    await Promise.resolve();
    expect(outcome).toBe("pending");
    c.resolve(3);
    await all;
    expect(outcome).toBe(first);
  });
});
