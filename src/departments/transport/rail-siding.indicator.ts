import type pg from "pg";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { contributeComputedIndicators, type IndicatorValue } from "../../common/contribution/computed-indicators.js";
import { badInput } from "../../common/errors.js";
import type { SubgraphParts } from "../../common/federation.js";
import { requireAdmin } from "../../common/policy.js";
import { Envelope } from "../../common/sharing.js";
import { Department } from "../../shared/departments.js";
import { Metric } from "../../shared/metrics.js";
import { citiesOf, cityOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";

/**
 * Task 12 from the siding registry: per city (its counties included; 0 when none) and for the province, the
 * sidings of a status. The registry holds no dates, so the count is the registry as it stands, filed under the
 * year asked (as the machinery registry's count is). One statement.
 */
export async function sidingsByStatus(db: Pick<pg.Pool, "query">, status: string): Promise<IndicatorValue[]> {
  const { rows } = await db.query<{ region_code: string; n: number }>(
    `select region_code, count(*)::int as n from transport.rail_sidings where status = $1 group by region_code`,
    [status],
  );
  const counts = new Map<string, number>([[HENAN_PROVINCE_CODE, 0], ...citiesOf().map((c) => [c.code, 0] as [string, number])]);
  for (const r of rows) {
    counts.set(HENAN_PROVINCE_CODE, counts.get(HENAN_PROVINCE_CODE)! + Number(r.n));
    const city = cityOf(r.region_code)?.code;
    if (city && counts.has(city)) counts.set(city, counts.get(city)! + Number(r.n));
  }
  return [...counts].map(([regionCode, value]) => ({ regionCode, value }));
}

/** Contributes RAIL_SIDINGS_IN_SERVICE and RAIL_SIDINGS_UNDER_CONSTRUCTION under `year`; returns the indicators changed. */
export async function refreshRailSidingIndicators(ctx: HubContext, year: number, at: Date = new Date()): Promise<number> {
  let changed = 0;
  for (const [metric, status] of [[Metric.RAIL_SIDINGS_IN_SERVICE, "IN_SERVICE"], [Metric.RAIL_SIDINGS_UNDER_CONSTRUCTION, "UNDER_CONSTRUCTION"]] as const) {
    changed += await contributeComputedIndicators(ctx, metric, String(year), await sidingsByStatus(ctx.db, status), `computed-${metric.toLowerCase().replace(/_/g, "-")}-${year}`, at);
  }
  return changed;
}

@Resolver()
export class RailSidingIndicatorResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Transport admins: counts the railway sidings in service and under construction (the registry as it stands; it holds no dates) per city and for the province, and contributes them under `year` (RAIL_SIDINGS_IN_SERVICE, RAIL_SIDINGS_UNDER_CONSTRUCTION, task 12) as contributeIndicators batches of the caller; returns the indicators changed.",
  })
  refreshRailSidingIndicators(@Arg("year", () => Int, { description: "The year: the indicators are contributed with the period YYYY; 2000 to 2100." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.TRANSPORT, "refreshRailSidingIndicators");
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    return refreshRailSidingIndicators(ctx, year);
  }
}

export const parts: SubgraphParts = { resolvers: [RailSidingIndicatorResolver] };
