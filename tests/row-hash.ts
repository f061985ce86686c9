/**
 * A fingerprint of everything one user owns: for every table with a user_id column (and the user's own row), the
 * md5 of its rows as JSON, sorted. Equal fingerprints before and after a request mean byte-identical rows.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "./databases";

let tables: Promise<string[]> | undefined;

async function userTables(db: Db): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'user_id' order by table_name`,
  );
  return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
}

export async function hashUserRows(db: Db, userId: string): Promise<Record<string, string>> {
  // The table list is the same on every database of a run (same migrations).
  const names = await (tables ??= userTables(db));
  const parts = [...names.map((n) => [n, "user_id"] as const), ["users", "id"] as const].map(
    ([name, column]) =>
      sql`select ${name}::text as t, count(*)::int as n, md5(coalesce(string_agg(j, '|' order by j), '')) as h
          from (select row_to_json(x)::text as j from ${sql.identifier(name)} x where ${sql.identifier(column)} = ${userId}) r`,
  );
  const result = await db.execute(sql.join(parts, sql` union all `));
  return Object.fromEntries(rowsOf<{ t: string; n: number; h: string }>(result).map((r) => [r.t, `${r.n}:${r.h}`]));
}
