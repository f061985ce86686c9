/** Drives better-auth the way a browser does (cookies in, cookies out) for the accounts integration tests. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { buildAuth, type Auth } from "@/lib/auth/server";
import { resetEnvCache } from "@/lib/env";

export async function testAuth(db: Db, env: Record<string, string> = {}): Promise<Auth> {
  Object.assign(process.env, { SESSION_SECRET: "test-secret-0123456789-0123456789-0123", ...env });
  resetEnvCache();
  return buildAuth(db, { inNext: false });
}

/** A browser's cookie jar, reduced to what better-auth reads. */
export class Jar {
  private cookies = new Map<string, string>();

  take(setCookie: string | null): this {
    // Set-Cookie values joined by ", " (Headers.get); an expiry date also holds ", ", so split on cookie starts.
    for (const part of (setCookie ?? "").split(/,\s*(?=[\w.-]+=)/)) {
      const [pair, ...attrs] = part.split(";");
      const eq = pair!.indexOf("=");
      if (eq < 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }

  headers(extra: Record<string, string> = {}): Headers {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return new Headers({ ...(cookie ? { cookie } : {}), ...extra });
  }
}

export async function guest(auth: Auth): Promise<{ jar: Jar; userId: string }> {
  const res = await auth.api.signInAnonymous({ returnHeaders: true });
  return { jar: new Jar().take(res.headers.get("set-cookie")), userId: res.response!.user.id };
}

/** One row in every user-data table, so a move can be checked table by table (a new table must be seeded here). */
export async function seedEveryTable(db: Db, userId: string): Promise<void> {
  const conversationId = crypto.randomUUID();
  const responseId = crypto.randomUUID();
  const amendmentId = crypto.randomUUID();
  const atoms = `'{"tone":1,"length":1,"density":1,"mathComfort":1,"level":1,"domain":"general","language":"en","aboutMe":"","version":1}'::jsonb`;
  const statements = [
    sql`insert into profile_atoms (user_id, tone, length, density, math_comfort, level, domain, language) values (${userId}, 1, 1, 1, 1, 1, 'general', 'en')`,
    sql`insert into personality_summary (user_id, text, provenance, version) values (${userId}, 'I read slowly.', 'user', 1)`,
    sql`insert into personality_summary_version (user_id, version, text, provenance, reason, atoms) values (${userId}, 1, 'I read slowly.', 'user', 'test', ${sql.raw(atoms)})`,
    sql`insert into amendment (id, user_id, text, source) values (${amendmentId}, ${userId}, 'Shorter.', 'nudge')`,
    sql`insert into conversation (id, user_id, title) values (${conversationId}, ${userId}, 'Hello')`,
    sql`insert into ai_response (id, user_id, surface, conversation_id, prompt, text, summary_version) values (${responseId}, ${userId}, 'chat', ${conversationId}, 'hi', 'hello', 1)`,
    sql`insert into api_key (user_id, name, prefix, hash) values (${userId}, 'Notes', 'pmk_abcdef', ${`seed-${userId}`})`,
    sql`insert into message (conversation_id, user_id, role, text, response_id) values (${conversationId}, ${userId}, 'assistant', 'hello', ${responseId})`,
    sql`insert into signal (user_id, dimension, value, source, response_id) values (${userId}, 'tone', 0.5, 'thumb', ${responseId})`,
    sql`insert into preference_stat (user_id, dimension, state, n) values (${userId}, 'tone', '{}'::jsonb, 1)`,
    sql`insert into refinement_check (user_id, status, seed, summary_version, amendment_id) values (${userId}, 'aligned', 1, 1, ${amendmentId})`,
  ];
  for (const s of statements) await db.execute(s);
}
