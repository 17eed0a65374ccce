import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { indicatorContribution } from "./indicator.contribution.js";
import { loader, type HubContext } from "../../common/context.js";
import { Metric } from "../../common/metrics.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { cityOf, HENAN_PROVINCE_CODE } from "../../common/regions.data.js";
import { toChinaDate } from "../../common/scalars.js";
import { Comparison, Indicator, Target, TargetStatus } from "./indicator.entity.js";
import { regionLoader } from "./loaders.js";
import { parsePeriod } from "./period.js";
import { Region } from "./region.entity.js";

const IndicatorConnection = connectionOf(Indicator, "Indicator");
const TargetConnection = connectionOf(Target, "Target");

@InputType()
class IndicatorFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => Metric, { nullable: true })
  metric?: Metric;

  @Field({ nullable: true })
  period?: string;
}

/** The regions whose target applies to a region, most specific first: itself, its city, the province. */
function targetCandidates(regionCode: string): string[] {
  const city = cityOf(regionCode)?.code;
  return [...new Set([regionCode, ...(city ? [city] : []), HENAN_PROVINCE_CODE])];
}

const targetKey = (metric: string, period: string, regionCode: string) => `${metric}|${period}|${regionCode}`;

/** The target that applies to an indicator; a region without its own is judged against the province's. */
export const applicableTargetLoader = (ctx: HubContext) =>
  loader<Indicator, Target | null>(
    ctx,
    "env.applicableTarget",
    async (indicators) => {
      const metrics = [...new Set(indicators.map((i) => i.metric))];
      const periods = [...new Set(indicators.map((i) => i.period))];
      const rows = await ctx.em.find(Target, { metric: { $in: metrics }, period: { $in: periods } });
      const byKey = new Map(rows.map((t) => [targetKey(t.metric, t.period, t.regionCode), t]));
      return indicators.map((i) => {
        for (const code of targetCandidates(i.regionCode)) {
          const t = byKey.get(targetKey(i.metric, i.period, code));
          if (t) return t;
        }
        return null;
      });
    },
    (i) => targetKey(i.metric, i.period, i.regionCode),
  );

export function meets(value: number, target: Target): boolean {
  return target.comparison === Comparison.AT_MOST ? value <= target.value : value >= target.value;
}

/** The status rule, also in the TargetStatus description. */
export function targetStatus(value: number | null, target: Target, period: string, today = toChinaDate(new Date())): TargetStatus {
  if (value === null) return TargetStatus.NO_DATA;
  const range = parsePeriod(period);
  const ended = range ? range.to < today : true;
  const ok = meets(value, target);
  if (ended) return ok ? TargetStatus.MET : TargetStatus.MISSED;
  return ok ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: "Indicators of every department, filtered." })
  indicators(
    @Args() page: PageArgs,
    @Arg("filter", () => IndicatorFilter, { nullable: true }) filter: IndicatorFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.metric) where.metric = filter.metric;
    if (filter?.period) where.period = filter.period;
    return findPage(ctx.em, Indicator, where, ["regionCode", "metric", "period"], page);
  }

  @Query(() => TargetConnection, { description: "The plan's targets." })
  targets(@Args() page: PageArgs, @Arg("metric", () => Metric, { nullable: true }) metric: Metric | undefined, @Ctx() ctx: HubContext) {
    return findPage(ctx.em, Target, metric ? { metric } : {}, ["regionCode", "metric", "period"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this indicator value, oldest first." })
  history(@Root() i: Indicator, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, indicatorContribution).load([i.regionCode, i.metric, i.period]);
  }

  @FieldResolver(() => Region)
  region(@Root() i: Indicator, @Ctx() ctx: HubContext) {
    return regionLoader(ctx).load(i.regionCode);
  }

  @FieldResolver(() => Float, { nullable: true, description: "The target that applies: the region's own, else its city's, else the province's." })
  async target(@Root() i: Indicator, @Ctx() ctx: HubContext): Promise<number | null> {
    return (await applicableTargetLoader(ctx).load(i))?.value ?? null;
  }

  @FieldResolver(() => TargetStatus, { nullable: true, description: "Null when no target applies." })
  async status(@Root() i: Indicator, @Ctx() ctx: HubContext): Promise<TargetStatus | null> {
    const t = await applicableTargetLoader(ctx).load(i);
    return t ? targetStatus(i.value, t, i.period) : null;
  }
}

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Region)
  region(@Root() t: Target, @Ctx() ctx: HubContext) {
    return regionLoader(ctx).load(t.regionCode);
  }
}
