import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import type { Category, Pollutant } from "../../airquality/index.js";
import { defineEnum } from "../../common/enum.js";
import { DateScalar } from "../../common/scalars.js";
import { Envelope, Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

// typed by the unions of src/airquality: a value left out here does not compile
export const PollutantEnum: { readonly [P in Pollutant]: P } = defineEnum(
  "Pollutant",
  {
    PM25: "Fine particulate matter PM2.5 (细颗粒物), µg/m³.",
    PM10: "Inhalable particulate matter PM10 (可吸入颗粒物), µg/m³.",
    SO2: "Sulphur dioxide (二氧化硫), µg/m³.",
    NO2: "Nitrogen dioxide (二氧化氮), µg/m³.",
    CO: "Carbon monoxide (一氧化碳), mg/m³.",
    O3_1H: "Ozone (臭氧), the day's maximum 1-hour value, µg/m³.",
    O3_8H: "Ozone (臭氧), the day's maximum 8-hour moving average (MDA8), µg/m³.",
  }, "O3_1H and O3_8H are the daily maximum 1-hour value and the maximum 8-hour moving average.");
export const CategoryEnum: { readonly [C in Category]: C } = defineEnum(
  "AqiCategory",
  {
    EXCELLENT: "Excellent (优), AQI 0–50.",
    GOOD: "Good (良), AQI 51–100.",
    LIGHT: "Lightly polluted (轻度污染), AQI 101–150.",
    MODERATE: "Moderately polluted (中度污染), AQI 151–200.",
    HEAVY: "Heavily polluted (重度污染), AQI 201–300.",
    SEVERE: "Severely polluted (严重污染), AQI above 300.",
  }, "优 / 良 / 轻度 / 中度 / 重度 / 严重污染 (HJ 633-2012).");

@InputType({ description: "Concentrations for an AQI: µg/m³, CO in mg/m³. The daily report uses 24h means, the O3 daily max 1h and max 8h." })
export class ConcentrationsInput {
  @Field(() => Float, { nullable: true, description: "PM2.5, µg/m³, 24-hour mean." }) pm25?: number;
  @Field(() => Float, { nullable: true, description: "PM10, µg/m³, 24-hour mean." }) pm10?: number;
  @Field(() => Float, { nullable: true, description: "SO2, µg/m³, 24-hour mean." }) so2?: number;
  @Field(() => Float, { nullable: true, description: "NO2, µg/m³, 24-hour mean." }) no2?: number;
  @Field(() => Float, { nullable: true, description: "CO, mg/m³, 24-hour mean." }) co?: number;
  @Field(() => Float, { nullable: true, description: "O3, µg/m³, 1-hour value (the daily report: the day's maximum)." }) o3OneHour?: number;
  @Field(() => Float, { nullable: true, description: "O3, µg/m³: the day's maximum 8-hour moving average (MDA8); above 800 it is not used and O3 relies on its 1-hour value." }) o3EightHour?: number;
  @Field(() => Float, { nullable: true, description: "Hourly report: SO2 1h (above 800 it is not used; the 24h value is)." }) so2OneHour?: number;
  @Field(() => Float, { nullable: true, description: "Hourly report: NO2 1-hour value, µg/m³." }) no2OneHour?: number;
  @Field(() => Float, { nullable: true, description: "Hourly report: CO 1-hour value, mg/m³." }) coOneHour?: number;
}

@Envelope()
@ObjectType({ description: "One pollutant's individual air quality index (IAQI, 空气质量分指数), from its concentration and the HJ 633 breakpoints." })
export class PollutantIndex {
  @Field(() => PollutantEnum, { description: "The pollutant the index is for." }) pollutant!: Pollutant;
  @Field(() => Int, { description: "Its IAQI, 0 to 500, rounded up to a whole number." }) value!: number;
}

@Envelope()
@ObjectType({ description: "An AQI with its category, primary and exceeding pollutants (HJ 633)." })
export class AirQualityIndex {
  @Field(() => Int, { nullable: true, description: "Null when no indicator was given." }) aqi!: number | null;
  @Field(() => Int, { nullable: true, description: "1 (一级) … 6 (六级)." }) level!: number | null;
  @Field(() => CategoryEnum, { nullable: true, description: "The AQI category (优 … 严重污染); null when there is no AQI." }) category!: Category | null;
  @Field(() => String, { nullable: true, description: "The category colour, #RRGGBB." }) color!: string | null;
  @Field(() => [PollutantEnum], { description: "Empty when AQI ≤ 50; every pollutant tied at the maximum otherwise." }) primaryPollutants!: Pollutant[];
  @Field(() => [PollutantEnum], { description: "Pollutants with IAQI > 100." }) exceedingPollutants!: Pollutant[];
  @Field(() => [PollutantIndex], { description: "The individual index of every pollutant given; the AQI is their maximum." }) iaqi!: PollutantIndex[];
  @Field({ description: "True when a concentration lay above the table's top and its IAQI was held at 500." }) capped!: boolean;
  @Field({ description: "The ruleset applied, e.g. HJ633_2012." }) ruleset!: string;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({ description: "A region's day: daily-report indicators (null when their validity rule fails) and its AQI." })
export class DailyAirQuality {
  @Field(() => DateScalar, { description: "The China-time day." }) date!: string;
  @Field(() => Int, { nullable: true, description: "The day's AQI (HJ 633), the maximum of the valid indicators' IAQIs; null when none is valid." }) aqi!: number | null;
  @Field(() => CategoryEnum, { nullable: true, description: "The AQI category (优 … 严重污染); null when there is no AQI." }) category!: Category | null;
  @Field(() => [PollutantEnum], { description: "The pollutants with the highest IAQI when the AQI is above 50 (首要污染物); empty otherwise." }) primaryPollutants!: Pollutant[];
  @Field(() => Float, { nullable: true, description: "24-hour mean PM2.5, µg/m³; null when the day's hours do not meet the validity rule." }) pm25!: number | null;
  @Field(() => Float, { nullable: true, description: "24-hour mean PM10, µg/m³; null when invalid." }) pm10!: number | null;
  @Field(() => Float, { nullable: true, description: "24-hour mean SO2, µg/m³; null when invalid." }) so2!: number | null;
  @Field(() => Float, { nullable: true, description: "24-hour mean NO2, µg/m³; null when invalid." }) no2!: number | null;
  @Field(() => Float, { nullable: true, description: "mg/m³." }) co!: number | null;
  @Field(() => Float, { nullable: true, description: "The day's maximum 1-hour O3, µg/m³; null when invalid." }) o3OneHourMax!: number | null;
  @Field(() => Float, { nullable: true, description: "MDA8: the day's maximum 8-hour moving average." }) o3EightHourMax!: number | null;
  @Field({ description: "All seven indicators valid. A day with some missing still counts for the others (validity is judged per pollutant): see missingIndicators." }) valid!: boolean;
  @Field(() => [PollutantEnum], { description: "The indicators whose daily value failed its validity rule; the AQI is computed from the others (HJ 633), and is null when none is valid." }) missingIndicators!: Pollutant[];
}

const UNROUNDED = "Unrounded: the figure before its one GB/T 8170 rounding (a city's still computed from its published daily values; the province's the mean of its cities' unrounded figures).";

@Shared(Dataset.OBSERVATIONS)
@ObjectType({ description: `The figures of an AirQualitySummary before their rounding, for analysts. ${UNROUNDED} Day counts of the province are means, hence fractional.` })
export class AirQualityFigures {
  @Field(() => Float, { description: "Days with an AQI: the denominator of the day ratios." }) validDays!: number;
  @Field(() => Float, { nullable: true, description: "Period mean of PM2.5's valid days, µg/m³." }) pm25Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of PM10's valid days, µg/m³." }) pm10Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of SO2's valid days, µg/m³." }) so2Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of NO2's valid days, µg/m³." }) no2Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "98th percentile of daily SO2, µg/m³." }) so2P98!: number | null;
  @Field(() => Float, { nullable: true, description: "98th percentile of daily NO2, µg/m³." }) no2P98!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily PM10, µg/m³." }) pm10P95!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily PM2.5, µg/m³." }) pm25P95!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily CO, mg/m³." }) coP95!: number | null;
  @Field(() => Float, { nullable: true, description: "90th percentile of daily MDA8 O3, µg/m³." }) o3Mda8P90!: number | null;
  @Field(() => Float, { description: "Days with AQI ≤ 100 (优良)." }) goodDays!: number;
  @Field(() => Float, { nullable: true, description: "Good days (AQI ≤ 100, 优良天数比例) over days with an AQI, a fraction 0..1." }) goodDayRatio!: number | null;
  @Field(() => Float, { description: "Days with AQI above 200 (重度及以上污染)." }) heavyPollutionDays!: number;
  @Field(() => Float, { nullable: true, description: "Days with AQI above 200 over days with an AQI, a fraction 0..1." }) heavyPollutionDayRatio!: number | null;
  @Field(() => Float, { description: "Days with MDA8 O3 above 160 µg/m³." }) o3ExceedanceDays!: number;
  @Field(() => Float, { nullable: true, description: "O3 exceedance days over O3's valid days, a fraction 0..1." }) o3ExceedanceRate!: number | null;
  @Field(() => Float, { nullable: true, description: "A city's: its published SO2 mean / 60, not yet rounded." }) so2Index!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index: NO2 mean / 40." }) no2Index!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index: PM10 mean / 70." }) pm10Index!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index: PM2.5 mean / 35." }) pm25Index!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index: CO 95th percentile / 4." }) coIndex!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index: O3 MDA8 90th percentile / 160." }) o3Index!: number | null;
  @Field(() => Float, { nullable: true, description: "The sum of the unrounded single indices." }) compositeIndex!: number | null;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({ description: "Days of one AQI category in a period (a province: the mean of its cities' counts, rounded to a whole day)." })
export class CategoryDays {
  @Field(() => CategoryEnum, { description: "The AQI category counted." }) category!: Category;
  @Field(() => Int, { description: "Days of the period in that category, of those with an AQI." }) days!: number;
  @Field(() => Float, { description: UNROUNDED }) daysUnrounded!: number;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({
  description:
    "One evaluation item over its own valid days (GB 3095 §8, judged per pollutant): how many, whether they cover the period, and its exceedance days (daily value above the grade-2 24h limit: SO2 150, NO2 80, PM10 150, PM2.5 75, CO 4 mg/m³; O3 MDA8 160). A province's counts are the means of its cities', rounded to whole days.",
})
export class PollutantEvaluation {
  @Field(() => PollutantEnum, { description: "SO2, NO2, PM10, PM25, CO or O3_8H (MDA8)." }) pollutant!: Pollutant;
  @Field(() => Int, { description: "Days the item's daily value met its validity rule." }) validDays!: number;
  @Field(() => Int, { description: "Valid days with the daily value above the grade-2 24-hour limit (O3: MDA8 above 160)." }) exceedanceDays!: number;
  @Field(() => Float, { nullable: true, description: "exceedanceDays / validDays, three decimals; null when the item's coverage fails." }) exceedanceRate!: number | null;
  @Field(() => Float, { description: UNROUNDED }) validDaysUnrounded!: number;
  @Field(() => Float, { description: UNROUNDED }) exceedanceDaysUnrounded!: number;
  @Field(() => Float, { nullable: true, description: UNROUNDED }) exceedanceRateUnrounded!: number | null;
  @Field({ description: "The item's valid days have GB 3095's coverage (324 a year, 27 in each whole month, 25 in February); a province's, when every city's have." }) complete!: boolean;
  @Field(() => String, { nullable: true, description: "Why a figure is null (which coverage fails, and by how many days); null when nothing is missing." }) missingReason!: string | null;
}

@Shared(Dataset.OBSERVATIONS)
@ObjectType({
  description:
    "A period's evaluation (HJ 663-2013) with the composite index. Validity is judged per pollutant: each item's mean, percentile and exceedances are over its own valid days and its coverage (GB 3095: 27 daily values in each full month, 25 in February; 324 in a full year) is checked on them; the day ratios are over the days with an AQI. A figure whose coverage fails is null and missingReason says why. Every figure is published as the standard reports it, rounded once by GB/T 8170 (half to even on the decimal value): concentrations to integers (CO to 0.1 mg/m³), ratios (fractions 0..1) to three decimals, indices to two; a city's figures come from its daily values as published. The province counts as the mean of its cities: each of its figures (means, percentiles, ratios, day counts, indices) is the arithmetic mean of its 18 cities' unrounded figures for the period, rounded once, and is null when any city's is. `unrounded` has every figure before that rounding.",
})
export class AirQualitySummary {
  @Field(() => DateScalar, { description: "First China-time day of the period, inclusive." }) from!: string;
  @Field(() => DateScalar, { description: "Last China-time day of the period, inclusive." }) to!: string;
  @Field(() => Int, { description: "Days with an AQI (from at least one valid indicator): the denominator of the day ratios." }) validDays!: number;
  @Field(() => Float, { nullable: true, description: "Period mean of PM2.5's valid days, µg/m³, an integer." }) pm25Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of PM10's valid days, µg/m³." }) pm10Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of SO2's valid days, µg/m³." }) so2Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Period mean of NO2's valid days, µg/m³." }) no2Mean!: number | null;
  @Field(() => Float, { nullable: true, description: "98th percentile of daily SO2." }) so2P98!: number | null;
  @Field(() => Float, { nullable: true, description: "98th percentile of daily NO2." }) no2P98!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily PM10." }) pm10P95!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily PM2.5." }) pm25P95!: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile of daily CO, mg/m³ to one decimal." }) coP95!: number | null;
  @Field(() => Float, { nullable: true, description: "90th percentile of daily MDA8 O3." }) o3Mda8P90!: number | null;
  @Field(() => Int, { description: "Days with AQI ≤ 100 (优良)." }) goodDays!: number;
  @Field(() => Float, { nullable: true, description: "Good days (AQI ≤ 100, 优良天数比例) over days with an AQI, a fraction 0..1." }) goodDayRatio!: number | null;
  @Field(() => Int, { description: "Days with AQI above 200 (重度及以上污染)." }) heavyPollutionDays!: number;
  @Field(() => Float, { nullable: true, description: "Days with AQI above 200 over days with an AQI, a fraction 0..1." }) heavyPollutionDayRatio!: number | null;
  @Field(() => Int, { description: "Days with MDA8 O3 above 160 (160 itself is not an exceedance)." }) o3ExceedanceDays!: number;
  @Field(() => Float, { nullable: true, description: "O3 exceedance days / O3's valid days." }) o3ExceedanceRate!: number | null;
  @Field(() => Float, { nullable: true, description: "Single index I = SO2 mean / 60 (城市环境空气质量排名技术规定, 2018), two decimals." }) so2Index!: number | null;
  @Field(() => Float, { nullable: true, description: "NO2 mean / 40." }) no2Index!: number | null;
  @Field(() => Float, { nullable: true, description: "PM10 mean / 70." }) pm10Index!: number | null;
  @Field(() => Float, { nullable: true, description: "PM2.5 mean / 35." }) pm25Index!: number | null;
  @Field(() => Float, { nullable: true, description: "CO 95th percentile / 4." }) coIndex!: number | null;
  @Field(() => Float, { nullable: true, description: "O3 MDA8 90th percentile / 160." }) o3Index!: number | null;
  @Field(() => Float, { nullable: true, description: "Composite index 综合指数: the sum of the six single indices, each computed from the published concentration and rounded to two decimals; smaller is better. Null when any index is." }) compositeIndex!: number | null;
  @Field(() => [CategoryDays], { description: "Days per AQI category, all six, 优 to 严重." }) daysByCategory!: CategoryDays[];
  @Field(() => [PollutantEvaluation], { description: "Each item's valid days, coverage and exceedance days." }) pollutants!: PollutantEvaluation[];
  @Field({ description: "Every item and the AQI days have the daily coverage GB 3095 requires." }) complete!: boolean;
  @Field(() => String, { nullable: true, description: "Why a figure is null (which coverage fails, and by how many days); null when nothing is missing." }) missingReason!: string | null;
  @Field(() => AirQualityFigures, { description: "The same figures before rounding, for analysts." }) unrounded!: AirQualityFigures;
}
