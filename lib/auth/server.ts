import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { getDb, type Db } from "@/db/client";
import { authTables } from "@/db/queries/auth";
import { hasUserData } from "@/db/queries/user-data";
import { env } from "@/lib/env";
import { countAuthAttempt } from "./limits";
import { sendResetLink } from "./mail";
import { cookieIsSecure, sessionSecret } from "./secret";
import { KEEP_HEADER, linkGuest, parseKeep } from "./upgrade";

export const MIN_PASSWORD_LENGTH = 10;
export const RESET_TOKEN_TTL_S = 60 * 60;
const DAY_S = 24 * 60 * 60;

/**
 * The one session mechanism: better-auth over our drizzle schema (docs/accounts.md). `inNext: false` (tests,
 * bench) leaves out the next-cookies bridge, which outside a Next request has no cookies to write and would
 * retry importing next/headers on every call.
 */
export async function buildAuth(db: Db, { inNext = true }: { inNext?: boolean } = {}) {
  const e = env();
  return betterAuth({
    appName: "Profile Maker",
    baseURL: e.APP_URL,
    basePath: "/api/auth",
    secret: await sessionSecret(e),
    telemetry: { enabled: false },
    // Model names = the schema's export names, so the adapter finds each table in db.query by name (a lookup
    // by table identity fails in a production bundle, where the schema module may be loaded twice).
    database: drizzleAdapter(db, { provider: "pg", schema: authTables }),
    user: { modelName: "users" },
    // The quotas on guests, sign-in, sign-up and reset are counted in the database by the before hook
    // (lib/auth/limits.ts), so they hold across app instances; better-auth's own limiter counts per process.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "pm",
      useSecureCookies: cookieIsSecure(e),
      // joins: the session check is ONE query (session joined to its user); no cookie cache, so a revoked
      // session is refused on its very next request.
      database: { generateId: "uuid", joins: true },
    },
    session: { expiresIn: e.SESSION_EXPIRES_DAYS * DAY_S, updateAge: DAY_S },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_S,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await sendResetLink({ to: user.email, url: `${e.APP_URL}/reset-password?token=${encodeURIComponent(token)}` });
      },
    },
    hooks: {
      // Quotas first (lib/auth/limits.ts); then a guest with data of its own signing in to an account must say which data to keep: never a silent drop.
      before: createAuthMiddleware(async (ctx) => {
        // First: a refused attempt runs nothing else (no guest created, no password checked).
        await countAuthAttempt({ db, path: ctx.path, headers: ctx.headers, body: ctx.body });
        if (ctx.path !== "/sign-in/email") return;
        const current = await getSessionFromCtx(ctx, { disableRefresh: true });
        if (!current?.user.isAnonymous || parseKeep(ctx.headers?.get(KEEP_HEADER))) return;
        if (await hasUserData({ db, userId: current.user.id })) {
          throw new APIError("CONFLICT", { message: "Choose whether to keep this browser's guest profile or the account's.", code: "KEEP_CHOICE_REQUIRED" });
        }
      }),
    },
    plugins: [
      anonymous({
        onLinkAccount: async ({ anonymousUser, newUser, ctx }) => {
          await linkGuest({
            db,
            guestId: anonymousUser.user.id,
            userId: newUser.user.id,
            signUp: ctx.path.startsWith("/sign-up"),
            keep: parseKeep(ctx.headers?.get(KEEP_HEADER)),
          });
        },
      }),
      // Last, as better-auth requires: lets server actions set the session cookies through next/headers.
      ...(inNext ? [nextCookies()] : []),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof buildAuth>>;

const cache = globalThis as typeof globalThis & { __profileMakerAuth?: Promise<Auth> };

/** The app's better-auth instance, built once the database is open. */
export function getAuth(): Promise<Auth> {
  if (!cache.__profileMakerAuth) {
    cache.__profileMakerAuth = getDb().then(buildAuth);
    cache.__profileMakerAuth.catch(() => {
      cache.__profileMakerAuth = undefined;
    });
  }
  return cache.__profileMakerAuth;
}
