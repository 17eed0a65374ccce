import type pg from "pg";
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { badInput } from "../../common/errors.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { toChinaDate } from "../../shared/dates.js";
import { Shared } from "../../common/sharing.js";
import { DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY } from "./fire-point.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";
import { defineMetric } from "../../shared/metrics.js";

defineMetric({ metric: "FIRE_POINTS", unit: "points", description: "confirmed straw-burning fire points", min: 0, max: 100000 });

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_DEDUCTION_YEAR = 2000;

@Shared(Dataset.FIRE_POINTS)
@ObjectType({ description: "A county's confirmed straw-burning fire points of one month and what they cost it (task 20)." })
export class FirePointDeduction {
  @Field(() => ID, { description: "GB/T 2260 code of the county (or city) the fire points were registered in." })
  regionCode!: string;

  @Field(() => RegionRef)
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field({ description: "The China-time month, YYYY-MM." })
  month!: string;

  @Field(() => Int, { description: "Confirmed fire points detected in the month." })
  confirmedFirePoints!: number;

  @Field(() => Float, { description: `CNY deducted: ${DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY.toLocaleString("en")} per confirmed fire point.` })
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
            count(*) as n, count(*) * $4::float8 as deduction
       from agriculture.fire_points
      where confirmed and detected_at >= $1 and detected_at < $2 and ($3::text[] is null or region_code = any($3::text[]))
      group by 1, 2
      order by 1, 2`,
    [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${year + 1}-01-01T00:00:00+08:00`), regions, DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY],
  );
  return rows.map((r) =>
    Object.assign(new FirePointDeduction(), { regionCode: r.region_code, month: r.month, confirmedFirePoints: Number(r.n), deduction: Number(r.deduction) }),
  );
}

@Resolver()
export class FirePointDeductionResolver {
  @Query(() => [FirePointDeduction], {
    description: `Per county (the fire points' region) and China-time month of a year: the confirmed fire points and their deduction, ${DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY.toLocaleString("en")} CNY each (task 20); by region, then month. Months without a confirmed point are left out.`,
  })
  firePointDeductions(
    @Arg("year", () => Int) year: number,
    @Arg("regionCode", () => ID, { nullable: true, description: "A region; its subregions are included." }) regionCode: string | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<FirePointDeduction[]> {
    const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
    if (year < FIRST_DEDUCTION_YEAR || year > thisYear) throw badInput(`year must be between ${FIRST_DEDUCTION_YEAR} and ${thisYear}, got ${year}`, { argument: "year" });
    return firePointDeductions(ctx.db, year, regionCode ? regionScope(regionCode) : null);
  }
}

export const parts: SubgraphParts = { resolvers: [FirePointDeductionResolver] };
