/**
 * A canonical dump of everything one user owns, independent of the export code: every user-data table read
 * with `row_to_json`, the user id dropped, every id replaced by a label made from the content of the row it
 * names (so two stores holding the same data under different ids dump equal), times to the millisecond (what
 * an export keeps), rows sorted, and the signal log kept in its order. Two users with equal dumps have the same
 * profile, history, statistics and conversations.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { exportedTables, tableName } from "@/db/queries/user-data";
import { rowsOf } from "./databases";

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Columns holding a reference to another row, and serial ids (their order is kept as `rank`). */
const REFERENCES = ["conversation_id", "response_id", "amendment_id", "api_key_id"];
const SERIAL = new Set(["signal", "personality_summary_version"]);

const isTime = (k: string) => k.endsWith("_at");

export async function canonicalDump(db: Db, userId: string): Promise<Record<string, string[]>> {
  const tables: Record<string, Row[]> = {};
  // What a user owns in their reading brain: every user-data table but the instance's credentials (API keys).
  for (const t of exportedTables()) {
    const name = tableName(t);
    const order = SERIAL.has(name) ? sql`order by (x.id)` : sql``;
    const result = await db.execute(sql`select row_to_json(x) as j from ${sql.identifier(name)} x where x.user_id = ${userId} ${order}`);
    tables[name] = rowsOf<{ j: Row | string }>(result).map((r) => (typeof r.j === "string" ? JSON.parse(r.j) : r.j) as Row);
  }

  // Labels for uuid ids: a hash of the row without its ids, references or evidence (which may name other rows).
  const labels = new Map<string, string>();
  for (const [name, rows] of Object.entries(tables)) {
    if (SERIAL.has(name)) continue;
    for (const row of rows) {
      if (typeof row.id !== "string") continue;
      const bare = Object.fromEntries(
        Object.entries(row)
          .filter(([k]) => k !== "id" && k !== "user_id" && k !== "evidence" && !REFERENCES.includes(k))
          .map(([k, v]) => [k, isTime(k) && typeof v === "string" ? new Date(v).toISOString() : v]),
      );
      labels.set(row.id, `${name}:${createHash("sha256").update(JSON.stringify(bare)).digest("hex").slice(0, 16)}`);
    }
  }
  const relabel = (value: unknown): unknown => {
    if (typeof value === "string") return UUID.test(value) ? (labels.get(value) ?? "<id not in this store>") : value;
    if (Array.isArray(value)) return value.map(relabel);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relabel(v)]));
    return value;
  };

  const out: Record<string, string[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    const canonical = rows.map((row, rank) => {
      const entries = Object.entries(row)
        .filter(([k]) => k !== "user_id" && !(SERIAL.has(name) && k === "id"))
        .map(([k, v]) => [k, isTime(k) && typeof v === "string" ? new Date(v).toISOString() : relabel(v)] as const);
      const sorted = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
      return JSON.stringify(SERIAL.has(name) ? { rank, ...sorted } : sorted);
    });
    out[name] = SERIAL.has(name) ? canonical : canonical.sort();
  }
  return out;
}
