/**
 * Shared seed material: realistic aggregator states (built once with the real aggregator and reused as JSON for
 * set-based inserts), a reply whose thumb emits a signal on every dimension, profiles with distinct atoms, and
 * onboarding through the real mirror writer.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finishOnboarding } from "@/lib/profile/atom-writers";
import { verbalize } from "@/lib/ai/verbalize";
import { initialState, update, fuse, type StatState } from "@/lib/personality/aggregator";
import { DEFAULT_ATOMS, DIMENSIONS, isOrdinal, type Atoms, type Dimension } from "@/lib/personality/atoms";
import { measureFeatures, thumbSignals } from "@/lib/personality/features";
import { mulberry32 } from "@/lib/personality/simulate";
import { benchUserId, seedUsers } from "./db";

/** A stat row's state after `signals` seeded signals: full window, a reference with some history. */
export function seededState(dim: Dimension, signals = 60, seed = 7): StatState {
  const rand = mulberry32(seed);
  let state = initialState(dim);
  for (let i = 0; i < signals; i++) {
    const value = isOrdinal(dim) ? Math.min(1, Math.max(0, 0.5 + (rand() - 0.5) * 0.6)) : rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 7);
    state = update(state, { value }).state;
  }
  return state;
}

/** Per dimension: the JSON state, its fused estimate and confidence, ready for `insert … select`. */
export function seededStats(): Record<Dimension, { state: string; estimate: number; confidence: number; n: number }> {
  return Object.fromEntries(
    DIMENSIONS.map((dim) => {
      const state = seededState(dim);
      const fused = fuse(state);
      return [dim, { state: JSON.stringify(state), estimate: fused.estimate, confidence: fused.confidence, n: fused.n }];
    }),
  ) as Record<Dimension, { state: string; estimate: number; confidence: number; n: number }>;
}

/**
 * Inserts the seven stat rows for users first..last in one statement (a VALUES list of the seven seeded states
 * cross-joined with generate_series).
 */
export async function seedStats(db: Db, first: number, last: number): Promise<void> {
  const stats = seededStats();
  const values = sql.join(
    DIMENSIONS.map((d) => sql`(${d}, ${stats[d].state}::jsonb, ${stats[d].estimate}::real, ${stats[d].confidence}::real, ${stats[d].n}::int)`),
    sql`, `,
  );
  await db.execute(sql`
    insert into preference_stat (user_id, dimension, state, estimate, confidence, n)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, s.dimension, s.state, s.estimate, s.confidence, s.n
    from generate_series(${first}::int, ${last}::int) i
    cross join (values ${values}) as s(dimension, state, estimate, confidence, n)
  `);
}

/**
 * A chat reply of ~110 words with evidence on every dimension (length, density, tone, math, level, a domain,
 * a language), so a thumb up on it appends seven signals and updates seven stat rows.
 */
export const RICH_REPLY =
  "Great question! Think of a hash table as an array of buckets: the hash function h(k) = k mod m maps each key " +
  "to a bucket, and a lookup costs O(1) on average when the load factor α = n/m stays below about 0.75. " +
  "Collisions are the catch. With chaining, every bucket keeps a linked list, so the expected chain length is α " +
  "and the worst case degrades to O(n). Open addressing probes the next free slot instead, which is friendlier " +
  "to the CPU cache but needs resizing earlier. In practice, compilers, databases and interpreters all rely on " +
  "this data structure: a well-chosen hash function, an array that doubles when it fills up, and amortized " +
  "constant time for insertions. You'll see it everywhere once you start looking for it!";

export function richReplySignals(): number {
  return thumbSignals(measureFeatures(RICH_REPLY), "up").length;
}

/** Distinct but typical profiles (all `balanced` length), so replies with and without a preamble are comparable. */
export const PROFILES: Atoms[] = [
  DEFAULT_ATOMS,
  { ...DEFAULT_ATOMS, tone: 2, domain: "computing" },
  { ...DEFAULT_ATOMS, density: 2, level: 2, mathComfort: 2, domain: "mathematics" },
  { ...DEFAULT_ATOMS, tone: 0, density: 0, level: 0, domain: "economics" },
];

/**
 * Users first..last, onboarded through the real writer and the app's verbalizer (offline: the bench unsets the
 * model key): atoms, an `onboarding` paragraph and its history row.
 */
export async function onboardUsers(db: Db, first: number, last: number): Promise<string[]> {
  await seedUsers(db, first, last);
  const ids: string[] = [];
  for (let i = first; i <= last; i++) {
    const userId = benchUserId(i);
    await finishOnboarding({ db, userId, deps: { verbalize } }, { atoms: PROFILES[i % PROFILES.length]!, aboutMe: "" });
    ids.push(userId);
  }
  return ids;
}

/** Mirror invariant over every user: a non-pinned paragraph's atoms_version equals profile_atoms.version. */
export const INVARIANT_VIOLATIONS = sql`
  select count(*)::int as violations, (select count(*)::int from personality_summary) as paragraphs
  from personality_summary s join profile_atoms a on a.user_id = s.user_id
  where s.provenance in ('onboarding', 'evolved') and s.atoms_version is distinct from a.version
`;
