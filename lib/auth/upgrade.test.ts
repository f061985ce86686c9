import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { conversation, users } from "@/db/schema";
import { countUserData, hasUserData, tableName, userDataTables } from "@/db/queries/user-data";
import { guest, Jar, seedEveryTable, testAuth } from "@/tests/auth";
import { describeDrivers } from "@/tests/databases";
import type { Auth } from "./server";
import { KEEP_HEADER } from "./upgrade";

const PASSWORD = "correct horse battery";

describeDrivers("guest → account upgrade", (ctx) => {
  let auth: Auth;
  const db = () => ctx.database.db;
  const setup = async () => (auth ??= await testAuth(db()));

  it("finds every user-data table from the schema, without the auth tables", () => {
    const names = userDataTables().map(tableName).sort();
    expect(names).toEqual([
      "ai_response",
      "amendment",
      "api_key",
      "conversation",
      "message",
      "personality_summary",
      "personality_summary_version",
      "preference_stat",
      "profile_atoms",
      "refinement_check",
      "signal",
    ]);
  });

  it("sign-up from a guest moves every row to the new account, table by table, and deletes the guest", async () => {
    await setup();
    const { jar, userId: guestId } = await guest(auth);
    await seedEveryTable(db(), guestId);
    const before = await countUserData({ db: db(), userId: guestId });
    for (const t of userDataTables()) expect(before[tableName(t)], tableName(t)).toBeGreaterThan(0);

    const signedUp = await auth.api.signUpEmail({
      body: { email: "upgrade@example.com", password: PASSWORD, name: "" },
      headers: jar.headers(),
    });
    const accountId = signedUp.user.id;
    expect(accountId).not.toBe(guestId);
    expect(await countUserData({ db: db(), userId: accountId })).toEqual(before);
    expect(Object.values(await countUserData({ db: db(), userId: guestId })).every((n) => n === 0)).toBe(true);
    expect(await db().select().from(users).where(eq(users.id, guestId))).toEqual([]);
    const [account] = await db().select().from(users).where(eq(users.id, accountId));
    expect(account).toMatchObject({ email: "upgrade@example.com", isAnonymous: false });
  });

  it("a guest with data signing in must choose; keeping the account's drops the guest, keeping the guest's replaces the account's", async () => {
    await setup();
    const signIn = (jar: Jar, keep?: string) =>
      auth.api.signInEmail({
        body: { email: "keeper@example.com", password: PASSWORD },
        headers: jar.headers(keep ? { [KEEP_HEADER]: keep } : {}),
      });
    const owner = await auth.api.signUpEmail({ body: { email: "keeper@example.com", password: PASSWORD, name: "" } });
    const accountId = owner.user.id;
    await seedEveryTable(db(), accountId);
    const accountRows = await countUserData({ db: db(), userId: accountId });

    // No choice: refused with 409, nothing changes on either side.
    const first = await guest(auth);
    await seedEveryTable(db(), first.userId);
    await expect(signIn(first.jar)).rejects.toMatchObject({ statusCode: 409 });
    expect(await hasUserData({ db: db(), userId: first.userId })).toBe(true);
    expect(await countUserData({ db: db(), userId: accountId })).toEqual(accountRows);

    // Keep the account's: the account is untouched, the guest and its rows are gone.
    await signIn(first.jar, "account");
    expect(await countUserData({ db: db(), userId: accountId })).toEqual(accountRows);
    expect(await hasUserData({ db: db(), userId: first.userId })).toBe(false);

    // Keep the guest's: the account now holds exactly the guest's rows (its own were replaced, not merged).
    const second = await guest(auth);
    await seedEveryTable(db(), second.userId);
    const conversationTitle = "Guest's chat";
    await db().execute(sql`update conversation set title = ${conversationTitle} where user_id = ${second.userId}`);
    await signIn(second.jar, "guest");
    expect(await countUserData({ db: db(), userId: accountId })).toEqual(accountRows);
    const titles = await db().select({ title: conversation.title }).from(conversation).where(eq(conversation.userId, accountId));
    expect(titles).toEqual([{ title: conversationTitle }]);
  });

  it("a guest with nothing signs in without being asked, and never wipes the account", async () => {
    await setup();
    const owner = await auth.api.signUpEmail({ body: { email: "empty-guest@example.com", password: PASSWORD, name: "" } });
    await seedEveryTable(db(), owner.user.id);
    const rows = await countUserData({ db: db(), userId: owner.user.id });
    const { jar } = await guest(auth);
    await auth.api.signInEmail({ body: { email: "empty-guest@example.com", password: PASSWORD }, headers: jar.headers({ [KEEP_HEADER]: "guest" }) });
    expect(await countUserData({ db: db(), userId: owner.user.id })).toEqual(rows);
  });
});
