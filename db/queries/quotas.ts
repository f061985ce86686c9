import "server-only";
import { lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executePrepared, type BuiltQuery } from "@/db/prepared";
import { quotaCounter } from "@/db/schema";

/**
 * One attempt against a quota: counted (`hits` = what the window now holds) or refused (`retryAfterSeconds` =
 * until the window closes); `limit` = the limit that applied (the reply quota picks it by the user's kind).
 */
export type QuotaHit = { counted: boolean; hits: number; limit: number; retryAfterSeconds: number };

type HitRow = { counted: boolean; hits: number; limit: number; retry_after_seconds: number };

/**
 * Check-and-count in ONE statement (docs/design.md, "Limits"): a fixed window that opens at the first counted
 * attempt. The upsert counts when the window has closed (it reopens at 1) or still has room; otherwise it
 * changes nothing and the second branch reads how long the window still runs. Under concurrent attempts
 * `on conflict do update` locks the row and re-checks the condition on its newest version, so a window never
 * counts more than `limit`. `limit` is SQL so the reply quota can pick it by the user's kind in the same
 * statement ($1 scope, $2 subject, $3 window in seconds; the limit's own parameters follow).
 */
function hitStatement(limit: string): string {
  const closed = "q.window_start <= now() - make_interval(secs => $3::float8)";
  return `with hit as (
      insert into quota_counter as q (scope, subject, window_start, hits)
      values ($1::text, $2::text, now(), 1)
      on conflict (scope, subject) do update
        set hits = case when ${closed} then 1 else q.hits + 1 end,
            window_start = case when ${closed} then now() else q.window_start end
        where ${closed} or q.hits < ${limit}
      returning q.hits
    )
    select true as counted, hits, ${limit} as "limit", 0 as retry_after_seconds from hit
    union all
    select false, q.hits, ${limit},
      greatest(1, ceil(extract(epoch from q.window_start + make_interval(secs => $3::float8) - now())))::int
    from quota_counter q
    where q.scope = $1::text and q.subject = $2::text and not exists (select 1 from hit)`;
}

const HIT = hitStatement("$4::int");
// A user id that has no row (deleted mid-request) gets the account limit; the turn then fails on its own.
const HIT_REPLY = hitStatement(
  "coalesce((select case when u.is_anonymous then $4::int else $5::int end from users u where u.id = $6::uuid), $5::int)",
);

function toHit(rows: HitRow[], windowSeconds: number, limit: number): QuotaHit {
  const [row] = rows;
  // No row at all: a concurrent attempt created the counter after this statement's snapshot and filled it; the
  // refusal then waits at most one whole window.
  if (!row) return { counted: false, hits: limit, limit, retryAfterSeconds: windowSeconds };
  return { counted: row.counted, hits: row.hits, limit: row.limit, retryAfterSeconds: row.retry_after_seconds };
}

export async function hitQuota({
  db,
  scope,
  subject,
  limit,
  windowSeconds,
}: {
  db: Executor;
  scope: string;
  subject: string;
  limit: number;
  windowSeconds: number;
}): Promise<QuotaHit> {
  const query: BuiltQuery = { sql: HIT, params: [scope, subject, windowSeconds, limit] };
  return toHit(await executePrepared<HitRow>(db, "quota_hit", query), windowSeconds, limit);
}

/** hitQuota for a user's replies, the limit chosen in the statement by the user's kind (guest or account). */
export async function hitReplyQuota({
  db,
  scope,
  subject,
  userId,
  guestLimit,
  accountLimit,
  windowSeconds,
}: {
  db: Executor;
  scope: string;
  subject: string;
  userId: string;
  guestLimit: number;
  accountLimit: number;
  windowSeconds: number;
}): Promise<QuotaHit> {
  const query: BuiltQuery = { sql: HIT_REPLY, params: [scope, subject, windowSeconds, guestLimit, accountLimit, userId] };
  return toHit(await executePrepared<HitRow>(db, "quota_reply", query), windowSeconds, Math.min(guestLimit, accountLimit));
}

/** Deletes counters whose window closed more than `windowSeconds` ago (the longest window); returns how many. */
export async function purgeClosedQuotas({ db, windowSeconds }: { db: Executor; windowSeconds: number }): Promise<number> {
  const deleted = await db
    .delete(quotaCounter)
    .where(lt(quotaCounter.windowStart, sql`now() - make_interval(secs => ${windowSeconds}::float8)`))
    .returning({ scope: quotaCounter.scope });
  return deleted.length;
}
