import "server-only";
import type { Executor } from "@/db/client";
import { executePrepared, rowFromJson } from "@/db/prepared";
import { personalitySummary, profileAtoms, type ProfileAtomsRow, type Provenance, type SummaryRow } from "@/db/schema";
import type { Atoms, Dimension } from "@/lib/personality/atoms";
import type { StatWrite } from "@/lib/personality/stat-plan";
import { signalRow, type NewSignal } from "./signals";

/**
 * A whole write, decided in advance from one snapshot (lib/profile/mirror.ts, lib/ai/thumbs.ts): every row it
 * changes, each with the version (or state) the snapshot saw. Applied by `applyWritePlan` as ONE statement.
 */
export type WritePlan = {
  userId: string;
  /** Compare-and-set on the atoms row; `write` omitted: only lock it and check the version. */
  atoms?: { expectedVersion: number; write?: { values: Atoms; aboutMe: string } };
  /** Compare-and-set on the paragraph row (it must exist); `write` omitted: only lock it and check the version. */
  summary?: {
    expectedVersion: number;
    write?: { text: string; provenance: Exclude<Provenance, "empty">; reason: string };
    /**
     * The accepted amendments the re-emitted text folded in, each with the text the verbalizer was given: each is
     * marked folded only if it still reads so (a refinement check may rewrite a waiting sentence in place), and a
     * miss is a conflict, like any other compare-and-set.
     */
    folds?: { id: string; text: string }[];
    /** Close the open control-change proposals: the text mirrors the atoms again. */
    foldNudgeProposals?: boolean;
    /** Settle the drift of these dimensions (a control set by hand). */
    resolveStaleDims?: string[];
  };
  /** The open control-change proposal: created, rewritten in place, or withdrawn. */
  proposal?:
    | { kind: "insert"; text: string; evidence: Record<string, unknown> }
    | { kind: "update"; id: string; text: string; evidence: Record<string, unknown> }
    | { kind: "dismiss"; id: string };
  /** Compare-and-set on a response's thumb. */
  response?: { id: string; expectedThumb: number | null; thumb: number | null };
  signals: NewSignal[];
  /** New L3 states, each landing only over the row the snapshot read (lib/personality/stat-plan.ts). */
  stats: StatWrite[];
  /**
   * The version (xmin) of each stat row the snapshot read, from the same read as the states `stats` were
   * planned from: a stat write lands only while its row is still that version, and a dimension without one
   * only if its row still does not exist.
   */
  statRows: ReadonlyMap<Dimension, string>;
};

export type PlanResult = { atoms: ProfileAtomsRow | null; summary: SummaryRow | null };

/** A row the plan expected was changed by someone else after the snapshot: nothing was written; read again. */
export class WritePlanConflict extends Error {}

const CONFLICT = "write plan conflict";

/**
 * Applies a plan in one round trip: a data-modifying CTE whose every write is a compare-and-set, and whose
 * final SELECT fails the statement (so PostgreSQL rolls ALL of it back) unless every compare-and-set hit
 * exactly the rows the plan expected. One statement is one transaction: nothing lands half.
 *
 * Locks are taken in the mirror's fixed order — atoms, paragraph, response, stat rows sorted by dimension —
 * because each CTE waits on the previous one (`exists (select 1 from <previous>)`), so no two writers deadlock.
 * The statement's text depends only on the plan's shape (which parts it has), and its one parameter is the
 * plan as JSON, so each shape is a prepared statement parsed once per connection.
 */
export async function applyWritePlan(db: Executor, plan: WritePlan): Promise<PlanResult> {
  const text = statementFor(plan);
  const input = {
    userId: plan.userId,
    atoms: plan.atoms,
    summary: plan.summary,
    proposal: plan.proposal,
    response: plan.response,
    signals: plan.signals.map((s) => signalRow(s)),
    // The states read are not sent: the row version stands for them (see statRow).
    stats: plan.stats.map(({ expected, ...write }) => ({ ...write, version: statRow(plan, write.dimension, expected) })),
    statDims: plan.stats.map((s) => s.dimension),
  };
  const query = { sql: text, params: [JSON.stringify(input)] };
  let rows: { conflict: number; atoms: Record<string, unknown> | null; summary: Record<string, unknown> | null }[];
  try {
    rows = await executePrepared(db, "write_plan", query);
  } catch (err) {
    if (isConflict(err)) throw new WritePlanConflict();
    throw err;
  }
  const [row] = rows;
  return {
    atoms: row?.atoms ? rowFromJson(profileAtoms, row.atoms) : null,
    summary: row?.summary ? rowFromJson(personalitySummary, row.summary) : null,
  };
}

/**
 * The compare-and-set token of a stat write. A row's xmin is the transaction that wrote its current version:
 * any later write of the row (a thumb, the sweep) changes it, and a transaction that committed never writes a
 * version again, so "still this xmin" means "still the row that was read" — what comparing the whole state
 * (~0.9 KB of JSON per row, seven rows a thumb) meant, without sending the states a second time.
 */
function statRow(plan: WritePlan, dimension: Dimension, expected: unknown): string | null {
  const row = plan.statRows.get(dimension) ?? null;
  if ((row === null) !== (expected === null)) throw new Error("write plan: stat states and row versions from different reads");
  return row;
}

/** The database's own error (drizzle wraps it, with the statement's text, which names the conflict too). */
function isConflict(err: unknown): boolean {
  let e = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error && e.message.includes(`"${CONFLICT} `);
}

const UID = "($1::jsonb->>'userId')::uuid";

/** Statement texts by plan shape: built once, and the same string each time (its hash is computed once too). */
const statements = new Map<string, string>();

function statementFor(plan: WritePlan): string {
  // Everything buildStatement reads from the plan, and nothing else: the parts present, the counts it checks.
  const s = plan.summary;
  const shape = [
    plan.atoms ? (plan.atoms.write ? "aw" : "a") : "",
    s ? (s.write ? "sw" : "s") : "",
    s?.resolveStaleDims?.length ? "stale" : "",
    s?.folds?.length ? "fold" : "",
    s?.foldNudgeProposals ? "nudges" : "",
    plan.proposal?.kind ?? "",
    plan.response ? "r" : "",
    plan.signals.length,
    plan.stats.length,
    plan.stats.some((x) => x.drift) ? "drift" : "",
  ].join();
  let text = statements.get(shape);
  if (text === undefined) {
    text = buildStatement(plan);
    statements.set(shape, text);
  }
  return text;
}

/** The statement: named parts, then a SELECT that checks every expected count; `$1` is the plan as JSON. */
function buildStatement(plan: WritePlan): string {
  const parts: string[] = [];
  const checks: string[] = [];
  const has = new Set<string>();
  let gate = "true";
  const part = (name: string, body: string, expected?: number | string) => {
    parts.push(`${name} as (${body})`);
    has.add(name);
    if (expected !== undefined) checks.push(`(select count(*) from ${name}) = ${expected}`);
  };

  if (plan.atoms) {
    const where = `t.user_id = ${UID} and t.version = ($1::jsonb#>>'{atoms,expectedVersion}')::int`;
    if (plan.atoms.write) {
      const v = (key: string) => `($1::jsonb#>>'{atoms,write,values,${key}}')`;
      part(
        "a",
        `update profile_atoms t set tone = ${v("tone")}::smallint, length = ${v("length")}::smallint,
          density = ${v("density")}::smallint, math_comfort = ${v("mathComfort")}::smallint,
          level = ${v("level")}::smallint, domain = ${v("domain")}, language = ${v("language")},
          about_me = $1::jsonb#>>'{atoms,write,aboutMe}', version = t.version + 1, updated_at = now()
        where ${where} returning t.*`,
        1,
      );
    } else {
      part("a", `select t.* from profile_atoms t where ${where} for update of t`, 1);
    }
    gate = "exists (select 1 from a)";
  }

  if (plan.summary) {
    const s = plan.summary;
    const where = `t.user_id = ${UID} and t.version = ($1::jsonb#>>'{summary,expectedVersion}')::int and ${gate}`;
    if (s.write) {
      const stale = s.resolveStaleDims?.length
        ? `, stale_dims = array(select d from unnest(t.stale_dims) as d
              where not (d in (select jsonb_array_elements_text($1::jsonb#>'{summary,resolveStaleDims}'))) order by d),
            stale = exists (select 1 from unnest(t.stale_dims) as d
              where not (d in (select jsonb_array_elements_text($1::jsonb#>'{summary,resolveStaleDims}'))))`
        : "";
      const atomsVersion = has.has("a") ? "(select version from a)" : "t.atoms_version";
      part(
        "s",
        `update personality_summary t set text = $1::jsonb#>>'{summary,write,text}',
          provenance = ($1::jsonb#>>'{summary,write,provenance}')::provenance, reason = $1::jsonb#>>'{summary,write,reason}',
          atoms_version = ${atomsVersion}, version = t.version + 1, updated_at = now()${stale}
        where ${where} returning t.*`,
        1,
      );
      if (!has.has("a")) throw new Error("write plan: a paragraph write needs the atoms part (its history row)");
      part(
        "h",
        `insert into personality_summary_version (user_id, version, text, provenance, reason, atoms)
        select s.user_id, s.version, s.text, s.provenance, s.reason, jsonb_build_object('tone', a.tone,
          'length', a.length, 'density', a.density, 'mathComfort', a.math_comfort, 'level', a.level,
          'domain', a.domain, 'language', a.language, 'aboutMe', a.about_me, 'version', a.version)
        from s, a returning 1`,
        1,
      );
      if (s.folds?.length) {
        part(
          "mf",
          `update amendment t set status = 'folded' from jsonb_to_recordset($1::jsonb#>'{summary,folds}') as f(id uuid, text text)
            where t.user_id = ${UID} and t.id = f.id and t.status = 'accepted' and t.text = f.text
            and exists (select 1 from s) returning 1`,
          "jsonb_array_length($1::jsonb#>'{summary,folds}')",
        );
      }
      if (s.foldNudgeProposals) {
        part(
          "fn",
          `update amendment t set status = 'folded', decided_at = now() where t.user_id = ${UID}
            and t.status = 'proposed' and t.source = 'nudge' and exists (select 1 from s) returning 1`,
        );
      }
    } else {
      if (s.resolveStaleDims?.length || s.folds?.length || s.foldNudgeProposals) {
        throw new Error("write plan: stale, fold and proposal changes go with a paragraph write");
      }
      part("s", `select t.* from personality_summary t where ${where} for update of t`, 1);
    }
    gate = "exists (select 1 from s)";
  }

  const p = plan.proposal;
  if (p?.kind === "insert") {
    part(
      "pr",
      `insert into amendment (user_id, text, source, evidence) select ${UID}, $1::jsonb#>>'{proposal,text}', 'nudge',
        $1::jsonb#>'{proposal,evidence}' where ${gate} returning 1`,
      1,
    );
  } else if (p) {
    const set = p.kind === "update"
      ? `text = $1::jsonb#>>'{proposal,text}', evidence = $1::jsonb#>'{proposal,evidence}'`
      : `status = 'dismissed', decided_at = now()`;
    // Still open, or the plan is stale (decided in another tab): then read again rather than lose the change.
    part(
      "pr",
      `update amendment t set ${set} where t.user_id = ${UID} and t.id = ($1::jsonb#>>'{proposal,id}')::uuid
        and t.status = 'proposed' and ${gate} returning 1`,
      1,
    );
  }

  if (plan.response) {
    part(
      "r",
      `update ai_response t set thumb = ($1::jsonb#>>'{response,thumb}')::smallint
        where t.id = ($1::jsonb#>>'{response,id}')::uuid and t.user_id = ${UID}
        and t.thumb is not distinct from ($1::jsonb#>>'{response,expectedThumb}')::smallint and ${gate} returning 1`,
      1,
    );
    gate = "exists (select 1 from r)";
  }

  if (plan.signals.length > 0) {
    part(
      "sg",
      `insert into signal (user_id, source, weight, response_id, dimension, value, category)
      select ${UID}, x.source::signal_source, x.weight, x."responseId", x.dimension, x.value, x.category
      from jsonb_to_recordset($1::jsonb->'signals') as x(source text, weight real, "responseId" uuid, dimension text,
        value real, category smallint)
      where ${gate} returning 1`,
      plan.signals.length,
    );
  }

  if (plan.stats.length > 0) {
    const record = `jsonb_to_recordset($1::jsonb->'stats') as x(dimension text, version text, state jsonb, estimate real,
      confidence real, n int, drift boolean)`;
    part(
      "sl",
      `select t.dimension from preference_stat t where t.user_id = ${UID}
        and t.dimension in (select jsonb_array_elements_text($1::jsonb->'statDims')) and ${gate}
        order by t.dimension for update of t`,
    );
    part(
      "su",
      `update preference_stat t set state = x.state, estimate = x.estimate, confidence = x.confidence, n = x.n,
        updated_at = now(), last_drift_at = case when x.drift then now() else t.last_drift_at end
      from ${record}
      where t.user_id = ${UID} and t.dimension = x.dimension and t.xmin = x.version::xid
        and (select count(*) from sl) >= 0 returning 1`,
    );
    // A first signal of a dimension creates its row; losing that race to another writer is a conflict too.
    part(
      "si",
      `insert into preference_stat (user_id, dimension, state, estimate, confidence, n, last_drift_at)
      select ${UID}, x.dimension, x.state, x.estimate, x.confidence, x.n, case when x.drift then now() end
      from ${record} where x.version is null and ${gate}
      on conflict do nothing returning 1`,
    );
    checks.push(`(select count(*) from su) + (select count(*) from si) = ${plan.stats.length}`);
    if (plan.stats.some((s) => s.drift)) {
      // The sweep's pending mark (db/queries/drift.ts): after the stat rows, in dimension order, like every
      // writer of marks. A conflict above fails the whole statement, so no mark outlives its stat write.
      part(
        "dm",
        `insert into drift_mark (user_id, dimension, fired_at)
        select ${UID}, x.dimension, now() from ${record}
        where x.drift and (select count(*) from su) + (select count(*) from si) >= 0
        order by x.dimension
        on conflict (user_id, dimension) do update set fired_at = excluded.fired_at returning 1`,
      );
    }
  }

  if (parts.length === 0) throw new Error("write plan: nothing to write");
  const first = parts[0]!.slice(0, parts[0]!.indexOf(" "));
  const ok = checks.length > 0 ? checks.join(" and ") : "true";
  return `with ${parts.join(",\n")}
    select case when ${ok} then 0 else ('${CONFLICT} ' || (select count(*) from ${first}))::int end as conflict,
      ${has.has("a") ? "(select to_jsonb(a) from a)" : "null::jsonb"} as atoms,
      ${has.has("s") ? "(select to_jsonb(s) from s)" : "null::jsonb"} as summary`;
}
