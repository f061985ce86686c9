/**
 * The quotas in the database (docs/design.md, "Limits"), on both drivers: exact counts to the limit, a refusal
 * with the time left, a closed window that reopens, the reply quota by user kind on every surface (a 429 with
 * Retry-After, nothing stored), guests and auth attempts per IP and per email through better-auth, and on
 * PostgreSQL two app instances (two pools) counting the same counters at once; a third time through PgBouncer in
 * transaction pooling, where every check runs (unnamed statements, any server connection).
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { POST as chatRoute } from "@/app/api/chat/route";
import { POST as explainRoute } from "@/app/api/explain/route";
import { POST as previewRoute } from "@/app/api/preview/route";
import { POST as summarizeRoute } from "@/app/api/summarize/route";
import { openDatabase, type Database } from "@/db/client";
import { hitQuota, purgeClosedQuotas } from "@/db/queries/quotas";
import { countUsers } from "@/db/queries/user-data";
import { quotaCounter, users } from "@/db/schema";
import { countAuthAttempt, refusedFor } from "@/lib/auth/limits";
import { env, resetEnvCache } from "@/lib/env";
import { requireUserId } from "@/lib/session";
import { createUser, jsonRequest, setEnv, uiChunks, userMessage } from "@/tests/ai-fixtures";
import { installAppDatabase } from "@/tests/app-database";
import { testAuth } from "@/tests/auth";
import { describeDrivers, rowsOf } from "@/tests/databases";
import { hashUserRows } from "@/tests/row-hash";
import { quotaSubject, requireReplyQuota } from "./limits";
import { DAY_S, guestRefusal, HOUR_S } from "./rules";
import { ageQuotaWindows, quotaHits } from "./testing";

vi.mock("@/lib/session", () => ({ requireUserId: vi.fn() }));

const PASSWORD = "correct horse battery";
const ip = (n: number) => new Headers({ "x-forwarded-for": `198.51.100.${n}` });

describeDrivers("quotas", (ctx) => {
  installAppDatabase(ctx);
  const db = () => ctx.database.db;
  let restoreEnv: () => void;

  beforeAll(() => {
    restoreEnv = setEnv({
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: undefined,
      OFFLINE_MODEL_DELAY_MS: "0",
      QUOTA_REPLIES_PER_DAY_GUEST: "3",
      QUOTA_REPLIES_PER_DAY_ACCOUNT: "5",
      QUOTA_GUESTS_PER_HOUR_PER_IP: "2",
      QUOTA_SIGN_INS_PER_HOUR_PER_IP: "4",
      QUOTA_SIGN_INS_PER_HOUR_PER_EMAIL: "2",
      QUOTA_SIGN_UPS_PER_HOUR_PER_IP: "3",
      QUOTA_SIGN_UPS_PER_HOUR_PER_EMAIL: "2",
      QUOTA_RESETS_PER_HOUR_PER_IP: "3",
      QUOTA_RESETS_PER_HOUR_PER_EMAIL: "1",
      QUOTA_PROXY_HOPS: "0",
    });
  });
  beforeEach(async () => {
    await db().delete(quotaCounter);
  });
  afterAll(() => restoreEnv());

  const guestUser = async () => {
    const id = crypto.randomUUID();
    await db().insert(users).values({ id, isAnonymous: true });
    return id;
  };
  const hit = (limit: number) => hitQuota({ db: db(), scope: "sign_in_ip", subject: "s", limit, windowSeconds: HOUR_S });

  it("counts exactly to the limit, then refuses with the time left and changes nothing; a closed window reopens at 1", async () => {
    const hits = [];
    for (let i = 0; i < 5; i++) hits.push(await hit(3));
    expect(hits.map((h) => [h.counted, h.hits])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 3],
      [false, 3],
    ]);
    expect(hits[3]!.retryAfterSeconds).toBeGreaterThan(HOUR_S - 60);
    expect(hits[3]!.retryAfterSeconds).toBeLessThanOrEqual(HOUR_S);
    await ageQuotaWindows(db(), HOUR_S - 600);
    const later = await hit(3);
    expect(later.counted).toBe(false);
    expect(later.retryAfterSeconds).toBeGreaterThan(540);
    expect(later.retryAfterSeconds).toBeLessThanOrEqual(600);
    await ageQuotaWindows(db(), 600);
    expect(await hit(3)).toMatchObject({ counted: true, hits: 1 });
    expect(await quotaHits(db(), "sign_in_ip")).toEqual([1]);
  });

  it("keeps the counters in an unlogged table: no WAL flush per count, and empty after a crash", async () => {
    const result = await db().execute(sql`select relpersistence from pg_class where relname = 'quota_counter'`);
    expect(rowsOf<{ relpersistence: string }>(result)).toEqual([{ relpersistence: "u" }]);
  });

  it("keys a counter by a hash, never by the id, address or email itself", async () => {
    const alice = await createUser(db());
    await requireReplyQuota({ db: db(), userId: alice });
    const [row] = await db().select().from(quotaCounter);
    expect(row).toMatchObject({ scope: "reply", subject: quotaSubject(alice), hits: 1 });
    expect(row!.subject).not.toContain(alice);
  });

  it("replies: a guest gets its limit and an account its own, each then refused with a 24-hour wait", async () => {
    const guest = await guestUser();
    const account = await createUser(db());
    const run = async (userId: string, n: number) => {
      const outcomes: string[] = [];
      for (let i = 0; i < n; i++) {
        outcomes.push(
          await requireReplyQuota({ db: db(), userId }).then(
            () => "ok",
            (err: { status: number; retryAfterSeconds: number; message: string }) => `${err.status} ${err.retryAfterSeconds > DAY_S - 60} ${err.message}`,
          ),
        );
      }
      return outcomes;
    };
    const guestRefusal =
      "429 true You have used all 3 replies of the last 24 hours. Try again in 24 hours, or create an account for 5 a day.";
    expect(await run(guest, 4)).toEqual(["ok", "ok", "ok", guestRefusal]);
    expect(await run(account, 6)).toEqual([...Array(5).fill("ok"), "429 true You have used all 5 replies of the last 24 hours. Try again in 24 hours."]);
    await ageQuotaWindows(db(), DAY_S);
    expect(await run(guest, 1)).toEqual(["ok"]);
  });

  it("a limit of 0 turns a quota off: nothing is counted", async () => {
    const restore = setEnv({ QUOTA_REPLIES_PER_DAY_GUEST: "0", QUOTA_REPLIES_PER_DAY_ACCOUNT: "0" });
    try {
      const guest = await guestUser();
      for (let i = 0; i < 10; i++) await requireReplyQuota({ db: db(), userId: guest });
      expect(await quotaHits(db(), "reply")).toEqual([]);
    } finally {
      restore();
    }
  });

  it("every surface shares one reply budget; over it, a 429 with Retry-After and a clear message, and nothing stored", async () => {
    const guest = await guestUser();
    vi.mocked(requireUserId).mockResolvedValue(guest);
    const conversationId = crypto.randomUUID();
    const chat = () => chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId, message: userMessage("What is a tide?") }));
    const explain = () => explainRoute(jsonRequest("/api/explain", { text: "Tides follow the moon." }));
    const summarize = () => summarizeRoute(jsonRequest("/api/summarize", { text: "Tides follow the moon." }));
    const preview = () => previewRoute(jsonRequest("/api/preview", {}));
    for (const call of [chat, explain, summarize]) {
      const res = await call();
      expect(res.status).toBe(200);
      expect((await uiChunks(res)).at(-1)?.type).toBe("finish");
    }
    const before = await hashUserRows(db(), guest);
    for (const call of [preview, chat, explain]) {
      const res = await call();
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(DAY_S - 60);
      expect(await res.json()).toEqual({
        error: {
          code: "too_many_requests:surface",
          message: "You have used all 3 replies of the last 24 hours. Try again in 24 hours, or create an account for 5 a day.",
          retryAfterSeconds: retryAfter,
        },
      });
    }
    expect(await hashUserRows(db(), guest)).toEqual(before);
    expect(await quotaHits(db(), "reply")).toEqual([3]);
  });

  it("the quota decides before the chat's own read: over it, someone else's or a missing conversation is the 429, and a 404 under it still counts", async () => {
    const [guest, other] = [await guestUser(), await guestUser()];
    const theirs = crypto.randomUUID();
    vi.mocked(requireUserId).mockResolvedValue(other);
    const ask = (conversationId: string) =>
      chatRoute(jsonRequest("/api/chat", { trigger: "submit-message", conversationId, message: userMessage("What is a tide?") }));
    const first = await ask(theirs);
    expect(first.status).toBe(200);
    expect((await uiChunks(first)).at(-1)?.type).toBe("finish");
    vi.mocked(requireUserId).mockResolvedValue(guest);
    // Under the limit someone else's conversation is a 404, and the attempt still counts: the quota counts first.
    const notOwned = await ask(theirs);
    expect(notOwned.status).toBe(404);
    expect((await notOwned.json()).error.code).toBe("not_found:chat");
    for (let i = 0; i < 2; i++) {
      const res = await ask(crypto.randomUUID());
      expect(res.status).toBe(200);
      expect((await uiChunks(res)).at(-1)?.type).toBe("finish");
    }
    const before = await hashUserRows(db(), guest);
    for (const conversationId of [theirs, crypto.randomUUID()]) {
      const res = await ask(conversationId);
      expect(res.status).toBe(429);
      expect((await res.json()).error.code).toBe("too_many_requests:surface");
    }
    expect(await hashUserRows(db(), guest)).toEqual(before);
    // Per user (hashed): `other` used 1, the guest its 3; the two refusals counted nothing.
    expect((await quotaHits(db(), "reply")).sort()).toEqual([1, 3]);
  });

  it("guests per IP: over the limit better-auth's endpoint answers 429 with Retry-After and creates no user; another IP may", async () => {
    const auth = await testAuth(db(), { ...process.env } as Record<string, string>);
    await auth.api.signInAnonymous({ headers: ip(1) });
    await auth.api.signInAnonymous({ headers: ip(1) });
    const before = await countUsers({ db: db() });
    const refused = await auth.api.signInAnonymous({ headers: ip(1) }).catch((err: unknown) => err);
    const wait = refusedFor(refused)?.retryAfterSeconds ?? 0;
    expect(wait).toBeGreaterThan(HOUR_S - 60);
    expect(refusedFor(refused)?.message).toBe(guestRefusal(wait));
    const res = await auth.handler(new Request(`${env().APP_URL}/api/auth/sign-in/anonymous`, { method: "POST", headers: ip(1) }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(HOUR_S - 60);
    expect(await res.json()).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await countUsers({ db: db() })).toEqual(before);
    await auth.api.signInAnonymous({ headers: ip(2) });
    expect((await countUsers({ db: db() })).guests).toBe(before.guests + 1);
    // A server-side call carries no address: not counted per IP.
    await auth.api.signInAnonymous();
    expect(await quotaHits(db(), "guest_ip")).toEqual([2, 1]);
  });

  it("sign-in per email (whatever the case or the IP) and per IP; a refused attempt never checks the password", async () => {
    const auth = await testAuth(db(), { ...process.env } as Record<string, string>);
    await auth.api.signUpEmail({ body: { email: "ada@example.com", password: PASSWORD, name: "" }, headers: ip(10) });
    const signIn = (email: string, password: string, n: number) =>
      auth.api.signInEmail({ body: { email, password }, headers: ip(n) }).then(
        () => "ok",
        (err: unknown) => (refusedFor(err) ? "429" : "wrong"),
      );
    expect(await signIn("ada@example.com", "not the password", 11)).toBe("wrong");
    expect(await signIn(" ADA@example.com", "not the password", 12)).toBe("wrong");
    // The right password, but the email's counter is full: refused before it is checked.
    expect(await signIn("ada@example.com", PASSWORD, 13)).toBe("429");
    // Per IP: 4 attempts an hour from one address, whichever emails.
    const fromOne = [];
    for (const email of ["b@example.com", "c@example.com", "d@example.com", "e@example.com", "f@example.com"]) {
      fromOne.push(await signIn(email, PASSWORD, 20));
    }
    expect(fromOne).toEqual(["wrong", "wrong", "wrong", "wrong", "429"]);
  });

  it("sign-up and reset requests per email and per IP", async () => {
    const auth = await testAuth(db(), { ...process.env } as Record<string, string>);
    const signUp = (email: string, n: number) =>
      auth.api.signUpEmail({ body: { email, password: "short", name: "" }, headers: ip(n) }).then(
        () => "ok",
        (err: unknown) => (refusedFor(err) ? "429" : "refused"),
      );
    expect([await signUp("g@example.com", 30), await signUp("g@example.com", 31), await signUp("g@example.com", 32)]).toEqual([
      "refused",
      "refused",
      "429",
    ]);
    expect([await signUp("h@example.com", 33), await signUp("i@example.com", 33), await signUp("j@example.com", 33), await signUp("k@example.com", 33)]).toEqual([
      "refused",
      "refused",
      "refused",
      "429",
    ]);
    const reset = (email: string, n: number) =>
      auth.api.requestPasswordReset({ body: { email }, headers: ip(n) }).then(
        () => "ok",
        (err: unknown) => (refusedFor(err) ? "429" : "failed"),
      );
    expect([await reset("nobody@example.com", 40), await reset("nobody@example.com", 41)]).toEqual(["ok", "429"]);
    expect([await reset("x1@example.com", 42), await reset("x2@example.com", 42), await reset("x3@example.com", 42), await reset("x4@example.com", 42)]).toEqual([
      "ok",
      "ok",
      "ok",
      "429",
    ]);
  });

  it("bad input: an email that is not a string, or a garbage address, is still counted where it can be, under a fixed-size key", async () => {
    for (const body of [{ email: 42 }, { email: ["a@example.com"] }, null, "email=a@example.com"]) {
      await countAuthAttempt({ db: db(), path: "/sign-in/email", headers: ip(50), body });
    }
    expect(await quotaHits(db(), "sign_in_ip")).toEqual([4]);
    expect(await quotaHits(db(), "sign_in_email")).toEqual([]);
    const garbage = new Headers({ "x-forwarded-for": `${"x".repeat(5000)}, <script>` });
    await countAuthAttempt({ db: db(), path: "/sign-up/email", headers: garbage, body: { email: "é@example.com" } });
    const rows = await db().select().from(quotaCounter).where(eq(quotaCounter.scope, "sign_up_ip"));
    expect(rows.map((r) => [r.subject, r.hits])).toEqual([[quotaSubject("<script>"), 1]]);
    expect(rows[0]!.subject).toHaveLength(43);
    // Paths the quotas do not meter count nothing.
    await countAuthAttempt({ db: db(), path: "/get-session", headers: ip(50), body: { email: "a@example.com" } });
    expect(await db().$count(quotaCounter)).toBe(3);
  });

  it("the daily purge deletes only counters whose longest window has closed", async () => {
    await hit(3);
    await ageQuotaWindows(db(), DAY_S + 1);
    await hitQuota({ db: db(), scope: "reset_ip", subject: "fresh", limit: 3, windowSeconds: HOUR_S });
    expect(await purgeClosedQuotas({ db: db(), windowSeconds: DAY_S })).toBe(1);
    expect(await db().select({ scope: quotaCounter.scope }).from(quotaCounter)).toEqual([{ scope: "reset_ip" }]);
  });

  it("refuses a malformed limit at startup with the variable's name", () => {
    for (const bad of ["-1", "2.5", "many", "2147483648"]) {
      const restore = setEnv({ QUOTA_GUESTS_PER_HOUR_PER_IP: bad });
      try {
        expect(() => env()).toThrow(/QUOTA_GUESTS_PER_HOUR_PER_IP/);
      } finally {
        restore();
      }
    }
    resetEnvCache();
  });

  it("counts exactly under concurrent attempts: two app instances (two pools on PostgreSQL) on the same counters", async () => {
    // On PostgreSQL a second client with its own pool of connections, as a second `next start` would open; on
    // PGlite (one process per data folder) the same client, attempts interleaved on its one connection.
    const second: Database = ctx.database.url
      ? await openDatabase({ url: ctx.database.url, poolMode: ctx.driver === "pgbouncer" ? "transaction" : "session" })
      : ctx.database;
    try {
      const instances = [db(), second.db];
      const attempts = Array.from({ length: 60 }, (_, i) =>
        hitQuota({ db: instances[i % 2]!, scope: "sign_up_ip", subject: "shared", limit: 25, windowSeconds: HOUR_S }),
      );
      const outcomes = await Promise.all(attempts);
      expect(outcomes.filter((o) => o.counted)).toHaveLength(25);
      expect(outcomes.filter((o) => o.counted).map((o) => o.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(await quotaHits(db(), "sign_up_ip")).toEqual([25]);

      const guest = await guestUser();
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) => requireReplyQuota({ db: instances[i % 2]!, userId: guest }).then(() => true, () => false)),
      );
      expect(replies.filter(Boolean)).toHaveLength(3);
      const [row] = await db().select().from(quotaCounter).where(eq(quotaCounter.subject, quotaSubject(guest)));
      expect(row?.hits).toBe(3);
    } finally {
      if (second !== ctx.database) await second.close();
    }
  });
}, { pgbouncer: true });
