import { eq, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { countUsers, purgeInactiveGuests } from "@/db/queries/user-data";
import { guest, Jar, seedEveryTable, testAuth } from "@/tests/auth";
import { countingDb as countingDbOf, describeDrivers, rowsOf } from "@/tests/databases";

const PASSWORD = "correct horse battery";
const DAY = 24 * 60 * 60 * 1000;

describeDrivers("sessions", (ctx) => {
  const db = () => ctx.database.db;
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  /** The same database through a client that counts its statements (tests/databases.ts#countingDb). */
  function countingDb(): { db: Db; queries: string[] } {
    const counting = countingDbOf(ctx);
    closers.push(counting.close);
    return counting;
  }

  it("checks a session in exactly one query", async () => {
    const counting = countingDb();
    const auth = await testAuth(counting.db);
    const { jar } = await guest(auth);
    counting.queries.length = 0;
    const found = await auth.api.getSession({ headers: jar.headers() });
    expect(found?.user.isAnonymous).toBe(true);
    expect(counting.queries).toHaveLength(1);
  });

  it("a revoked session is refused on its next request; signing out ends the session for good", async () => {
    const auth = await testAuth(db());
    await auth.api.signUpEmail({ body: { email: "two@example.com", password: PASSWORD, name: "" } });
    const signIn = async () => {
      const res = await auth.api.signInEmail({ body: { email: "two@example.com", password: PASSWORD }, returnHeaders: true });
      return new Jar().take(res.headers.get("set-cookie"));
    };
    const laptop = await signIn();
    const phone = await signIn();
    const listed = await auth.api.listSessions({ headers: laptop.headers() });
    expect(listed).toHaveLength(3); // sign-up's own session plus the two sign-ins
    const phoneSession = await auth.api.getSession({ headers: phone.headers() });
    await auth.api.revokeSession({ body: { token: phoneSession!.session.token }, headers: laptop.headers() });
    expect(await auth.api.getSession({ headers: phone.headers() })).toBeNull();
    expect(await auth.api.getSession({ headers: laptop.headers() })).not.toBeNull();

    const stolen = laptop.headers();
    const out = await auth.api.signOut({ headers: laptop.headers(), returnHeaders: true });
    laptop.take(out.headers.get("set-cookie"));
    expect(await auth.api.getSession({ headers: laptop.headers() })).toBeNull();
    // The old cookie, replayed after sign-out, opens nothing: the row is gone, not just the cookie.
    expect(await auth.api.getSession({ headers: stolen })).toBeNull();
  });

  it("an expired session is refused and deleted on the server", async () => {
    const auth = await testAuth(db());
    const { jar, userId } = await guest(auth);
    await db().update(schema.session).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(schema.session.userId, userId));
    expect(await auth.api.getSession({ headers: jar.headers() })).toBeNull();
    expect(await db().select().from(schema.session).where(eq(schema.session.userId, userId))).toEqual([]);
  });

  it("a session used after a day moves its expiry forward (sliding), and a forged cookie is nobody", async () => {
    const auth = await testAuth(db());
    const { jar, userId } = await guest(auth);
    const old = new Date(Date.now() + 10 * DAY);
    await db().update(schema.session).set({ expiresAt: old }).where(eq(schema.session.userId, userId));
    await auth.api.getSession({ headers: jar.headers() });
    const [row] = await db().select().from(schema.session).where(eq(schema.session.userId, userId));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(old.getTime() + 15 * DAY);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: "pm.session_token=forged.value" }) })).toBeNull();
  });

  it("purges guests inactive past the cutoff with all their rows, never accounts or active guests", async () => {
    const auth = await testAuth(db());
    await db().delete(schema.users);
    const stale = await guest(auth);
    const active = await guest(auth);
    await seedEveryTable(db(), stale.userId);
    const account = await auth.api.signUpEmail({ body: { email: "kept@example.com", password: PASSWORD, name: "" } });
    const longAgo = new Date(Date.now() - 40 * DAY);
    await db().update(schema.users).set({ createdAt: longAgo });
    await db().update(schema.session).set({ updatedAt: longAgo }).where(sql`user_id in (${stale.userId}, ${account.user.id})`);

    const purged = await purgeInactiveGuests({ db: db(), before: new Date(Date.now() - 30 * DAY) });
    expect(purged).toBe(1);
    expect(await countUsers({ db: db() })).toEqual({ guests: 1, accounts: 1 });
    const left = rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from signal where user_id = ${stale.userId}`));
    expect(left).toEqual([{ n: 0 }]);
    const kept = await db().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.isAnonymous, true));
    expect(kept).toEqual([{ id: active.userId }]);
  });
});
