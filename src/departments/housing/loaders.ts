import { chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { dustCheck, type DustCheck } from "./dust-check.dataset.js";
import { dustViolation, type DustViolation } from "./dust-violation.dataset.js";

/** China-time days `from`..`to`, both inclusive, as the half-open range of instants [start, end). */
export function chinaDays(from: string, to: string, argument = "from"): [Date, Date] {
  if (from > to) throw badInput(`from (${from}) is after to (${to})`, { argument });
  return [chinaDayStart(from), chinaDayEnd(to)];
}

/** A site's dust checks, newest first. */
export const dustChecksOfSiteLoader = (ctx: HubContext) =>
  loader<string, DustCheck[]>(ctx, "ho.dustChecksOfSite", async (codes) =>
    groupByKey(
      codes,
      await ctx.em.find(dustCheck.entity, { siteCode: { $in: [...codes] } }, { orderBy: { checkedOn: "desc", checkId: "desc" } }),
      (c) => c.siteCode,
    ),
  );

/** A site's dust violations, newest first. */
export const dustViolationsOfSiteLoader = (ctx: HubContext) =>
  loader<string, DustViolation[]>(ctx, "ho.dustViolationsOfSite", async (codes) =>
    groupByKey(
      codes,
      await ctx.em.find(dustViolation.entity, { siteCode: { $in: [...codes] } }, { orderBy: { occurredOn: "desc", violationId: "desc" } }),
      (v) => v.siteCode,
    ),
  );

export interface ExceedanceKey {
  siteCode: string;
  /** inclusive */
  from: Date;
  /** exclusive */
  to: Date;
  /** µg/m³; an hour counts when its PM10 is above it */
  threshold: number;
}

/**
 * Hours of a site's dust monitor with PM10 above a threshold in [from, to): every requested site, period
 * and threshold at once, in one statement.
 */
export const dustExceedanceHoursLoader = (ctx: HubContext) =>
  loader<ExceedanceKey, number>(
    ctx,
    "ho.dustExceedanceHours",
    async (keys) => {
      const { rows } = await ctx.db.query<{ i: string; n: string }>(
        `select k.i, count(r.site_code) as n
           from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::float8[]) with ordinality as k(site_code, from_at, to_at, threshold, i)
           left join housing.dust_monitor_readings r
             on r.site_code = k.site_code and r.hour >= k.from_at and r.hour < k.to_at and r.pm10 > k.threshold
          group by k.i`,
        [keys.map((k) => k.siteCode), keys.map((k) => k.from), keys.map((k) => k.to), keys.map((k) => k.threshold)],
      );
      const byIndex = new Map(rows.map((r) => [Number(r.i), Number(r.n)]));
      return keys.map((_, i) => byIndex.get(i + 1) ?? 0);
    },
    (k) => JSON.stringify([k.siteCode, k.from.toISOString(), k.to.toISOString(), k.threshold]),
  );
