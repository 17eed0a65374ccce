import { Department, DEPARTMENTS } from "../shared/departments.js";
import type { Logger } from "../common/logger.js";
import type { Databases } from "../db/databases.js";
import { insertRows } from "../db/bulk.js";
import { inTransaction } from "../db/transaction.js";
import { refreshAirQualityIndicators } from "../departments/environment/air-quality-indicators.js";
import { refreshRegionHourly } from "../departments/environment/air-quality.service.js";
import { ensureReferenceData } from "../departments/environment/reference-data.js";
import { generateDemoData } from "./generate.js";
import { DEMO_CONTRIBUTED_AT } from "./table.js";
import { loadDemoGrants } from "./grants.js";

/**
 * The demo fire points (FP2021nnnnn, registered before fire points had `confirmed`) load unconfirmed by the
 * column's default. This confirms about four in five of them, chosen by a hash of the id so every load
 * confirms the same ones.
 */
const CONFIRM_DEMO_FIRE_POINTS = "update agriculture.fire_points set confirmed = true where id like 'FP2021%' and abs(hashtext(id)::bigint) % 5 <> 0";

/**
 * Reference data always; demo data into each department whose tables are all empty, in one transaction
 * per department, so a restart never duplicates it and a department with real data is left alone.
 */
export async function loadDemoData(databases: Databases, log: Logger, departments: readonly Department[] = DEPARTMENTS): Promise<void> {
  if (departments.includes(Department.ENVIRONMENT)) {
    await inTransaction(databases.pool(Department.ENVIRONMENT), ensureReferenceData);
  }
  await inTransaction(databases.hubPool(), async (c) => {
    const n = await loadDemoGrants(c, databases.audit);
    if (n) log.info(`demo data: access requests and grants (${n} audit entries)`);
  });
  const data = generateDemoData();
  for (const dep of departments) {
    const tables = data.tables.filter((t) => t.department === dep);
    const loaded = await inTransaction(databases.pool(dep), async (c) => {
      for (const t of tables) {
        const { rowCount } = await c.query(`select 1 from ${t.table} limit 1`);
        if (rowCount) {
          log.debug(`demo data: ${t.table} already has rows; ${dep} left as it is`);
          return 0;
        }
      }
      let rows = 0;
      // chunks keep each statement's parameter arrays to a size PostgreSQL plans quickly
      for (const t of tables) {
        for (let i = 0; i < t.rows.length; i += 50_000) rows += await insertRows(c, t.table, t.columns, t.rows.slice(i, i + 50_000));
      }
      if (dep === Department.AGRICULTURE && rows) await c.query(CONFIRM_DEMO_FIRE_POINTS);
      if (dep === Department.ENVIRONMENT && rows) {
        await refreshRegionHourly(c, "all");
        rows += await refreshAirQualityIndicators(c, 2021, new Date(DEMO_CONTRIBUTED_AT));
      }
      return rows;
    });
    if (loaded) {
      log.info(`demo data: ${loaded} rows for ${dep}`);
      // fresh statistics, so the first queries are planned for the rows just loaded
      const analyzed = [...tables.map((t) => t.table), ...(dep === Department.ENVIRONMENT ? ["environment.region_hourly"] : [])];
      for (const t of analyzed) await databases.pool(dep).query(`analyze ${t}`);
    }
  }
}
