import type pg from "pg";
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { badInput } from "../../common/errors.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { toChinaDate } from "../../shared/dates.js";
import { Shared } from "../../common/sharing.js";
import { rateOn } from "./deduction-rate.dataset.js";
import { firePoint, type FirePoint } from "./fire-point.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";
import { defineMetric } from "../../shared/metrics.js";

defineMetric({ metric: "FIRE_POINTS", unit: "points", description: "confirmed straw-burning fire points", min: 0, max: 100000 });

const RATE_IN_FORCE = "the rate in force on its China-time detection date (strawBurningDeductionRates)";

/** Every rate of the deduction (a handful of rows), read once per request. */
const ratesLoader = (ctx: HubContext) =>
  loader<"all", { effectiveFrom: string; cnyPerConfirmedFirePoint: number }[]>(ctx, "agr.deductionRates", async (keys) => {
    const { rows } = await ctx.db.query<{ effectiveFrom: string; cnyPerConfirmedFirePoint: number }>(
      `select effective_from::text as "effectiveFrom", cny_per_confirmed_fire_point as "cnyPerConfirmedFirePoint" from agriculture.straw_burning_deduction_rates`,
    );
    return keys.map(() => rows);
  });

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_DEDUCTION_YEAR = 2000;

@Shared(Dataset.FIRE_POINTS)
@ObjectType({ description: "A county's confirmed straw-burning fire points of one month and what they cost it (task 20)." })
export class FirePointDeduction {
  @Field(() => ID, { description: "GB/T 2260 code of the county (or city) the fire points were registered in." })
  regionCode!: string;

  @Field(() => RegionRef, { description: "The county (or city) the fire points were registered in." })
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field({ description: "The China-time month, YYYY-MM." })
  month!: string;

  @Field(() => Int, { description: "Confirmed fire points detected in the month." })
  confirmedFirePoints!: number;

  @Field(() => Float, { description: `CNY deducted: each confirmed fire point at ${RATE_IN_FORCE}.` })
  deduction!: number;
}

/**
 * Per region and China-time month of `year`, the confirmed fire points and their deduction, ordered by region
 * and month; months without a confirmed point are left out. One group-by statement; `regions` (a region and
 * its subregions) narrows it.
 */
export async function firePointDeductions(db: Pick<pg.Pool, "query">, year: number, regions: string[] | null): Promise<FirePointDeduction[]> {
  const { rows } = await db.query<{ region_code: string; month: string; n: string; deduction: number }>(
    `select region_code, to_char((detected_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month,
            count(*) as n, coalesce(sum(r.cny_per_confirmed_fire_point), 0) as deduction
       from agriculture.fire_points p
       left join lateral (
             select cny_per_confirmed_fire_point from agriculture.straw_burning_deduction_rates
              where effective_from <= ((p.detected_at at time zone 'UTC') + interval '8 hours')::date
              order by effective_from desc limit 1) r on true
      where confirmed and detected_at >= $1 and detected_at < $2 and ($3::text[] is null or region_code = any($3::text[]))
      group by 1, 2
      order by 1, 2`,
    [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${year + 1}-01-01T00:00:00+08:00`), regions],
  );
  return rows.map((r) =>
    Object.assign(new FirePointDeduction(), { regionCode: r.region_code, month: r.month, confirmedFirePoints: Number(r.n), deduction: Number(r.deduction) }),
  );
}

@Resolver(() => firePoint.entity)
export class FirePointDeductionFieldResolver {
  @FieldResolver(() => Float, { description: `CNY deducted for this fire point (task 20): when confirmed, ${RATE_IN_FORCE}; else 0. Derived, never contributed.` })
  async deduction(@Root() f: FirePoint, @Ctx() ctx: HubContext): Promise<number> {
    return f.confirmed ? rateOn(await ratesLoader(ctx).load("all"), toChinaDate(new Date(f.detectedAt))) : 0;
  }
}

@Resolver()
export class FirePointDeductionResolver {
  @Query(() => [FirePointDeduction], {
    description: `Per county (the fire points' region) and China-time month of a year: the confirmed fire points and their deduction (task 20), each point at ${RATE_IN_FORCE}; by region, then month. Months without a confirmed point are left out.`,
  })
  firePointDeductions(
    @Arg("year", () => Int, { description: "The calendar year whose China-time months are reported; not before the first year with deduction rates, not after this year." }) year: number,
    @Arg("regionCode", () => ID, { nullable: true, description: "A region; its subregions are included." }) regionCode: string | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<FirePointDeduction[]> {
    const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
    if (year < FIRST_DEDUCTION_YEAR || year > thisYear) throw badInput(`year must be between ${FIRST_DEDUCTION_YEAR} and ${thisYear}, got ${year}`, { argument: "year" });
    return firePointDeductions(ctx.db, year, regionCode ? regionScope(regionCode) : null);
  }
}

export const parts: SubgraphParts = { resolvers: [FirePointDeductionResolver, FirePointDeductionFieldResolver] };
