import type pg from "pg";
import type { HubContext } from "../../common/context.js";
import { contributeComputedIndicators, type IndicatorValue } from "../../common/contribution/computed-indicators.js";
import { Metric } from "../../shared/metrics.js";
import { citiesOf, cityOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";

/**
 * The machines in the registry for every city (its counties included; 0 when none) and the province. The
 * registry holds no registration dates: the count is the registry as it stands now. One statement.
 */
export async function nrmmRegistered(db: Pick<pg.PoolClient, "query">): Promise<IndicatorValue[]> {
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
  return [...counts].map(([regionCode, value]) => ({ regionCode, value }));
}

/**
 * Contributes NRMM_REGISTERED, filed under `year`, through the indicators dataset's contribution path like any
 * department's metric (checks, history, audit entry); returns the indicators changed.
 */
export async function refreshNrmmIndicator(ctx: HubContext, year: number, at: Date = new Date()): Promise<number> {
  return contributeComputedIndicators(ctx, Metric.NRMM_REGISTERED, String(year), await nrmmRegistered(ctx.db), `computed-nrmm-${year}`, at);
}
