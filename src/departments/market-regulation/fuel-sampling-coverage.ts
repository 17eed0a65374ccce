import type pg from "pg";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { contributeComputedIndicators } from "../../common/contribution/computed-indicators.js";
import { Department } from "../../shared/departments.js";
import { badInput } from "../../common/errors.js";
import { Metric } from "../../shared/metrics.js";
import { requireAdmin } from "../../common/policy.js";
import { cityOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";
import { toChinaDate } from "../../shared/dates.js";
import { Envelope } from "../../common/sharing.js";
import type { SubgraphParts } from "../../common/federation.js";
import { defineMetric } from "../../shared/metrics.js";

defineMetric({ metric: "FUEL_SAMPLING_COVERAGE", unit: "ratio", description: "share of operating filling stations sampled", min: 0, max: 1 });

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

/**
 * Contributes the cities' FUEL_SAMPLING_COVERAGE of a year to the indicators, so reports read it like every
 * other indicator: computed here from market regulation's own tables, written by the indicators dataset's
 * contribution path (its owner's subgraph, possibly another process and database) as the caller. Returns the
 * indicators changed (an unchanged value counts 0).
 */
export async function refreshFuelSamplingCoverage(ctx: HubContext, year: number, at: Date = new Date()): Promise<number> {
  const coverage = await fuelSamplingCoverage(ctx.db, year);
  const values = coverage.map((c) => ({ regionCode: c.cityCode, value: c.coverage }));
  // the province: every city's operating stations together (the target, task 31, is the province's)
  const operating = coverage.reduce((s, c) => s + c.operatingStations, 0);
  if (operating > 0) values.push({ regionCode: HENAN_PROVINCE_CODE, value: coverage.reduce((s, c) => s + c.sampledStations, 0) / operating });
  return contributeComputedIndicators(ctx, Metric.FUEL_SAMPLING_COVERAGE, String(year), values, `computed-fuel-sampling-${year}`, at);
}

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_COVERAGE_YEAR = 2000;

@Resolver()
export class FuelSamplingCoverageResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Recomputes each city's and the province's FUEL_SAMPLING_COVERAGE of a year (the share of operating filling stations sampled at least once) and contributes it to the indicators as a contributeIndicators batch of the caller (market-regulation admins); returns the indicators changed.",
  })
  refreshFuelSamplingCoverage(@Arg("year", () => Int, { description: "The year whose samples count, 2000 to this year: the coverage is contributed with the period YYYY." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.MARKET_REGULATION, "refreshFuelSamplingCoverage");
    const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
    if (year < FIRST_COVERAGE_YEAR || year > thisYear) throw badInput(`year must be between ${FIRST_COVERAGE_YEAR} and ${thisYear}, got ${year}`, { argument: "year" });
    return refreshFuelSamplingCoverage(ctx, year);
  }
}

export const parts: SubgraphParts = { resolvers: [FuelSamplingCoverageResolver] };
