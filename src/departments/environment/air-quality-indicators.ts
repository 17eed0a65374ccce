import type pg from "pg";
import { Department } from "../../shared/departments.js";
import { Metric, METRIC_INFO } from "../../shared/metrics.js";
import { citiesOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";
import { regionsAirQuality, summarize, type Summary } from "./air-quality.service.js";
import { parsePeriod } from "./period.js";

/** The indicators environment computes from observations, and the summary figure each one is: the published (rounded) one. */
export const AIR_QUALITY_METRICS: Partial<Record<Metric, (s: Summary) => number | null>> = {
  PM25_MEAN: (s) => s.pm25Mean,
  PM10_MEAN: (s) => s.pm10Mean,
  O3_EXCEEDANCE_RATE: (s) => s.o3ExceedanceRate,
  // a count over too few valid days is not a figure
  O3_EXCEEDANCE_DAYS: (s) => (s.pollutants.find((p) => p.pollutant === "O3_8H")!.complete ? s.o3ExceedanceDays : null),
  GOOD_DAY_RATIO: (s) => s.goodDayRatio,
  HEAVY_POLLUTION_DAY_RATIO: (s) => s.heavyPollutionDayRatio,
};

/**
 * Writes the air-quality indicators of a year (the year, each month, and every stage a target names)
 * for the province and its cities into the indicator table, so reports read every department's
 * indicators the same way. One statement computes the year's days; the periods are cut from them.
 * Periods whose coverage fails are left out (missing, not a number). The values are the published figures
 * (GB/T 8170, once); the province's are the means of its cities'.
 */
export async function refreshAirQualityIndicators(db: Pick<pg.PoolClient, "query">, year: number, at: Date = new Date()): Promise<number> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const regions = [HENAN_PROVINCE_CODE, ...citiesOf().map((c) => c.code)];
  const aq = await regionsAirQuality(db, regions, from, to);
  const { rows: stageRows } = await db.query<{ period: string }>(
    `select distinct period from environment.targets where metric = any($1) and period like $2 and period like '%..%'`,
    [Object.keys(AIR_QUALITY_METRICS), `${year}-%`],
  );
  const periods = [String(year), ...Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`), ...stageRows.map((r) => r.period)];
  const values: [string, string, string, number][] = [];
  for (const region of regions) {
    for (const period of periods) {
      const range = parsePeriod(period)!;
      const s = summarize(aq.get(region)!, range.from, range.to);
      for (const [metric, pick] of Object.entries(AIR_QUALITY_METRICS)) {
        const v = pick!(s);
        if (v !== null) values.push([region, metric, period, v]);
      }
    }
  }
  const res = await db.query(
    `insert into environment.indicators (region_code, metric, period, value, unit, source_department, contributed_by, batch_id, contributed_at)
     select r, m, p, v, $5::jsonb ->> m, $6, $6, $7, $8 from unnest($1::text[], $2::text[], $3::text[], $4::float8[]) as x(r, m, p, v)
     on conflict (region_code, metric, period) do update
        set value = excluded.value, batch_id = excluded.batch_id, contributed_at = excluded.contributed_at
      where indicators.value is distinct from excluded.value`,
    [
      values.map((v) => v[0]),
      values.map((v) => v[1]),
      values.map((v) => v[2]),
      values.map((v) => v[3]),
      JSON.stringify(Object.fromEntries(Object.keys(AIR_QUALITY_METRICS).map((m) => [m, METRIC_INFO[m as Metric].unit]))),
      Department.ENVIRONMENT,
      `computed-air-quality-${year}`,
      at,
    ],
  );
  return res.rowCount ?? 0;
}
