/**
 * A page view is not worth a user row: 2,000 cookie-less renders of /profile (and the header every page has)
 * leave the users table empty, while the first write creates exactly one guest.
 */
import { beforeAll, expect, it, vi } from "vitest";
import { countUsers } from "@/db/queries/user-data";
import { resetEnvCache } from "@/lib/env";
import { installAppDatabase } from "@/tests/app-database";
import { describeDrivers } from "@/tests/databases";

// Outside a request there are no headers: exactly what a cookie-less visitor sends. (The cookie that a write
// sets is better-auth's business, in node_modules where this mock does not reach; the e2e specs check it.)
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

describeDrivers("cookie-less page views", (ctx) => {
  installAppDatabase(ctx);
  beforeAll(() => {
    process.env.SESSION_SECRET = "test-secret-0123456789-0123456789-0123";
    resetEnvCache();
    delete (globalThis as { __profileMakerAuth?: unknown }).__profileMakerAuth;
  });

  it("2,000 renders of /profile create no user; a write creates one guest", async () => {
    const { default: ProfilePage } = await import("@/app/profile/page");
    const { SiteHeader } = await import("@/components/site-header");
    for (let i = 0; i < 2000; i++) {
      await ProfilePage();
      await SiteHeader();
    }
    expect(await countUsers({ db: ctx.database.db })).toEqual({ guests: 0, accounts: 0 });

    const { requireUserId } = await import("@/lib/session");
    const id = await requireUserId();
    expect(await countUsers({ db: ctx.database.db })).toEqual({ guests: 1, accounts: 0 });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }, 300_000);
});
