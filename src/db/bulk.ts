import type pg from "pg";

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
