import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { computeAqi, rankByCompositeIndex, rulesetFor, suggestWarningLevel, type AqiResult } from "../../airquality/index.js";
import { loader, type HubContext } from "../../common/context.js";
import { assertInOrder, badInput } from "../../common/errors.js";
import { DateScalar } from "../../common/scalars.js";
import { AirQualityIndex, AirQualitySummary, ConcentrationsInput, DailyAirQuality } from "./air-quality.types.js";
import { regionsAirQuality, summarize, type RegionAirQuality } from "./air-quality.service.js";
import { Region, regions } from "./region.entity.js";
import { citiesOf } from "../../shared/regions.data.js";
import { Envelope } from "../../common/sharing.js";
import type { SubgraphParts } from "../../common/federation.js";

const MAX_SPAN_DAYS = 731;

export function checkPeriod(from: string, to: string): void {
  assertInOrder(from, to);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days > MAX_SPAN_DAYS) throw badInput(`the period spans ${days} days; ask for at most ${MAX_SPAN_DAYS}`, { argument: "to" });
}

/** Every region asked for the same period is computed by one statement. */
export const airQualityLoader = (ctx: HubContext) =>
  loader<{ regionCode: string; from: string; to: string }, RegionAirQuality>(
    ctx,
    "env.airQuality",
    async (keys) => {
      const periods = new Map<string, string[]>();
      for (const k of keys) periods.set(`${k.from}|${k.to}`, [...(periods.get(`${k.from}|${k.to}`) ?? []), k.regionCode]);
      const results = new Map<string, RegionAirQuality>();
      await Promise.all(
        [...periods].map(async ([p, codes]) => {
          const [from, to] = p.split("|");
          for (const [code, aq] of await regionsAirQuality(ctx.db, [...new Set(codes)], from, to)) results.set(`${code}|${p}`, aq);
        }),
      );
      return keys.map((k) => results.get(`${k.regionCode}|${k.from}|${k.to}`)!);
    },
    (k) => `${k.regionCode}|${k.from}|${k.to}`,
  );

function toIndex(r: AqiResult): AirQualityIndex {
  return {
    aqi: r.aqi,
    level: r.level,
    category: r.category,
    color: r.color?.hex ?? null,
    primaryPollutants: r.primaryPollutants,
    exceedingPollutants: r.exceedingPollutants,
    iaqi: r.iaqi.map((i) => ({ pollutant: i.pollutant, value: i.value })),
    capped: r.capped,
    ruleset: r.ruleset,
  };
}

@Envelope()
@ObjectType({ description: "The warning level the national criteria (2019) give a forecast, and why." })
class WarningSuggestion {
  @Field(() => String, { nullable: true, description: "RED, ORANGE, YELLOW, or null for no warning." }) level!: string | null;
  @Field({ description: "Which criterion gave the level (days above 200, 300 or reaching 500), or why none applies." }) reason!: string;
}

@Envelope()
@ObjectType({ description: "A city's place in the ranking by composite index." })
class CityRank {
  @Field(() => Int, { nullable: true, description: "1 = the smallest composite index (best); equal indices share a rank (1, 1, 3). Null when the city's index is missing (its coverage fails)." }) rank!: number | null;
  @Field(() => Region, { description: "The city ranked." }) region!: Region;
  @Field(() => Float, { nullable: true, description: "The published composite index (two decimals) the rank is by." }) compositeIndex!: number | null;
  @Field(() => AirQualitySummary, { description: "The city's evaluation of the period, with its six single indices." }) airQuality!: AirQualitySummary;
}


@Resolver(() => Region)
export class RegionAirQualityResolver {
  @FieldResolver(() => [DailyAirQuality], { description: "One entry per day with observations, from and to inclusive (China time). A city's day comes from the hourly mean of its stations; each value is published rounded once (GB/T 8170: integers, CO one decimal). The province's day is the mean of its cities' unrounded days, rounded once; it is for reading only, since the province's period figures are the means of its cities' figures (see airQuality)." })
  async dailyAirQuality(
    @Root() region: Region,
    @Arg("from", () => DateScalar, { description: "First China-time day, inclusive." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last China-time day, inclusive; not before `from`." }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<DailyAirQuality[]> {
    checkPeriod(from, to);
    const aq = await airQualityLoader(ctx).load({ regionCode: region.code, from, to });
    return aq.days.map((d) => ({
      date: d.date, aqi: d.aqi.aqi, category: d.aqi.category, primaryPollutants: d.aqi.primaryPollutants,
      pm25: d.pm25, pm10: d.pm10, so2: d.so2, no2: d.no2, co: d.co, o3OneHourMax: d.o3OneHourMax, o3EightHourMax: d.o3EightHourMax, valid: d.valid,
      missingIndicators: d.missingIndicators,
    }));
  }

  @FieldResolver(() => AirQualitySummary, { description: "The period's evaluation. A city's agrees with its dailyAirQuality over the same period (each item over its own valid days); the province's is the mean of its cities' figures." })
  async airQuality(
    @Root() region: Region,
    @Arg("from", () => DateScalar, { description: "First China-time day, inclusive." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last China-time day, inclusive; not before `from`." }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<AirQualitySummary> {
    checkPeriod(from, to);
    const aq = await airQualityLoader(ctx).load({ regionCode: region.code, from, to });
    return summarize(aq, from, to);
  }
}

@Resolver()
export class ObservationResolver {
  @Query(() => AirQualityIndex, { description: "The AQI of given concentrations (HJ 633). `on` chooses the ruleset in force that day; without it, HJ633_2012." })
  airQualityIndex(
    @Arg("concentrations", () => ConcentrationsInput, { description: "The concentrations to index; a pollutant left out has no IAQI." }) c: ConcentrationsInput,
    @Arg("on", () => DateScalar, { nullable: true, description: "The day whose ruleset applies; default HJ633_2012." }) on: string | undefined,
  ): AirQualityIndex {
    for (const [k, v] of Object.entries(c)) {
      if (typeof v === "number" && (!Number.isFinite(v) || v < 0)) throw badInput(`${k} must be a concentration ≥ 0, got ${v}`, { argument: k });
    }
    return toIndex(computeAqi({ ...c }, on ? rulesetFor(on) : rulesetFor("2021-01-01")));
  }

  @Query(() => [CityRank], {
    description:
      "The province's 18 cities ranked by composite index over the period (城市环境空气质量排名技术规定, 2018), best (smallest) first; cities without an index (coverage fails) last, unranked.",
  })
  async cityRanking(@Arg("from", () => DateScalar, { description: "First China-time day, inclusive." }) from: string, @Arg("to", () => DateScalar, { description: "Last China-time day, inclusive; not before `from`." }) to: string, @Ctx() ctx: HubContext): Promise<CityRank[]> {
    checkPeriod(from, to);
    const codes = citiesOf().map((c) => c.code);
    const aqs = await airQualityLoader(ctx).loadMany(codes.map((regionCode) => ({ regionCode, from, to })));
    const summaries = aqs.map((aq, i) => {
      if (aq instanceof Error) throw aq;
      return { code: codes[i]!, summary: summarize(aq, from, to) };
    });
    const cities = await Promise.all(codes.map((c) => regions.loader(ctx).load(c)));
    return rankByCompositeIndex(summaries, (s) => s.summary.compositeIndex).map(({ rank, entry }) => ({
      rank,
      region: cities[codes.indexOf(entry.code)] as Region,
      compositeIndex: entry.summary.compositeIndex,
      airQuality: entry.summary,
    }));
  }

  @Query(() => WarningSuggestion, { description: "Applies the national heavy-pollution warning criteria to a forecast of daily AQIs (one per day, from tomorrow)." })
  suggestWarningLevel(@Arg("forecastAqi", () => [Int], { description: "Forecast daily AQIs, one per day from tomorrow, each ≥ 0." }) forecastAqi: number[]): WarningSuggestion {
    if (forecastAqi.some((a) => a < 0)) throw badInput("forecastAqi values must be ≥ 0", { argument: "forecastAqi" });
    const s = suggestWarningLevel(forecastAqi);
    return { level: s.level, reason: s.reason };
  }
}

export const parts: SubgraphParts = { resolvers: [ObservationResolver, RegionAirQualityResolver] };
