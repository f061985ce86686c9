import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { guest, Jar, testAuth } from "@/tests/auth";
import { countingDb as countingDbOf, describeDrivers } from "@/tests/databases";
import type { Auth } from "./server";
import { checkSession } from "./session-check";

const PASSWORD = "correct horse battery";
const SECRET = "test-secret-0123456789-0123456789-0123";
const DAY = 24 * 60 * 60 * 1000;
const COOKIE = "pm.session_token";

/** A cookie value signed the way better-call signs one (what a holder of the secret could make). */
function signed(value: string, secret = SECRET): string {
  return encodeURIComponent(`${value}.${createHmac("sha256", secret).update(value).digest("base64")}`);
}

describeDrivers(
  "the session check",
  (ctx) => {
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

    async function account(auth: Auth, email: string): Promise<{ jar: Jar; userId: string; token: string }> {
      const res = await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: "" }, returnHeaders: true });
      return { jar: new Jar().take(res.headers.get("set-cookie")), userId: res.response!.user.id, token: res.response!.token! };
    }

    const check = (auth: Auth, headers: Headers, on: Db = db()) => checkSession({ auth, db: on, headers });
    const sessionsOf = (userId: string) => db().select().from(schema.session).where(eq(schema.session.userId, userId));

    it("finds a guest and an account, each with its kind, in exactly one query and no write", async () => {
      const counting = countingDb();
      const auth = await testAuth(counting.db);
      const g = await guest(auth);
      const a = await account(auth, "kind@example.com");
      const [before] = await sessionsOf(a.userId);
      counting.queries.length = 0;
      const asGuest = await check(auth, g.jar.headers(), counting.db);
      expect(asGuest).toMatchObject({ userId: g.userId, kind: "guest", email: null });
      expect(counting.queries).toHaveLength(1);
      counting.queries.length = 0;
      const asAccount = await check(auth, a.jar.headers(), counting.db);
      expect(asAccount).toEqual({ userId: a.userId, kind: "account", email: "kind@example.com", sessionId: before!.id });
      expect(counting.queries).toHaveLength(1);
      expect(counting.queries[0]).toMatch(/^(select|execute pm_session_check_)/);
      const [after] = await sessionsOf(a.userId);
      expect(after).toEqual(before);
    });

    it("answers what better-auth's getSession answers", async () => {
      const auth = await testAuth(db());
      const g = await guest(auth);
      const a = await account(auth, "same@example.com");
      for (const headers of [g.jar.headers(), a.jar.headers()]) {
        const found = await auth.api.getSession({ headers });
        expect(await check(auth, headers)).toEqual({
          userId: found!.user.id,
          kind: found!.user.isAnonymous ? "guest" : "account",
          email: found!.user.isAnonymous ? null : found!.user.email,
          sessionId: found!.session.id,
        });
      }
    });

    it("a tampered or forged cookie is nobody, without a query", async () => {
      const counting = countingDb();
      const auth = await testAuth(counting.db);
      const a = await account(auth, "tamper@example.com");
      const value = decodeURIComponent(a.jar.headers().get("cookie")!.split(`${COOKIE}=`)[1]!.split(";")[0]!);
      const [token, signature] = [value.slice(0, value.lastIndexOf(".")), value.slice(value.lastIndexOf(".") + 1)];
      const flipped = signature[0] === "A" ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
      const cookies = [
        `${token}.${flipped}`, // the signature changed
        `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}.${signature}`, // the token changed
        token, // no signature
        `${token}.${signature.slice(0, -2)}=`, // a signature of the wrong length
        signed(token, "another-secret-0123456789-0123456789"), // signed with another secret
      ];
      counting.queries.length = 0;
      for (const cookie of cookies) {
        expect(await check(auth, new Headers({ cookie: `${COOKIE}=${encodeURIComponent(cookie)}` }), counting.db)).toBeNull();
      }
      expect(await check(auth, new Headers({ cookie: `${COOKIE}=${signed(token, "another-secret-0123456789-0123456789")}` }), counting.db)).toBeNull();
      expect(counting.queries).toEqual([]);
      // The untouched cookie still opens the session: the refusals above were the tampering's.
      expect((await check(auth, a.jar.headers()))?.userId).toBe(a.userId);
    });

    it("another user's session id in the cookie, even signed with the secret, is nobody", async () => {
      const auth = await testAuth(db());
      const victim = await account(auth, "victim@example.com");
      const [victimSession] = await sessionsOf(victim.userId);
      const attacker = await guest(auth);
      const attackerValue = decodeURIComponent(attacker.jar.headers().get("cookie")!.split(`${COOKIE}=`)[1]!);
      const attackerSignature = attackerValue.slice(attackerValue.lastIndexOf(".") + 1);
      // The session's id is not its token: looked up by token, an id finds nothing.
      expect(await check(auth, new Headers({ cookie: `${COOKIE}=${signed(victimSession!.id)}` }))).toBeNull();
      // Their id (or token) under the attacker's own signature fails the signature.
      expect(await check(auth, new Headers({ cookie: `${COOKIE}=${encodeURIComponent(`${victimSession!.id}.${attackerSignature}`)}` }))).toBeNull();
      expect(await check(auth, new Headers({ cookie: `${COOKIE}=${encodeURIComponent(`${victim.token}.${attackerSignature}`)}` }))).toBeNull();
      // Their user id is no way in either.
      expect(await check(auth, new Headers({ cookie: `${COOKIE}=${signed(victim.userId)}` }))).toBeNull();
      expect((await check(auth, attacker.jar.headers()))?.userId).toBe(attacker.userId);
    });

    it("an expired session is nobody, and better-auth deletes its row", async () => {
      const auth = await testAuth(db());
      const { jar, userId } = await guest(auth);
      await db().update(schema.session).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(schema.session.userId, userId));
      expect(await check(auth, jar.headers())).toBeNull();
      expect(await sessionsOf(userId)).toEqual([]);
    });

    it("a revoked or deleted session is nobody on the very next check, in one query", async () => {
      const counting = countingDb();
      const auth = await testAuth(counting.db);
      const a = await account(auth, "revoke@example.com");
      const signIn = async () => {
        const res = await auth.api.signInEmail({ body: { email: "revoke@example.com", password: PASSWORD }, returnHeaders: true });
        return { jar: new Jar().take(res.headers.get("set-cookie")), token: res.response!.token };
      };
      const phone = await signIn();
      expect((await check(auth, phone.jar.headers()))?.userId).toBe(a.userId);
      await auth.api.revokeSession({ body: { token: phone.token }, headers: a.jar.headers() });
      counting.queries.length = 0;
      expect(await check(auth, phone.jar.headers(), counting.db)).toBeNull();
      expect(counting.queries).toHaveLength(1);
      // Deleted under it (account deletion, the guest purge, a password reset's revocation): the same.
      expect((await check(auth, a.jar.headers()))?.userId).toBe(a.userId);
      await db().delete(schema.session).where(eq(schema.session.token, a.token));
      expect(await check(auth, a.jar.headers())).toBeNull();
      // Signing out: the old cookie opens nothing afterwards.
      const laptop = await signIn();
      const stolen = laptop.jar.headers();
      await auth.api.signOut({ headers: laptop.jar.headers() });
      expect(await check(auth, stolen)).toBeNull();
    });

    it("a session due for its refresh goes through better-auth, which moves its expiry and keeps it working", async () => {
      const auth = await testAuth(db());
      const a = await account(auth, "refresh@example.com");
      const due = { expiresAt: new Date(Date.now() + 10 * DAY), updatedAt: new Date(Date.now() - 20 * DAY) };
      await db().update(schema.session).set(due).where(eq(schema.session.userId, a.userId));
      expect(await check(auth, a.jar.headers())).toMatchObject({ userId: a.userId, kind: "account" });
      const [row] = await sessionsOf(a.userId);
      expect(row!.expiresAt.getTime()).toBeGreaterThan(due.expiresAt.getTime() + 15 * DAY);
      expect(row!.updatedAt.getTime()).toBeGreaterThan(due.updatedAt.getTime() + 15 * DAY);
      // Refreshed, the next check is the one-query path again, and still finds the user.
      const counting = countingDb();
      expect((await check(auth, a.jar.headers(), counting.db))?.userId).toBe(a.userId);
      expect(counting.queries).toHaveLength(1);
    });

    it("a session not yet due is left alone", async () => {
      const auth = await testAuth(db());
      const { jar, userId } = await guest(auth);
      const [before] = await sessionsOf(userId);
      await check(auth, jar.headers());
      expect((await sessionsOf(userId))[0]).toEqual(before);
    });

    it("reads the __Secure- cookie when cookies are secure", async () => {
      const auth = await testAuth(db(), { SESSION_COOKIE_SECURE: "true" });
      const res = await auth.api.signInAnonymous({ returnHeaders: true });
      const jar = new Jar().take(res.headers.get("set-cookie"));
      expect(jar.headers().get("cookie")).toMatch(/^__Secure-pm\.session_token=/);
      expect((await check(auth, jar.headers()))?.userId).toBe(res.response!.user.id);
      // The plain name is not the session cookie there.
      const plain = jar.headers().get("cookie")!.replace("__Secure-", "");
      expect(await check(auth, new Headers({ cookie: plain }))).toBeNull();
    });
  },
  { pgbouncer: true },
);
