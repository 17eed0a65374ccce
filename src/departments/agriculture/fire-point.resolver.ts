import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { firePointContribution } from "./fire-point.contribution.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { DateScalar, toChinaDate, chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import { FirePointDeduction, firePointDeductions } from "./fire-point-deduction.js";
import { DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY, FirePoint } from "./fire-point.entity.js";

const FirePointConnection = connectionOf(FirePoint, "FirePoint");

export const firePointLoader = (ctx: HubContext) =>
  loader<string, FirePoint | null>(ctx, "ag.firePoint", async (ids) =>
    byKey(ids, await ctx.em.find(FirePoint, { id: { $in: [...ids] } }), (f) => f.id),
  );

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_DEDUCTION_YEAR = 2000;


@Resolver(() => FirePoint)
export class FirePointResolver {
  @Query(() => FirePoint, { nullable: true })
  firePoint(@Arg("id", () => ID) id: string, @Ctx() ctx: HubContext) {
    return firePointLoader(ctx).load(id);
  }

  @Query(() => FirePointConnection, { description: "Fire points, oldest first; `from` and `to` are China-time dates, both inclusive." })
  firePoints(
    @Args() page: PageArgs,
    @Arg("regionCode", () => ID, { nullable: true }) regionCode: string | undefined,
    @Arg("from", () => DateScalar, { nullable: true }) from: string | undefined,
    @Arg("to", () => DateScalar, { nullable: true }) to: string | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (from && to && from > to) throw badInput(`from (${from}) is after to (${to})`, { argument: "from" });
    const where: Record<string, unknown> = {};
    if (regionCode) where.regionCode = { $in: regionScope(regionCode) };
    const detectedAt: Record<string, Date> = {};
    if (from) detectedAt.$gte = chinaDayStart(from);
    if (to) detectedAt.$lt = chinaDayEnd(to);
    if (from || to) where.detectedAt = detectedAt;
    return findPage(ctx.em, FirePoint, where, ["detectedAt", "id"], page);
  }

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

  @FieldResolver(() => [RecordVersion], { description: "Every version of this fire point, oldest first." })
  history(@Root() f: FirePoint, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, firePointContribution).load([f.id]);
  }
}
