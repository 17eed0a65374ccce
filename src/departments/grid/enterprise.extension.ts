import { entityView } from "../../common/references.js";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { Arg, Ctx, Field, FieldResolver, Float, Info, Int, ObjectType, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { assertInOrder } from "../../common/errors.js";
import { DateScalar } from "../../common/scalars.js";
import { electricityChange, ElectricityGranularity, electricityUse, type ChangePeriods } from "./electricity-stats.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import type { SubgraphParts } from "../../common/federation.js";

/** The grid company's view of an enterprise (owned by market regulation): its electricity use. */
export const Enterprise = entityView("Enterprise", "creditCode", Dataset.ENTERPRISES);
export type Enterprise = InstanceType<typeof Enterprise>;

@Shared(Dataset.ELECTRICITY_READINGS)
@ObjectType({ description: "Use in one day or hour of a series." })
export class ElectricityUsePoint {
  @Field(() => Date, { description: "The China-time start of the day or hour." })
  at!: Date;

  @Field(() => Float, { description: "Electricity used in the day or hour, in kWh, all the enterprise's meters together." })
  kwh!: number;
}

@Shared(Dataset.ELECTRICITY_READINGS)
@ObjectType({ description: "An enterprise's electricity use over a period, all its meters together." })
export class ElectricityUse {
  @Field(() => Float, { description: "kWh over the period: every meter-day once, by its whole-day reading or else its hourly readings summed." })
  totalKwh!: number;

  @Field(() => Int, { description: "Days in the period with at least one reading." })
  days!: number;

  @Field(() => [ElectricityUsePoint], { description: "The use by day or by hour, oldest first; days or hours without readings are absent." })
  series!: ElectricityUsePoint[];
}

@Shared(Dataset.ELECTRICITY_READINGS)
@ObjectType({ description: "How an enterprise's mean daily electricity use changed from a baseline period to a period (e.g. during a heavy-pollution warning)." })
export class ElectricityChange {
  @Field(() => Float, { nullable: true, description: "kWh per day over the baseline's days with readings; null when it has none." })
  baselineDailyMean!: number | null;

  @Field(() => Float, { nullable: true, description: "kWh per day over the period's days with readings; null when it has none." })
  dailyMean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Relative change, dailyMean / baselineDailyMean − 1 (−0.3 is a 30% cut); null when either mean is missing or the baseline is 0.",
  })
  change!: number | null;

  @Field(() => Int, { description: "Days of the baseline with at least one reading." })
  baselineDays!: number;

  @Field(() => Int, { description: "Days of the period with at least one reading." })
  days!: number;
}

interface UseKey {
  creditCode: string;
  from: string;
  to: string;
  granularity: ElectricityGranularity;
  /** whether the query selects `series`; a page that only wants totals does not fetch every day */
  series: boolean;
}

/** Keys grouped by everything but the credit code: one statement per group. */
function groupBy<K extends { creditCode: string }>(keys: readonly K[], groupOf: (k: K) => string): Map<string, { first: K; codes: string[] }> {
  const groups = new Map<string, { first: K; codes: string[] }>();
  for (const k of keys) {
    const g = groups.get(groupOf(k));
    if (g) g.codes.push(k.creditCode);
    else groups.set(groupOf(k), { first: k, codes: [k.creditCode] });
  }
  return groups;
}

const useGroup = (k: UseKey) => `${k.from}|${k.to}|${k.granularity}`;

/**
 * One statement per distinct (from, to, granularity) for a whole page of enterprises: the gateway asks
 * for `electricityUse` of every enterprise on a page at once.
 */
export const electricityUseLoader = (ctx: HubContext) =>
  loader<UseKey, ElectricityUse>(
    ctx,
    "grid.electricityUse",
    async (keys) => {
      const results = new Map<string, ElectricityUse>();
      await Promise.all(
        [...groupBy(keys, useGroup)].map(async ([g, { first, codes }]) => {
          const withSeries = keys.some((k) => k.series && useGroup(k) === g);
          const uses = await electricityUse(ctx.db, codes, first.from, first.to, first.granularity, withSeries);
          for (const [code, use] of uses) results.set(`${code}|${g}`, use);
        }),
      );
      return keys.map((k) => results.get(`${k.creditCode}|${useGroup(k)}`)!);
    },
    // with or without the series, the same enterprise and period is the same answer
    (k) => `${k.creditCode}|${useGroup(k)}|${k.series}`,
  );

/** Whether a field's selection asks for `name` (directly or through fragments). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

interface ChangeKey extends ChangePeriods {
  creditCode: string;
}

const changeGroup = (k: ChangeKey) => `${k.baselineFrom}|${k.baselineTo}|${k.from}|${k.to}`;

/** One statement per distinct pair of periods for a whole page of enterprises. */
export const electricityChangeLoader = (ctx: HubContext) =>
  loader<ChangeKey, ElectricityChange>(
    ctx,
    "grid.electricityChange",
    async (keys) => {
      const results = new Map<string, ElectricityChange>();
      await Promise.all(
        [...groupBy(keys, changeGroup)].map(async ([g, { first, codes }]) => {
          const changes = await electricityChange(ctx.db, codes, first);
          for (const [code, change] of changes) results.set(`${code}|${g}`, change);
        }),
      );
      return keys.map((k) => results.get(`${k.creditCode}|${changeGroup(k)}`)!);
    },
    (k) => `${k.creditCode}|${changeGroup(k)}`,
  );

@Resolver(() => Enterprise)
export class EnterpriseElectricityResolver {
  @FieldResolver(() => ElectricityUse, { nullable: true, description: "Electricity use from `from` to `to`, both inclusive (China-time dates)." })
  electricityUse(
    @Root() e: Enterprise,
    @Arg("from", () => DateScalar, { description: "First China-time day, inclusive." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last China-time day, inclusive; not before `from`." }) to: string,
    @Arg("granularity", () => ElectricityGranularity, { defaultValue: ElectricityGranularity.DAY, description: "The step of `series`." })
    granularity: ElectricityGranularity,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ElectricityUse> {
    assertInOrder(from, to);
    return electricityUseLoader(ctx).load({
      creditCode: e.creditCode, from, to, granularity: granularity ?? ElectricityGranularity.DAY, series: selects(info, "series"),
    });
  }

  @FieldResolver(() => ElectricityChange, {
    nullable: true,
    description:
      "Mean daily electricity use from `from` to `to` against a baseline from `baselineFrom` to `baselineTo` (China-time dates, all inclusive): did the enterprise cut production?",
  })
  electricityChange(
    @Root() e: Enterprise,
    @Arg("baselineFrom", () => DateScalar, { description: "First China-time day of the baseline, inclusive." }) baselineFrom: string,
    @Arg("baselineTo", () => DateScalar, { description: "Last China-time day of the baseline, inclusive; not before `baselineFrom`." }) baselineTo: string,
    @Arg("from", () => DateScalar, { description: "First China-time day of the period compared, inclusive." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last China-time day of the period compared, inclusive; not before `from`." }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<ElectricityChange> {
    assertInOrder(baselineFrom, baselineTo, ["baselineFrom", "baselineTo"]);
    assertInOrder(from, to);
    return electricityChangeLoader(ctx).load({ creditCode: e.creditCode, baselineFrom, baselineTo, from, to });
  }
}

export const parts: SubgraphParts = { resolvers: [EnterpriseElectricityResolver] };
