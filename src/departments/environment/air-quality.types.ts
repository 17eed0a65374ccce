import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import type { Category, Pollutant } from "../../airquality/index.js";
import { defineEnum } from "../../common/enum.js";
import { DateScalar } from "../../common/scalars.js";
import { Envelope, Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

// typed by the unions of src/airquality: a value left out here does not compile
export const PollutantEnum: { readonly [P in Pollutant]: P } = defineEnum("Pollutant", ["PM25", "PM10", "SO2", "NO2", "CO", "O3_1H", "O3_8H"], "O3_1H and O3_8H are the daily maximum 1-hour value and the maximum 8-hour moving average.");
export const CategoryEnum: { readonly [C in Category]: C } = defineEnum("AqiCategory", ["EXCELLENT", "GOOD", "LIGHT", "MODERATE", "HEAVY", "SEVERE"], "优 / 良 / 轻度 / 中度 / 重度 / 严重污染 (HJ 633-2012).");

@InputType({ description: "Concentrations for an AQI: µg/m³, CO in mg/m³. The daily report uses 24h means, the O3 daily max 1h and max 8h." })
export class ConcentrationsInput {
  @Field(() => Float, { nullable: true }) pm25?: number;
  @Field(() => Float, { nullable: true }) pm10?: number;
  @Field(() => Float, { nullable: true }) so2?: number;
  @Field(() => Float, { nullable: true }) no2?: number;
  @Field(() => Float, { nullable: true }) co?: number;
  @Field(() => Float, { nullable: true }) o3OneHour?: number;
  @Field(() => Float, { nullable: true }) o3EightHour?: number;
  @Field(() => Float, { nullable: true, description: "Hourly report: SO2 1h (above 800 it is not used; the 24h value is)." }) so2OneHour?: number;
  @Field(() => Float, { nullable: true }) no2OneHour?: number;
  @Field(() => Float, { nullable: true }) coOneHour?: number;
}

@Envelope()
@ObjectType()
export class PollutantIndex {
  @Field(() => PollutantEnum) pollutant!: Pollutant;
  @Field(() => Int) value!: number;
}

@Envelope()
@ObjectType({ description: "An AQI with its category, primary and exceeding pollutants (HJ 633)." })
export class AirQualityIndex {
  @Field(() => Int, { nullable: true, description: "Null when no indicator was given." }) aqi!: number | null;
  @Field(() => Int, { nullable: true, description: "1 (一级) … 6 (六级)." }) level!: number | null;
  @Field(() => CategoryEnum, { nullable: true }) category!: Category | null;
  @Field(() => String, { nullable: true, description: "The category colour, #RRGGBB." }) color!: string | null;
  @Field(() => [PollutantEnum], { description: "Empty when AQI ≤ 50; every pollutant tied at the maximum otherwise." }) primaryPollutants!: Pollutant[];
  @Field(() => [PollutantEnum], { description: "Pollutants with IAQI > 100." }) exceedingPollutants!: Pollutant[];
  @Field(() => [PollutantIndex]) iaqi!: PollutantIndex[];
  @Field({ description: "True when a concentration lay above the table's top and its IAQI was held at 500." }) capped!: boolean;
  @Field({ description: "The ruleset applied, e.g. HJ633_2012." }) ruleset!: string;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({ description: "A region's day: daily-report indicators (null when their validity rule fails) and its AQI." })
export class DailyAirQuality {
  @Field(() => DateScalar) date!: string;
  @Field(() => Int, { nullable: true }) aqi!: number | null;
  @Field(() => CategoryEnum, { nullable: true }) category!: Category | null;
  @Field(() => [PollutantEnum]) primaryPollutants!: Pollutant[];
  @Field(() => Float, { nullable: true }) pm25!: number | null;
  @Field(() => Float, { nullable: true }) pm10!: number | null;
  @Field(() => Float, { nullable: true }) so2!: number | null;
  @Field(() => Float, { nullable: true }) no2!: number | null;
  @Field(() => Float, { nullable: true, description: "mg/m³." }) co!: number | null;
  @Field(() => Float, { nullable: true }) o3OneHourMax!: number | null;
  @Field(() => Float, { nullable: true, description: "MDA8: the day's maximum 8-hour moving average." }) o3EightHourMax!: number | null;
  @Field({ description: "All seven indicators valid: the day counts in period evaluations." }) valid!: boolean;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({
  description:
    "A period's evaluation (HJ 663-2013) over its valid days, agreeing with dailyAirQuality. Ratios are fractions 0..1. When the period misses GB 3095's coverage (27 daily values in each full month, 25 in February; 324 in a full year) the means, percentiles and ratios are null and missingReason says why.",
})
export class AirQualitySummary {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => Int) validDays!: number;
  @Field(() => Float, { nullable: true }) pm25Mean!: number | null;
  @Field(() => Float, { nullable: true }) pm10Mean!: number | null;
  @Field(() => Float, { nullable: true }) so2Mean!: number | null;
  @Field(() => Float, { nullable: true }) no2Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily CO." }) coP95!: number | null;
  @Field(() => Float, { nullable: true, description: "90th percentile of daily MDA8 O3." }) o3Mda8P90!: number | null;
  @Field(() => Int) goodDays!: number;
  @Field(() => Float, { nullable: true }) goodDayRatio!: number | null;
  @Field(() => Int) heavyPollutionDays!: number;
  @Field(() => Float, { nullable: true }) heavyPollutionDayRatio!: number | null;
  @Field(() => Int, { description: "Days with MDA8 O3 above 160 (160 itself is not an exceedance)." }) o3ExceedanceDays!: number;
  @Field(() => Float, { nullable: true }) o3ExceedanceRate!: number | null;
  @Field({ description: "The period has the daily coverage GB 3095 requires." }) complete!: boolean;
  @Field(() => String, { nullable: true }) missingReason!: string | null;
}
