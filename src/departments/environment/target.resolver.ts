import { declareTextCap, LONG_TEXT_MAX } from "../../common/input-guard.js";
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { Department } from "../../shared/departments.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { Metric, METRIC_INFO } from "../../shared/metrics.js";
import { requireAdmin } from "../../common/policy.js";
import { isKnownRegionCode } from "../../shared/regions.data.js";
import { toChinaDate } from "../../shared/dates.js";
import { AIR_QUALITY_METRICS, refreshAirQualityIndicators } from "./air-quality-indicators.js";
import { airQualityLoader } from "./air-quality.resolver.js";
import { summarize } from "./air-quality.service.js";
import { indicators as indicatorDataset } from "./indicator.dataset.js";
import { Comparison, Target, TargetStatus } from "./target.entity.js";
import { targetCandidates, targetStatus } from "./indicator.resolver.js";
import { parsePeriod } from "./period.js";
import { Region, regions } from "./region.entity.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { Envelope } from "../../common/sharing.js";
import type { SubgraphParts } from "../../common/federation.js";

@InputType({ description: "A target of the plan to set: region, metric and period name it; a target already set for them is changed." })
class TargetInput {
  @Field(() => ID, { description: "GB/T 2260 code of the province, city or county the target is for." }) regionCode!: string;
  @Field(() => Metric, { description: "The metric the target is set on." }) metric!: Metric;
  @Field({ description: "YYYY, YYYY-MM or YYYY-MM..YYYY-MM." }) period!: string;
  @Field(() => Comparison, { description: "AT_MOST (≤) or AT_LEAST (≥) the value." }) comparison!: Comparison;
  @Field(() => Float, { description: "The target value in the metric's unit; ratios are fractions 0..1." }) value!: number;
  @Field({ description: `Where the plan sets it (at most ${LONG_TEXT_MAX} characters).` }) sourceClause!: string;
}
declareTextCap("TargetInput.sourceClause", LONG_TEXT_MAX);

@Shared(Dataset.TARGETS)
@ObjectType({ description: "One target and how the region stands against it." })
class TargetProgress {
  @Field(() => Metric, { description: "The metric the target is set on." }) metric!: Metric;
  @Field({ description: "The target's period: YYYY, YYYY-MM or YYYY-MM..YYYY-MM." }) period!: string;
  @Field(() => Region, { description: "Whose target this is: the region's own, its city's, or the province's." }) targetRegion!: Region;
  @Field(() => Comparison, { description: "Whether the actual must stay at most (≤) or reach at least (≥) the target." }) comparison!: Comparison;
  @Field(() => Float, { description: "The target value, in `unit`." }) target!: number;
  @Field(() => Float, { nullable: true, description: "The value so far; null when there is none (or the period's coverage fails)." }) actual!: number | null;
  @Field({ description: "The metric's unit, e.g. µg/m³ or ratio (a fraction 0..1)." }) unit!: string;
  @Field(() => TargetStatus, { description: "Met, on track, at risk, missed, or no data (the rule is in TargetStatus)." }) status!: TargetStatus;
  @Field({ description: "Where the plan sets the target, e.g. 二(一)." }) sourceClause!: string;
  @Field({ description: "True when the hub holds no data to measure the metric: the value is reported outside the hub (actual is what a department recorded, if any)." })
  reportedOutsideHub!: boolean;
}

@Resolver(() => Region)
export class TargetProgressResolver {
  @FieldResolver(() => [TargetProgress], {
    description:
      "Every target of the year that applies to this region, per metric and period: its own, else its city's, else the province's. `actual` is, for air-quality metrics, the published (rounded) evaluation over the target's period up to today (as airQuality computes it; the province's is the mean of its cities'); for other metrics, the indicator the owning department contributed for this region and period. `status`: MET / MISSED when the period has ended and actual, rounded to its reporting precision (GB/T 8170: µg/m³ to integers, ratios to three decimals, days to whole days), meets / fails the target, ON_TRACK / AT_RISK while it runs, NO_DATA without an actual.",
  })
  async targetProgress(@Root() region: Region, @Arg("year", () => Int, { description: "The year whose targets are reported (annual ones and the stages within it), 2000 to 2100." }) year: number, @Ctx() ctx: HubContext): Promise<TargetProgress[]> {
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    const candidates = targetCandidates(region.code);
    const targets = await ctx.em.find(Target, { regionCode: { $in: candidates }, period: { $like: `${year}%` } });
    const chosen = new Map<string, Target>();
    for (const code of [...candidates].reverse()) for (const t of targets.filter((x) => x.regionCode === code)) chosen.set(`${t.metric}|${t.period}`, t);
    const today = toChinaDate(new Date());
    const indicators = await ctx.em.find(indicatorDataset.entity, { regionCode: region.code, period: { $like: `${year}%` } });
    const out: TargetProgress[] = [];
    for (const t of [...chosen.values()].sort((a, b) => a.metric.localeCompare(b.metric) || a.period.localeCompare(b.period))) {
      const range = parsePeriod(t.period)!;
      let actual: number | null = null;
      const pick = AIR_QUALITY_METRICS[t.metric];
      if (pick) {
        const to = range.to < today ? range.to : today;
        if (range.from <= to) {
          const aq = await airQualityLoader(ctx).load({ regionCode: region.code, from: range.from, to });
          actual = pick(summarize(aq, range.from, to));
        }
      } else {
        actual = indicators.find((i) => i.metric === t.metric && i.period === t.period)?.value ?? null;
      }
      out.push({
        metric: t.metric,
        period: t.period,
        targetRegion: (await regions.loader(ctx).load(t.regionCode))!,
        comparison: t.comparison,
        target: t.value,
        actual,
        unit: METRIC_INFO[t.metric].unit,
        status: targetStatus(actual, t, t.period, today),
        sourceClause: t.sourceClause,
        reportedOutsideHub: METRIC_INFO[t.metric].outsideHub,
      });
    }
    return out;
  }
}

@Resolver(() => Target)
export class TargetAdminResolver {
  @Mutation(() => Target, { description: "Sets (creates or changes) a target (environment admins)." })
  async setTarget(@Arg("input", () => TargetInput, { description: "The target to create or change." }) input: TargetInput, @Ctx() ctx: HubContext): Promise<Target> {
    requireAdmin(ctx, Department.ENVIRONMENT, "setTarget");
    if (!isKnownRegionCode(input.regionCode)) throw badInput(`unknown region ${input.regionCode}`, { argument: "regionCode" });
    if (!parsePeriod(input.period)) throw badInput(`period ${input.period} is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM`, { argument: "period" });
    const info = METRIC_INFO[input.metric];
    if (!Number.isFinite(input.value) || input.value < info.min || input.value > info.max) {
      throw badInput(`value ${input.value} is outside ${info.min}–${info.max} ${info.unit} for ${input.metric}`, { argument: "value" });
    }
    const existing = await ctx.em.findOne(Target, { regionCode: input.regionCode, metric: input.metric, period: input.period });
    const t = existing ?? ctx.em.create(Target, { regionCode: input.regionCode, metric: input.metric, period: input.period, comparison: input.comparison, value: input.value, sourceClause: input.sourceClause });
    Object.assign(t, { comparison: input.comparison, value: input.value, sourceClause: input.sourceClause.trim() });
    await ctx.em.persistAndFlush(t);
    return t;
  }

  @Envelope()
  @Mutation(() => Int, { description: "Recomputes the air-quality indicators of a year from the observations (environment admins); returns the indicators changed." })
  async refreshAirQualityIndicators(@Arg("year", () => Int, { description: "The calendar year whose China-time observations are evaluated; the indicators get the period YYYY." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.ENVIRONMENT, "refreshAirQualityIndicators");
    const changed = await refreshAirQualityIndicators(ctx.db, year);
    await ctx.datasetStats.refresh([Dataset.INDICATORS]);
    return changed;
  }
}

export const parts: SubgraphParts = { resolvers: [TargetAdminResolver, TargetProgressResolver] };
