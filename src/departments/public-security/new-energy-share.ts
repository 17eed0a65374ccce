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
import { cityOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";

/** New energy (新能源) among the registered fuels: battery electric and hydrogen fuel cell. */
const NEW_ENERGY = ["ELECTRIC", "HYDROGEN"];
const BY_USE = [
  [Metric.NEW_ENERGY_SHARE_NEW_BUSES, "BUS_TRANSIT"],
  [Metric.NEW_ENERGY_SHARE_NEW_TAXIS, "TAXI"],
] as const;

/**
 * Task 15 from the registrations: per city and for the province, the share of vehicles of a use registered in
 * `year` that run on new energy. A region without such a registration has no value (rather than 0 of 0).
 * One statement.
 */
export async function newEnergyShares(db: Pick<pg.Pool, "query">, year: number, use: string): Promise<IndicatorValue[]> {
  const { rows } = await db.query<{ region_code: string; n: number; ne: number }>(
    `select region_code, count(*)::int as n, (count(*) filter (where fuel = any($4::text[])))::int as ne
       from public_security.vehicles
      where use = $1 and registered_on between $2::date and $3::date
      group by region_code`,
    [use, `${year}-01-01`, `${year}-12-31`, NEW_ENERGY],
  );
  const sums = new Map<string, { n: number; ne: number }>();
  const add = (code: string, n: number, ne: number) => {
    const s = sums.get(code) ?? { n: 0, ne: 0 };
    sums.set(code, { n: s.n + n, ne: s.ne + ne });
  };
  for (const r of rows) {
    const city = cityOf(r.region_code)?.code;
    if (city) add(city, Number(r.n), Number(r.ne));
    add(HENAN_PROVINCE_CODE, Number(r.n), Number(r.ne));
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([regionCode, s]) => ({ regionCode, value: s.ne / s.n }));
}

/** Contributes NEW_ENERGY_SHARE_NEW_BUSES and _TAXIS of `year` through the indicators' contribution path; returns the indicators changed. */
export async function refreshNewEnergyShares(ctx: HubContext, year: number, at: Date = new Date()): Promise<number> {
  let changed = 0;
  for (const [metric, use] of BY_USE) {
    changed += await contributeComputedIndicators(ctx, metric, String(year), await newEnergyShares(ctx.db, year, use), `computed-${metric.toLowerCase().replace(/_/g, "-")}-${year}`, at);
  }
  return changed;
}

@Resolver()
export class NewEnergyShareResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Public-security admins: recomputes, per city and for the province, the new-energy (electric, hydrogen) share of the transit buses and taxis registered in `year` (NEW_ENERGY_SHARE_NEW_BUSES, NEW_ENERGY_SHARE_NEW_TAXIS, task 15) and contributes them as contributeIndicators batches of the caller; returns the indicators changed.",
  })
  refreshNewEnergyShares(@Arg("year", () => Int, { description: "The year: the indicators are contributed with the period YYYY; 2000 to 2100." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.PUBLIC_SECURITY, "refreshNewEnergyShares");
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    return refreshNewEnergyShares(ctx, year);
  }
}

export const parts: SubgraphParts = { resolvers: [NewEnergyShareResolver] };
