/**
 * One schema for both drivers (PGlite and PostgreSQL). Every table is keyed by user so the store can be
 * distributed by user id (docs/design.md, "Storage, jobs and scale"). Ordinal atoms are option indexes, categoricals option keys.
 */
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { relations, sql, type InferSelectModel } from "drizzle-orm";
import type { Atoms } from "@/lib/personality/atoms";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const provenance = pgEnum("provenance", ["empty", "onboarding", "evolved", "user"]);

const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * better-auth's user table (docs/accounts.md). A guest is a row with is_anonymous = true and a placeholder
 * email; signing up links the guest to a new account row and moves its data (lib/auth/upgrade.ts).
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull().default(""),
    // A row inserted without an email (tests, bench, rows from before accounts) gets a unique placeholder.
    email: text("email")
      .notNull()
      .unique()
      .default(sql`'user-' || gen_random_uuid() || '@placeholder.invalid'`),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    isAnonymous: boolean("is_anonymous").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // The guest purge pages through old guests only.
  (t) => [index("users_guest_idx").on(t.createdAt).where(sql`is_anonymous`)],
);

/** better-auth's sessions: one row per signed-in browser, so a session can be listed, expire and be revoked. */
export const session = pgTable(
  "session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("session_user_idx").on(t.userId, t.updatedAt)],
);

/** better-auth's sign-in methods per user; the password hash (scrypt) lives here for "credential". */
export const account = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

/** better-auth's one-time values (password reset tokens). */
export const verification = pgTable(
  "verification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

// The session check reads session and user in one query: better-auth's joins need these relations, each named
// after the model it reaches ("users", the user model's name here).
export const usersRelations = relations(users, ({ many }) => ({ sessions: many(session), accounts: many(account) }));
export const sessionRelations = relations(session, ({ one }) => ({
  users: one(users, { fields: [session.userId], references: [users.id] }),
}));
export const accountRelations = relations(account, ({ one }) => ({
  users: one(users, { fields: [account.userId], references: [users.id] }),
}));

export const profileAtoms = pgTable("profile_atoms", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tone: smallint("tone").notNull(),
  length: smallint("length").notNull(),
  density: smallint("density").notNull(),
  mathComfort: smallint("math_comfort").notNull(),
  level: smallint("level").notNull(),
  domain: text("domain").notNull(),
  language: text("language").notNull(),
  aboutMe: text("about_me").notNull().default(""),
  /** Compare-and-set token for the mirror: bumped by every writer of atoms. */
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const personalitySummary = pgTable(
  "personality_summary",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    text: text("text").notNull().default(""),
    provenance: provenance("provenance").notNull().default("empty"),
    /** Bumped on every change of the paragraph; responses record the version they were generated with. */
    version: integer("version").notNull().default(0),
    /** The profile_atoms.version this paragraph was verbalized from (the mirror invariant). */
    atomsVersion: integer("atoms_version"),
    reason: text("reason").notNull().default(""),
    /** Drift flagged by the sweep and not yet acted on: the sweep's work list (see lib/jobs/drift-sweep.ts). */
    stale: boolean("stale").notNull().default(false),
    staleDims: text("stale_dims").array().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The sweep pages through the stale paragraphs; the partial index keeps that a few rows whatever the user count.
  (t) => [index("summary_stale_idx").on(t.userId).where(sql`stale`)],
);

export const personalitySummaryVersion = pgTable(
  "personality_summary_version",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    provenance: provenance("provenance").notNull(),
    reason: text("reason").notNull(),
    atoms: jsonb("atoms").$type<Atoms & { aboutMe: string; version: number }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("summary_version_user_idx").on(t.userId, t.version)],
);

export const amendmentStatus = pgEnum("amendment_status", ["proposed", "accepted", "dismissed", "folded"]);
export const amendmentSource = pgEnum("amendment_source", ["nudge", "drift", "refinement"]);

export const amendment = pgTable(
  "amendment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    status: amendmentStatus("status").notNull().default("proposed"),
    source: amendmentSource("source").notNull(),
    /** What prompted it: the atom change, the drifting dimensions, or the refinement check's evidence. */
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("amendment_user_status_idx").on(t.userId, t.status)],
);

export const conversation = pgTable(
  "conversation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull().default("New chat"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversation_user_idx").on(t.userId, t.updatedAt)],
);

export const surface = pgEnum("surface", ["chat", "explain", "summarize", "preview", "gateway"]);

/**
 * A user's API keys for the OpenAI-compatible gateway (docs/gateway.md). Only the SHA-256 of the key is stored
 * (the key is 256 random bits, so a fast hash is enough: there is nothing to guess); `prefix` is its first
 * characters, shown so a person can tell keys apart. A revoked key keeps its row (its replies still name it).
 */
export const apiKey = pgTable(
  "api_key",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The app's name, as the person typed it when creating the key. */
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    /** Hex SHA-256 of the whole key. */
    hash: text("hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_key_user_idx").on(t.userId, t.createdAt)],
);

/** Every AI output on every surface: what the refinement loop samples and what thumbs attach to. */
export const aiResponse = pgTable(
  "ai_response",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    surface: surface("surface").notNull(),
    conversationId: uuid("conversation_id").references(() => conversation.id, { onDelete: "cascade" }),
    prompt: text("prompt").notNull(),
    text: text("text").notNull(),
    /** personality_summary.version in force when the preamble was read (0 = no preamble). */
    summaryVersion: integer("summary_version").notNull(),
    /** 1 up, -1 down, null none. */
    thumb: smallint("thumb"),
    status: text("status", { enum: ["complete", "stopped", "error"] }).notNull().default("complete"),
    /** Gateway replies: the key that asked, and its app name when it did (the key may be renamed or revoked later). */
    apiKeyId: uuid("api_key_id").references(() => apiKey.id, { onDelete: "set null" }),
    app: text("app"),
    createdAt: createdAt(),
  },
  (t) => [
    index("ai_response_user_idx").on(t.userId, t.createdAt),
    // The foreign keys' own lookups (docs/data-ownership.md): deleting a conversation finds its replies here,
    // instead of scanning every reply of every user once per conversation.
    index("ai_response_conversation_idx").on(t.conversationId).where(sql`conversation_id is not null`),
    // Each app's usage on the keys page, without scanning the user's other replies.
    index("ai_response_api_key_idx").on(t.apiKeyId).where(sql`api_key_id is not null`),
  ],
);

export const message = pgTable(
  "message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversation.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    text: text("text").notNull(),
    responseId: uuid("response_id").references(() => aiResponse.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("message_conversation_idx").on(t.conversationId, t.createdAt),
    // Deleting a reply sets this to null: without the index, one scan of every message per deleted reply.
    index("message_response_idx").on(t.responseId).where(sql`response_id is not null`),
  ],
);

export const signalSource = pgEnum("signal_source", ["nudge", "thumb", "preview_thumb", "about_me", "skip"]);

/** Append-only log of every meaningful action (docs/design.md, Signals). */
export const signal = pgTable(
  "signal",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    dimension: text("dimension"),
    /** Ordinal value in [0, 1]; null for categorical and dimensionless signals. */
    value: real("value"),
    /** Categorical option index; null otherwise. */
    category: smallint("category"),
    source: signalSource("source").notNull(),
    weight: real("weight").notNull().default(1),
    responseId: uuid("response_id").references(() => aiResponse.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("signal_user_idx").on(t.userId, t.createdAt),
    // Deleting a reply sets its signals' response_id to null: without the index, one scan of the whole log
    // (every user's) per deleted reply — minutes for an account deletion on a large store.
    index("signal_response_idx").on(t.responseId).where(sql`response_id is not null`),
  ],
);

/** L3 state per (user, dimension), updated in the same transaction as the signal insert. */
export const preferenceStat = pgTable(
  "preference_stat",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    dimension: text("dimension").notNull(),
    /** The aggregator's O(1) state (ring buffer, sums, reference weights, drift run, cooldown). */
    state: jsonb("state").$type<Record<string, unknown>>().notNull(),
    estimate: real("estimate"),
    confidence: real("confidence"),
    n: integer("n").notNull().default(0),
    /** Drift fired and the sweep has not handled it yet (cleared by the sweep). */
    driftDetectedAt: timestamp("drift_detected_at", { withTimezone: true }),
    /** When drift last fired, kept for the per-dimension chart. */
    lastDriftAt: timestamp("last_drift_at", { withTimezone: true }),
    /** Set on every update, cleared by the sweep: the sweep reads only what changed since it last ran. */
    dirty: boolean("dirty").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.dimension] }), index("preference_stat_dirty_idx").on(t.userId).where(sql`dirty`)],
);

export const refinementCheck = pgTable(
  "refinement_check",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["insufficient", "aligned", "diverged", "failed"] }).notNull(),
    seed: integer("seed").notNull(),
    summaryVersion: integer("summary_version").notNull(),
    /** Sampled response ids with their thumbs and the judge's predictions. */
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull().default({}),
    wrong: integer("wrong").notNull().default(0),
    sampled: integer("sampled").notNull().default(0),
    reason: text("reason").notNull().default(""),
    amendmentId: uuid("amendment_id").references(() => amendment.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("refinement_check_user_idx").on(t.userId, t.createdAt),
    index("refinement_check_amendment_idx").on(t.amendmentId).where(sql`amendment_id is not null`),
  ],
);

/**
 * Quota counters (docs/design.md, "Limits"): one row per scope and subject, a fixed window that opens at the
 * first counted attempt. `subject` is a SHA-256 of the user id, IP address or email, so the table holds no
 * personal data and is not keyed by user; rows whose window has closed are deleted by the daily purge.
 * UNLOGGED (migration 0008, hand-written: drizzle-kit has no option for it): no WAL flush per count.
 */
export const quotaCounter = pgTable(
  "quota_counter",
  {
    scope: text("scope").notNull(),
    subject: text("subject").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.subject] })],
);

export type User = InferSelectModel<typeof users>;
export type SessionRow = InferSelectModel<typeof session>;
export type ProfileAtomsRow = InferSelectModel<typeof profileAtoms>;
export type SummaryRow = InferSelectModel<typeof personalitySummary>;
export type SummaryVersionRow = InferSelectModel<typeof personalitySummaryVersion>;
export type AmendmentRow = InferSelectModel<typeof amendment>;
export type ConversationRow = InferSelectModel<typeof conversation>;
export type MessageRow = InferSelectModel<typeof message>;
export type AiResponseRow = InferSelectModel<typeof aiResponse>;
export type SignalRow = InferSelectModel<typeof signal>;
export type PreferenceStatRow = InferSelectModel<typeof preferenceStat>;
export type RefinementCheckRow = InferSelectModel<typeof refinementCheck>;
export type QuotaCounterRow = InferSelectModel<typeof quotaCounter>;
export type ApiKeyRow = InferSelectModel<typeof apiKey>;
export type Provenance = (typeof provenance.enumValues)[number];
