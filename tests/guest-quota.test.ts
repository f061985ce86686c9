/**
 * Issue 12's relay: cookie-less POSTs to an AI surface from one address used to mint a user (and a model call)
 * each. Now they mint at most QUOTA_GUESTS_PER_HOUR_PER_IP guests an hour; the rest are a 429 with Retry-After
 * and create nothing, while another address still gets its guest.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { POST as previewRoute } from "@/app/api/preview/route";
import { countUsers } from "@/db/queries/user-data";
import { aiResponse } from "@/db/schema";
import { HOUR_S } from "@/lib/quotas/rules";
import { jsonRequest, setEnv } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";

// A cookie-less visitor behind `next start`, which fills X-Forwarded-For from the socket.
const visitor = { address: "203.0.113.5" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": visitor.address }),
  cookies: async () => ({ get: () => undefined }),
}));

describeDrivers("guests per IP on a cookie-less surface", (ctx) => {
  installAppDatabase(ctx);
  let restoreEnv: () => void;
  beforeAll(() => {
    restoreEnv = setEnv({
      SESSION_SECRET: "test-secret-0123456789-0123456789-0123",
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: undefined,
      OFFLINE_MODEL_DELAY_MS: "0",
      QUOTA_GUESTS_PER_HOUR_PER_IP: "3",
    });
    delete (globalThis as { __profileMakerAuth?: unknown }).__profileMakerAuth;
  });
  afterAll(() => {
    restoreEnv();
    delete (globalThis as { __profileMakerAuth?: unknown }).__profileMakerAuth;
  });

  it("20 cookie-less previews from one address create 3 guests; 17 are refused with Retry-After and store nothing", async () => {
    visitor.address = "203.0.113.5";
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await previewRoute(jsonRequest("/api/preview", {}));
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(HOUR_S - 60);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("too_many_requests:session");
        expect(body.error.message).toMatch(/^Too many new guest sessions from your network in the last hour\. Try again in (60 minutes|1 hour), or sign in\.$/);
      } else {
        await res.text();
      }
    }
    expect(statuses).toEqual([...Array(3).fill(200), ...Array(17).fill(429)]);
    expect(await countUsers({ db: ctx.database.db })).toEqual({ guests: 3, accounts: 0 });
    expect(await ctx.database.db.$count(aiResponse)).toBe(3);

    visitor.address = "203.0.113.6";
    expect((await previewRoute(jsonRequest("/api/preview", {}))).status).toBe(200);
    expect(await countUsers({ db: ctx.database.db })).toEqual({ guests: 4, accounts: 0 });
  });
});
