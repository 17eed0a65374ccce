// Period evaluation per HJ 663-2013 over city daily values (stations already averaged per day, as
// HJ 663 requires averaging stations before computing indices).
import { percentile } from "./percentile.js";
import { isIsoDate } from "../shared/dates.js";
import { rulesetFor, type Ruleset } from "./ruleset.js";
import { isValid, mean } from "./validity.js";

/** AQI ≤ 100 (优良). */
export function isGoodDay(aqi: number, ruleset: Ruleset = rulesetFor()): boolean {
  return aqi <= ruleset.evaluation.goodDayMaxAqi;
}

/** AQI > 200 (重度 and 严重). */
export function isHeavyPollutionDay(aqi: number, ruleset: Ruleset = rulesetFor()): boolean {
  return aqi > ruleset.evaluation.heavyPollutionAboveAqi;
}

/** MDA8 O3 > 160 µg/m³; exactly 160 meets the limit and is not an exceedance. */
export function isO3ExceedanceDay(mda8: number, ruleset: Ruleset = rulesetFor()): boolean {
  return mda8 > ruleset.evaluation.o3Mda8Limit;
}

/** One city day. Null/undefined = missing (failed validity), excluded from that item only. */
export interface DailyRecord {
  readonly date: string;
  readonly aqi?: number | null;
  readonly pm25?: number | null;
  readonly pm10?: number | null;
  readonly so2?: number | null;
  readonly no2?: number | null;
  readonly co?: number | null;
  /** MDA8 O3. */
  readonly o3EightHourMax?: number | null;
}

type Item = "pm25" | "pm10" | "so2" | "no2" | "co" | "o3EightHourMax";
const ITEMS: readonly Item[] = ["pm25", "pm10", "so2", "no2", "co", "o3EightHourMax"];

export interface PeriodSummary {
  /** Records given. */
  readonly days: number;
  /** Days with a valid AQI: the denominator of the good-day and heavy-pollution ratios. */
  readonly validDays: number;
  /** Arithmetic means over each item's valid values; null when an item has none. */
  readonly means: Readonly<Record<Item, number | null>>;
  // HJ 663-2013 annual evaluation percentiles over valid daily values.
  readonly so2P98: number | null;
  readonly no2P98: number | null;
  readonly pm10P95: number | null;
  readonly pm25P95: number | null;
  readonly coP95: number | null;
  readonly o3Mda8P90: number | null;
  readonly goodDays: number;
  /** Fraction 0..1; null when there is no valid AQI day. */
  readonly goodDayRatio: number | null;
  readonly heavyPollutionDays: number;
  readonly heavyPollutionRatio: number | null;
  /** Days with a valid MDA8: the denominator of the O3 exceedance rate. */
  readonly o3ValidDays: number;
  readonly o3ExceedanceDays: number;
  /** Fraction 0..1; null when there is no valid MDA8 day. */
  readonly o3ExceedanceRate: number | null;
  /** Names of the rulesets the days were judged by. */
  readonly rulesets: string[];
}

/**
 * Summarize a period of city daily values. Without an explicit ruleset each day is judged by the
 * ruleset in force on its date, so a period spanning a revision stays correct without the caller
 * splitting it.
 *
 * The O3 exceedance rate divides by days with a valid MDA8 (HJ 663's 超标率 uses the item's own
 * valid days), while the good-day and heavy-pollution ratios divide by days with a valid AQI.
 * Ratios are not rounded; reporting precision is the caller's concern.
 */
export function summarize(days: readonly DailyRecord[], ruleset?: Ruleset): PeriodSummary {
  const seen = new Set<string>();
  for (const d of days) {
    if (!isIsoDate(d.date)) throw new RangeError(`summarize: expected a YYYY-MM-DD date, got "${d.date}"`);
    // A repeated date usually means station rows were passed instead of city averages.
    if (seen.has(d.date)) throw new RangeError(`summarize: duplicate date ${d.date}`);
    seen.add(d.date);
  }

  const values = Object.fromEntries(ITEMS.map((item) => [item, days.map((d) => d[item]).filter(isValid)])) as Record<
    Item,
    number[]
  >;

  let validDays = 0;
  let goodDays = 0;
  let heavyPollutionDays = 0;
  let o3ValidDays = 0;
  let o3ExceedanceDays = 0;
  const used = new Set<string>();

  for (const d of days) {
    const rs = ruleset ?? rulesetFor(d.date);
    if (isValid(d.aqi)) {
      used.add(rs.name);
      validDays++;
      if (isGoodDay(d.aqi, rs)) goodDays++;
      if (isHeavyPollutionDay(d.aqi, rs)) heavyPollutionDays++;
    }
    if (isValid(d.o3EightHourMax)) {
      used.add(rs.name);
      o3ValidDays++;
      if (isO3ExceedanceDay(d.o3EightHourMax, rs)) o3ExceedanceDays++;
    }
  }

  const ratio = (n: number, of: number) => (of === 0 ? null : n / of);
  return {
    days: days.length,
    validDays,
    means: Object.fromEntries(ITEMS.map((item) => [item, mean(values[item])])) as Record<Item, number | null>,
    so2P98: percentile(values.so2, 98),
    no2P98: percentile(values.no2, 98),
    pm10P95: percentile(values.pm10, 95),
    pm25P95: percentile(values.pm25, 95),
    coP95: percentile(values.co, 95),
    o3Mda8P90: percentile(values.o3EightHourMax, 90),
    goodDays,
    goodDayRatio: ratio(goodDays, validDays),
    heavyPollutionDays,
    heavyPollutionRatio: ratio(heavyPollutionDays, validDays),
    o3ValidDays,
    o3ExceedanceDays,
    o3ExceedanceRate: ratio(o3ExceedanceDays, o3ValidDays),
    rulesets: [...used].sort(),
  };
}
