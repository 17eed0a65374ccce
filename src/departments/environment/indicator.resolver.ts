import { Arg, Args, Ctx, FieldResolver, Float, Query, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { Metric, METRIC_INFO } from "../../shared/metrics.js";
import { reportingDigitsOfUnit, roundHalfEven } from "../../airquality/index.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { cityOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";
import { toChinaDate } from "../../shared/dates.js";
import { indicators, type Indicator } from "./indicator.dataset.js";
import { Comparison, Target, TargetStatus } from "./target.entity.js";
import { parsePeriod } from "./period.js";
import type { SubgraphParts } from "../../common/federation.js";

const TargetConnection = connectionOf(Target, "Target");

/** The regions whose target applies to a region, most specific first: itself, its city, the province. */
export function targetCandidates(regionCode: string): string[] {
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

/** Judged on the figure as reported: rounded once (GB/T 8170) to the metric's reporting precision, so 53.4 meets "≤ 53". */
export function meets(value: number, target: Target): boolean {
  const digits = reportingDigitsOfUnit(METRIC_INFO[target.metric as Metric].unit);
  const reported = digits === null ? value : roundHalfEven(value, digits);
  return target.comparison === Comparison.AT_MOST ? reported <= target.value : reported >= target.value;
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

@Resolver(() => indicators.entity)
export class IndicatorResolver {
  @Query(() => TargetConnection, { description: "The plan's targets, by region, metric and period." })
  targets(@Args() page: PageArgs, @Arg("metric", () => Metric, { nullable: true, description: "Only the targets on this metric." }) metric: Metric | undefined, @Ctx() ctx: HubContext) {
    return findPage(ctx.em, Target, metric ? { metric } : {}, ["regionCode", "metric", "period"], page);
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

export const parts: SubgraphParts = { resolvers: [IndicatorResolver] };
