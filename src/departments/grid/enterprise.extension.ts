import { Arg, Args, Ctx, Directive, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { contribute } from "../../common/contribution/contribute.js";
import { historyLoader } from "../../common/contribution/history.js";
import { ContributionResult, RecordVersion } from "../../common/contribution/types.js";
import { ElectricityReadingInput, electricityReadingContribution } from "./electricity-reading.contribution.js";
import { loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { ElectricityReading } from "./electricity-reading.entity.js";

/** The grid company's view of an enterprise (owned by market regulation): its electricity use. */
@ObjectType("Enterprise")
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}

@ObjectType({ description: "An enterprise's electricity use over a period, all its meters together." })
export class ElectricityUse {
  @Field(() => Float, { description: "kWh over the period." })
  totalKwh!: number;

  @Field(() => Int, { description: "Days in the period with at least one reading." })
  days!: number;
}

const ElectricityReadingConnection = connectionOf(ElectricityReading, "ElectricityReading");

@InputType()
class ElectricityReadingFilter {
  @Field(() => ID, { nullable: true })
  creditCode?: string;

  @Field(() => ID, { nullable: true })
  meterNo?: string;

  @Field(() => DateScalar, { nullable: true, description: "First day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day, inclusive." })
  to?: string;
}

interface UseKey {
  creditCode: string;
  from: string;
  to: string;
}

/**
 * One aggregate statement per distinct period for a whole page of enterprises: the gateway asks for
 * `electricityUse` of every enterprise on a page at once.
 */
export const electricityUseLoader = (ctx: HubContext) =>
  loader<UseKey, ElectricityUse>(
    ctx,
    "grid.electricityUse",
    async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const k of keys) {
        const p = `${k.from}|${k.to}`;
        byPeriod.set(p, [...(byPeriod.get(p) ?? []), k.creditCode]);
      }
      const results = new Map<string, ElectricityUse>();
      await Promise.all(
        [...byPeriod].map(async ([p, codes]) => {
          const [from, to] = p.split("|");
          const rows: { credit_code: string; total: string | number; days: string | number }[] = await ctx.em.getConnection().execute(
            `select credit_code, sum(kwh) as total, count(distinct day) as days
               from grid.electricity_readings
              where credit_code in (?) and day between ? and ?
              group by credit_code`,
            [codes, from, to],
          );
          for (const r of rows) results.set(`${r.credit_code}|${p}`, { totalKwh: Number(r.total), days: Number(r.days) });
        }),
      );
      return keys.map((k) => results.get(`${k.creditCode}|${k.from}|${k.to}`) ?? { totalKwh: 0, days: 0 });
    },
    (k) => `${k.creditCode}|${k.from}|${k.to}`,
  );

@Resolver(() => Enterprise)
export class EnterpriseElectricityResolver {
  @FieldResolver(() => ElectricityUse, { description: "Electricity use from `from` to `to`, both inclusive (China-time dates)." })
  electricityUse(
    @Root() e: Enterprise,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<ElectricityUse> {
    if (from > to) throw badInput(`from (${from}) is after to (${to})`, { argument: "from" });
    return electricityUseLoader(ctx).load({ creditCode: e.creditCode, from, to });
  }
}

@Resolver(() => ElectricityReading)
export class ElectricityReadingResolver {
  @Query(() => ElectricityReadingConnection, { description: "Daily meter readings, ordered by meter and day." })
  electricityReadings(
    @Args() page: PageArgs,
    @Arg("filter", () => ElectricityReadingFilter, { nullable: true }) filter: ElectricityReadingFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.creditCode) where.creditCode = filter.creditCode;
    if (filter?.meterNo) where.meterNo = filter.meterNo;
    const day: Record<string, string> = {};
    if (filter?.from) day.$gte = filter.from;
    if (filter?.to) day.$lte = filter.to;
    if (filter?.from || filter?.to) where.day = day;
    return findPage(ctx.em, ElectricityReading, where, ["meterNo", "day"], page);
  }

  @FieldResolver(() => Enterprise)
  enterprise(@Root() r: ElectricityReading): Enterprise {
    return { creditCode: r.creditCode };
  }

  @Mutation(() => ContributionResult, { description: "Contributes daily meter readings (grid only); upserts by (meterNo, day)." })
  contributeElectricityReadings(
    @Arg("batchId", () => ID) batchId: string,
    @Arg("atomic", () => Boolean, { nullable: true, defaultValue: true, description: "true: all rows or none; false: the valid rows." }) atomic: boolean | null,
    @Arg("rows", () => [ElectricityReadingInput]) rows: ElectricityReadingInput[],
    @Ctx() ctx: HubContext,
  ) {
    return contribute(ctx, electricityReadingContribution, batchId, atomic, rows);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this reading, oldest first." })
  history(@Root() r: ElectricityReading, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, electricityReadingContribution).load([r.meterNo, r.day]);
  }
}
