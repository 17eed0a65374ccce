import type pg from "pg";
import { Department } from "../../common/departments.js";
import { Metric, METRIC_INFO } from "../../common/metrics.js";
import { citiesOf, cityOf, HENAN_PROVINCE_CODE } from "../../common/regions.data.js";

/**
 * Writes NRMM_REGISTERED for a year, the machines in the registry, for every city (its counties included;
 * 0 when none) and the province into the indicator table, so reports read it like every other indicator.
 * The registry holds no registration dates: the count is the registry as it stands when this runs,
 * filed under `year`. One statement counts, one upserts; returns the rows written or changed.
 */
export async function refreshNrmmIndicator(db: Pick<pg.PoolClient, "query">, year: number, at: Date = new Date()): Promise<number> {
  const { rows } = await db.query<{ region_code: string; n: number }>(
    `select region_code, count(*)::int as n from environment.nonroad_machinery group by region_code`,
  );
  const counts = new Map<string, number>([[HENAN_PROVINCE_CODE, 0], ...citiesOf().map((c) => [c.code, 0] as [string, number])]);
  for (const r of rows) {
    const n = Number(r.n);
    counts.set(HENAN_PROVINCE_CODE, counts.get(HENAN_PROVINCE_CODE)! + n);
    const city = cityOf(r.region_code)?.code;
    if (city && counts.has(city)) counts.set(city, counts.get(city)! + n);
  }
  const regions = [...counts.keys()];
  const res = await db.query(
    `insert into environment.indicators (region_code, metric, period, value, unit, source_department, contributed_by, batch_id, contributed_at)
     select r, $3, $4, v, $5, $6, $6, $7, $8 from unnest($1::text[], $2::float8[]) as x(r, v)
     on conflict (region_code, metric, period) do update
        set value = excluded.value, batch_id = excluded.batch_id, contributed_at = excluded.contributed_at
      where indicators.value is distinct from excluded.value`,
    [
      regions,
      regions.map((r) => counts.get(r)!),
      Metric.NRMM_REGISTERED,
      String(year),
      METRIC_INFO.NRMM_REGISTERED.unit,
      Department.ENVIRONMENT,
      `computed-nrmm-${year}`,
      at,
    ],
  );
  return res.rowCount ?? 0;
}
