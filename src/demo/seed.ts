import type pg from "pg";
import { Department, DEPARTMENTS } from "../common/departments.js";
import type { Logger } from "../common/logger.js";
import type { Databases } from "../db/databases.js";
import { insertRows } from "../db/bulk.js";
import { ensureReferenceData } from "../departments/environment/reference-data.js";
import { generateDemoData } from "./generate.js";

/** Runs fn in one transaction on a client of the pool. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (e) {
    await client.query("rollback").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Reference data always; demo data into each department whose tables are all empty, in one transaction
 * per department, so a restart never duplicates it and a department with real data is left alone.
 */
export async function loadDemoData(databases: Databases, log: Logger, departments: readonly Department[] = DEPARTMENTS): Promise<void> {
  if (departments.includes(Department.ENVIRONMENT)) {
    await inTransaction(databases.pool(Department.ENVIRONMENT), ensureReferenceData);
  }
  const data = generateDemoData();
  for (const dep of departments) {
    const tables = data.tables.filter((t) => t.department === dep);
    await inTransaction(databases.pool(dep), async (c) => {
      for (const t of tables) {
        const { rowCount } = await c.query(`select 1 from ${t.table} limit 1`);
        if (rowCount) {
          log.debug(`demo data: ${t.table} already has rows; ${dep} left as it is`);
          return;
        }
      }
      let rows = 0;
      for (const t of tables) rows += await insertRows(c, t.table, t.columns, t.rows);
      if (rows) log.info(`demo data: ${rows} rows for ${dep}`);
    });
  }
}
