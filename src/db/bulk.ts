import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export interface Column {
  name: string;
  /** PostgreSQL type of the column, used to type the unnest array */
  type: "text" | "date" | "timestamptz" | "double precision" | "integer" | "boolean" | "jsonb";
}

type Queryable = Pick<pg.PoolClient, "query">;

/**
 * Inserts many rows in one statement: each column travels as one array parameter and `unnest` turns
 * them back into rows, so 10,000 rows are one round trip and one plan, not 10,000 inserts.
 */
export async function insertRows(
  db: Queryable,
  table: string,
  columns: Column[],
  rows: readonly unknown[][],
  suffix = "",
): Promise<number> {
  if (rows.length === 0) return 0;
  const arrays = columns.map((_, i) => rows.map((r) => (r[i] === undefined ? null : r[i])));
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const names = columns.map((c) => c.name).join(", ");
  const res = await db.query(`insert into ${table} (${names}) select * from unnest(${params}) ${suffix}`, arrays);
  return res.rowCount ?? 0;
}

/** One value in COPY's text format: \N for null, and backslash, tab and line breaks escaped. */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "boolean") return v ? "t" : "f";
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : s;
}

/**
 * Streams rows into a table with COPY: the fastest way into PostgreSQL, used to stage a contribution
 * batch before the set-based statements that check, version and upsert it.
 */
export async function copyRows(db: pg.PoolClient, table: string, columns: Column[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const lines: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = rows[i].map(copyText).join("\t");
  const stream = db.query(copyFrom(`copy ${table} (${columns.map((c) => c.name).join(", ")}) from stdin`));
  await pipeline(Readable.from([lines.join("\n") + "\n"]), stream);
}
