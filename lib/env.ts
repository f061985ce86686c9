/**
 * Every environment variable the app reads, validated once. Nothing but the model key is needed to run, and
 * the model key is optional: without it the offline demo model answers. Listed and explained in .env.example.
 */
import { z } from "zod";
import { SITTING_GAP_MS } from "@/lib/personality/drift";

const bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

/** A quota's limit: a whole number of attempts per window, 0 = no limit; at most int4 (the counter's column). */
const quota = (fallback: number) => z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(2_147_483_647).default(fallback));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /**
   * How DATABASE_URL is pooled: "session" (a direct server, or a pooler in session mode) or "transaction"
   * (PgBouncer in transaction pooling, which keeps no named prepared statements between transactions).
   */
  DATABASE_POOL_MODE: z.preprocess(emptyAsUndefined, z.enum(["session", "transaction"]).default("session")),
  DATA_DIR: z.string().min(1).default(".data"),
  PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  SESSION_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "SESSION_SECRET must be at least 32 characters.").optional(),
  ),
  SESSION_COOKIE_SECURE: z.preprocess(emptyAsUndefined, bool),
  /** Server-side lifetime of a session; every day of use slides it forward (docs/accounts.md). */
  SESSION_EXPIRES_DAYS: z.coerce.number().int().min(1).max(400).default(30),
  /** The app's public origin: links in emails point here. */
  APP_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** nodemailer SMTP URL; unset in development: the reset link is printed to the server log instead. */
  SMTP_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  MAIL_FROM: z.string().min(3).default("Profile Maker <no-reply@localhost>"),
  /** Guests with no session activity for this many days are deleted by the guest purge job. */
  GUEST_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  GUEST_PURGE_CRON: z.preprocess(emptyAsUndefined, z.string().min(1).default("17 3 * * *")),
  /** The largest export file an import reads, in bytes (docs/export-format.md); bigger is refused unread (413). */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(25 * 1024 * 1024),
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  OPENAI_CHAT_MODEL: z.string().min(1).default("gpt-4.1-mini"),
  OPENAI_FAST_MODEL: z.string().min(1).default("gpt-4.1-nano"),
  VERBALIZER_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  OFFLINE_MODEL_DELAY_MS: z.coerce.number().int().min(0).default(15),
  JOBS_IN_APP: z.preprocess(emptyAsUndefined, bool),
  /** `npm run bench` only: serves the load run's baseline route (app/api/bench/baseline); 404 otherwise. */
  BENCH_BASELINE_ROUTE: z.preprocess(emptyAsUndefined, bool),
  /**
   * Quotas, kept in the database (docs/design.md, "Limits"); 0 turns one off. Replies per 24 hours on all AI
   * surfaces together, by user kind; new guests per IP per hour; sign-in, sign-up and reset attempts per hour,
   * per IP and per email.
   */
  QUOTA_REPLIES_PER_DAY_GUEST: quota(50),
  QUOTA_REPLIES_PER_DAY_ACCOUNT: quota(500),
  QUOTA_GUESTS_PER_HOUR_PER_IP: quota(20),
  QUOTA_SIGN_INS_PER_HOUR_PER_IP: quota(30),
  QUOTA_SIGN_INS_PER_HOUR_PER_EMAIL: quota(10),
  QUOTA_SIGN_UPS_PER_HOUR_PER_IP: quota(10),
  QUOTA_SIGN_UPS_PER_HOUR_PER_EMAIL: quota(5),
  QUOTA_RESETS_PER_HOUR_PER_IP: quota(10),
  QUOTA_RESETS_PER_HOUR_PER_EMAIL: quota(3),
  /**
   * Proxies in front of the app that append to X-Forwarded-For: the client's address is that many entries from
   * the right (0: the last entry, which `next start` fills from the socket when no proxy sent one).
   */
  QUOTA_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** The drift sweep's schedule (docs/design.md, L4: every 15 minutes); "off" leaves only the on-demand runs. */
  DRIFT_SWEEP_CRON: z.preprocess(emptyAsUndefined, z.string().min(1).default("*/15 * * * *")),
  /** A gap longer than this between two signals starts a new sitting for the drift detector (lib/personality/drift.ts). */
  DRIFT_SITTING_GAP_SECONDS: z.coerce.number().int().min(0).default(SITTING_GAP_MS / 1000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${lines}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function pgliteDataDir(e: Env = env()): string {
  return e.PGLITE_DATA_DIR ?? `${e.DATA_DIR}/pglite`;
}
