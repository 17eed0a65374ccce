import type pg from "pg";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { historyTable, recordKeySql } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { Department } from "../../common/departments.js";
import { badInput } from "../../common/errors.js";
import { Metric, METRIC_INFO } from "../../common/metrics.js";
import { requireAdmin } from "../../common/policy.js";
import { cityOf } from "../../common/regions.data.js";
import { toChinaDate } from "../../common/scalars.js";
import { Envelope } from "../../common/sharing.js";
import type { Column } from "../../db/bulk.js";
import type { SubgraphParts } from "../../common/federation.js";

/** One city's fuel-sampling coverage of a year. */
export interface CityFuelSamplingCoverage {
  cityCode: string;
  /** filling stations OPERATING now */
  operatingStations: number;
  /** of those, the ones sampled at least once in the year */
  sampledStations: number;
  /** sampledStations / operatingStations */
  coverage: number;
}

/**
 * Per city, the share of OPERATING filling stations sampled at least once in `year`; cities without an
 * operating station are left out (no number, rather than 0 of 0). Stations are counted by their current
 * status, which the registry holds without history: a station closed since the year counts as not operating.
 * One statement; stations registered in a county count for its city.
 */
export async function fuelSamplingCoverage(db: Pick<pg.PoolClient, "query">, year: number): Promise<CityFuelSamplingCoverage[]> {
  const { rows } = await db.query<{ region_code: string; operating: string; sampled: string }>(
    `select s.region_code, count(*) as operating,
            count(*) filter (where exists (
              select 1 from market_regulation.fuel_samples f
               where f.station_code = s.code and f.sampled_on between $1::date and $2::date)) as sampled
       from market_regulation.fuel_stations s
      where s.status = 'OPERATING'
      group by s.region_code`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  const byCity = new Map<string, { operating: number; sampled: number }>();
  for (const r of rows) {
    // county codes do not share a prefix with their city everywhere (Jiyuan is 419001), so ask the region data
    const city = cityOf(r.region_code);
    if (!city) continue;
    const c = byCity.get(city.code) ?? { operating: 0, sampled: 0 };
    c.operating += Number(r.operating);
    c.sampled += Number(r.sampled);
    byCity.set(city.code, c);
  }
  return [...byCity]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cityCode, c]) => ({ cityCode, operatingStations: c.operating, sampledStations: c.sampled, coverage: c.sampled / c.operating }));
}

// The indicator table's columns as its contribution spec declares them, so the versions this writes into the
// history read back exactly like contributed ones.
const INDICATOR_TABLE = "environment.indicators";
const INDICATOR_KEY = ["region_code", "metric", "period"];
const INDICATOR_COLUMNS: Column[] = [
  { name: "region_code", type: "text" },
  { name: "metric", type: "text" },
  { name: "period", type: "text" },
  { name: "value", type: "double precision" },
  { name: "unit", type: "text" },
  { name: "source_department", type: "text" },
];

/**
 * Writes the cities' FUEL_SAMPLING_COVERAGE of a year into the environment department's indicator table,
 * so reports read it like every other indicator; returns the indicators written or changed (an unchanged
 * value counts 0). The values it replaces go to the history, as a contribution's would.
 *
 * Known limitation: the indicator table lives in the environment schema. In the one-process deployment every
 * department shares one database, so the market-regulation pool reaches it; in a split deployment this
 * needs the environment database (or a contribution of the computed rows to the environment subgraph).
 */
export async function refreshFuelSamplingCoverage(db: pg.Pool, year: number, at: Date = new Date()): Promise<number> {
  const coverage = await fuelSamplingCoverage(db, year);
  if (coverage.length === 0) return 0;
  const metric = Metric.FUEL_SAMPLING_COVERAGE;
  const batchId = `computed-fuel-sampling-${year}`;
  const department = Department.MARKET_REGULATION;
  const params = [coverage.map((c) => c.cityCode), coverage.map((c) => c.coverage), metric, String(year), METRIC_INFO[metric].unit, department, batchId, at];
  const computed = `select r as region_code, $3::text as metric, $4::text as period, v as value, $5::text as unit, $6::text as source_department
                      from unnest($1::text[], $2::float8[]) as x(r, v)`;
  const data = ["value", "unit", "source_department"];
  const client = await db.connect();
  try {
    await client.query("begin");
    await client.query(
      `insert into ${historyTable(INDICATOR_TABLE)} (dataset, record_key, values, contributed_by, batch_id, contributed_at, superseded_at, superseded_by_batch, superseded_by)
       select '${Dataset.INDICATORS}', ${recordKeySql("t", { key: INDICATOR_KEY, columns: INDICATOR_COLUMNS })},
              jsonb_build_object(${INDICATOR_COLUMNS.map((c) => `'${c.name}', t.${c.name}`).join(", ")}),
              t.contributed_by, t.batch_id, t.contributed_at, $8, $7, $6
         from ${INDICATOR_TABLE} t join (${computed}) s on ${INDICATOR_KEY.map((k) => `t.${k} = s.${k}`).join(" and ")}
        where (${data.map((n) => `t.${n}`).join(", ")}) is distinct from (${data.map((n) => `s.${n}`).join(", ")})`,
      params,
    );
    const res = await client.query(
      `insert into ${INDICATOR_TABLE} (region_code, metric, period, value, unit, source_department, contributed_by, batch_id, contributed_at)
       select region_code, metric, period, value, unit, source_department, $6, $7, $8 from (${computed}) s
       on conflict (region_code, metric, period) do update
          set value = excluded.value, unit = excluded.unit, source_department = excluded.source_department,
              contributed_by = excluded.contributed_by, batch_id = excluded.batch_id, contributed_at = excluded.contributed_at
        where (${data.map((n) => `indicators.${n}`).join(", ")}) is distinct from (${data.map((n) => `excluded.${n}`).join(", ")})`,
      params,
    );
    await client.query("commit");
    return res.rowCount ?? 0;
  } catch (e) {
    await client.query("rollback").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_COVERAGE_YEAR = 2000;

@Resolver()
export class FuelSamplingCoverageResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Recomputes each city's FUEL_SAMPLING_COVERAGE of a year (the share of operating filling stations sampled at least once) into the indicators (market-regulation admins); returns the indicators changed.",
  })
  async refreshFuelSamplingCoverage(@Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.MARKET_REGULATION, "refreshFuelSamplingCoverage");
    const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
    if (year < FIRST_COVERAGE_YEAR || year > thisYear) throw badInput(`year must be between ${FIRST_COVERAGE_YEAR} and ${thisYear}, got ${year}`, { argument: "year" });
    // ctx.db reaches environment.indicators only because the one-process deployment shares one database; see refreshFuelSamplingCoverage.
    const changed = await refreshFuelSamplingCoverage(ctx.db, year);
    // the indicators are environment's: reported here only when this process serves environment too
    await ctx.datasetStats.refresh([Dataset.INDICATORS]);
    return changed;
  }
}

export const parts: SubgraphParts = { resolvers: [FuelSamplingCoverageResolver] };
