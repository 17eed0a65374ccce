// A ruleset bundles every number the AQI, validity and evaluation code depends on, so a revised
// standard (HJ 633-2026 / GB 3095-2026 / HJ 663-2026, in force from 2026-03-01) can be added as data
// without touching callers. Only the 2012/2013 tables are verified, so only HJ633_2012 exists and
// every date maps to it until a verified 2026 ruleset is appended to RULESET_SCHEDULE.
import { isIsoDate } from "../shared/dates.js";

/** The six AQI categories (优 … 严重污染); a ruleset's bands name them, so they are declared with the rulesets. */
export type Category = "EXCELLENT" | "GOOD" | "LIGHT" | "MODERATE" | "HEAVY" | "SEVERE";

/** An IAQI table key: the pollutant plus the averaging time its breakpoints refer to. */
export type IndicatorKey =
  | "PM25_24H"
  | "PM10_24H"
  | "SO2_24H"
  | "SO2_1H"
  | "NO2_24H"
  | "NO2_1H"
  | "CO_24H"
  | "CO_1H"
  | "O3_1H"
  | "O3_8H";

/** The six items of a period evaluation (HJ 663-2013) and of the composite index; O3_8H is the daily MDA8. */
export type EvaluationItem = "SO2" | "NO2" | "PM10" | "PM25" | "CO" | "O3_8H";
export const EVALUATION_ITEMS: readonly EvaluationItem[] = Object.freeze(["SO2", "NO2", "PM10", "PM25", "CO", "O3_8H"]);

/** One breakpoint: concentration `bp` (µg/m³, CO mg/m³) maps to IAQI `iaqi`. */
export interface Breakpoint {
  readonly bp: number;
  readonly iaqi: number;
}

export interface BreakpointTable {
  /** Ascending in both bp and iaqi, starting at {0, 0}. */
  readonly points: readonly Breakpoint[];
  /**
   * What a concentration above the last breakpoint means. "cap": undefined by the standard, so we
   * report the top IAQI with a flag rather than extrapolate. "notComputed": the standard says this
   * indicator is not used at all (SO2 1h > 800, O3 8h > 800) and another value takes over.
   */
  readonly aboveTop: "cap" | "notComputed";
}

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export interface CategoryBand {
  /** Inclusive upper AQI bound; null for the open-ended top band. */
  readonly maxAqi: number | null;
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly category: Category;
  readonly color: Rgb;
}

export interface ValidityThresholds {
  /** Minimum sampled minutes for a valid hourly value. */
  readonly hourMinMinutes: number;
  /** Minimum valid hours for a 24h mean. */
  readonly dailyMinHours: number;
  /** Minimum valid hours inside an 8h moving-average window. */
  readonly eightHourMinHours: number;
  /** Minimum daily values in a calendar year for an annual value. */
  readonly annualMinDays: number;
  /** Minimum daily values per calendar month (other than February). */
  readonly monthlyMinDays: number;
  readonly februaryMinDays: number;
}

export interface EvaluationThresholds {
  /** A day with AQI ≤ this is 优良 (good). */
  readonly goodDayMaxAqi: number;
  /** A day with AQI strictly above this is a heavy-pollution day. */
  readonly heavyPollutionAboveAqi: number;
  /** MDA8 O3 strictly above this (µg/m³) is an exceedance; the limit itself is compliant. */
  readonly o3Mda8Limit: number;
  /** Grade-2 24h limits (O3: the MDA8 limit); a daily value strictly above its limit is an exceedance day. */
  readonly dailyLimits: Readonly<Record<EvaluationItem, number>>;
  /** The percentile each item is evaluated at: SO2, NO2 98th; PM10, PM2.5, CO 95th; O3 MDA8 90th. */
  readonly percentiles: Readonly<Record<EvaluationItem, number>>;
  /**
   * S_i of the single index I_i = C_i / S_i (城市环境空气质量排名技术规定, 2018): grade-2 annual limits for SO2, NO2,
   * PM10, PM2.5 (C_i the period mean), the CO 24h limit (C_i its 95th percentile), the O3 MDA8 limit (C_i its 90th).
   */
  readonly compositeStandards: Readonly<Record<EvaluationItem, number>>;
}

export interface Ruleset {
  readonly name: string;
  readonly breakpoints: Readonly<Record<IndicatorKey, BreakpointTable>>;
  /** Ascending by maxAqi; the last band is open-ended. */
  readonly categories: readonly CategoryBand[];
  /** A primary pollutant is named only when the AQI is strictly above this. */
  readonly primaryPollutantAboveAqi: number;
  /** An indicator whose IAQI is strictly above this is an exceedance pollutant. */
  readonly exceedingAboveIaqi: number;
  readonly validity: ValidityThresholds;
  readonly evaluation: EvaluationThresholds;
}

const IAQI_STEPS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

// Tables are written as the standard prints them (one row per indicator) so they can be checked
// against HJ 633-2012 Table 1 by eye; the IAQI column is shared.
function table(bps: readonly number[], aboveTop: BreakpointTable["aboveTop"] = "cap"): BreakpointTable {
  return Object.freeze({
    points: Object.freeze(bps.map((bp, i) => Object.freeze({ bp, iaqi: IAQI_STEPS[i]! }))),
    aboveTop,
  });
}

export const HJ633_2012: Ruleset = Object.freeze({
  name: "HJ633_2012",
  breakpoints: Object.freeze({
    SO2_24H: table([0, 50, 150, 475, 800, 1600, 2100, 2620]),
    SO2_1H: table([0, 150, 500, 650, 800], "notComputed"),
    NO2_24H: table([0, 40, 80, 180, 280, 565, 750, 940]),
    NO2_1H: table([0, 100, 200, 700, 1200, 2340, 3090, 3840]),
    PM10_24H: table([0, 50, 150, 250, 350, 420, 500, 600]),
    CO_24H: table([0, 2, 4, 14, 24, 36, 48, 60]),
    CO_1H: table([0, 5, 10, 35, 60, 90, 120, 150]),
    O3_1H: table([0, 160, 200, 300, 400, 800, 1000, 1200]),
    O3_8H: table([0, 100, 160, 215, 265, 800], "notComputed"),
    PM25_24H: table([0, 35, 75, 115, 150, 250, 350, 500]),
  }),
  categories: Object.freeze([
    { maxAqi: 50, level: 1, category: "EXCELLENT", color: { r: 0, g: 228, b: 0 } },
    { maxAqi: 100, level: 2, category: "GOOD", color: { r: 255, g: 255, b: 0 } },
    { maxAqi: 150, level: 3, category: "LIGHT", color: { r: 255, g: 126, b: 0 } },
    { maxAqi: 200, level: 4, category: "MODERATE", color: { r: 255, g: 0, b: 0 } },
    { maxAqi: 300, level: 5, category: "HEAVY", color: { r: 153, g: 0, b: 76 } },
    { maxAqi: null, level: 6, category: "SEVERE", color: { r: 126, g: 0, b: 35 } },
  ] as const satisfies readonly CategoryBand[]),
  primaryPollutantAboveAqi: 50,
  exceedingAboveIaqi: 100,
  validity: Object.freeze({
    hourMinMinutes: 45,
    dailyMinHours: 20,
    eightHourMinHours: 6,
    annualMinDays: 324,
    monthlyMinDays: 27,
    februaryMinDays: 25,
  }),
  evaluation: Object.freeze({
    goodDayMaxAqi: 100,
    heavyPollutionAboveAqi: 200,
    o3Mda8Limit: 160,
    dailyLimits: Object.freeze({ SO2: 150, NO2: 80, PM10: 150, PM25: 75, CO: 4, O3_8H: 160 }),
    percentiles: Object.freeze({ SO2: 98, NO2: 98, PM10: 95, PM25: 95, CO: 95, O3_8H: 90 }),
    compositeStandards: Object.freeze({ SO2: 60, NO2: 40, PM10: 70, PM25: 35, CO: 4, O3_8H: 160 }),
  }),
});

export interface RulesetScheduleEntry {
  /** First observation date (YYYY-MM-DD) the ruleset applies to; null = all earlier dates too. */
  readonly from: string | null;
  readonly ruleset: Ruleset;
}

/**
 * Ascending by `from`. Dates before HJ 633-2012's own start also map to it because no older
 * ruleset is modelled. To add HJ633_2026, append `{ from: "2026-03-01", ruleset: HJ633_2026 }`
 * once its tables are verified; rulesetFor's callers need no change.
 */
export const RULESET_SCHEDULE: readonly RulesetScheduleEntry[] = Object.freeze([
  Object.freeze({ from: null, ruleset: HJ633_2012 }),
]);

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The ruleset in force on an observation date (YYYY-MM-DD). Without a date, the newest scheduled
 * ruleset: deterministic (no clock read) and what "now" means once the schedule is current.
 */
export function rulesetFor(date?: string): Ruleset {
  const newest = RULESET_SCHEDULE[RULESET_SCHEDULE.length - 1]!;
  if (date === undefined) return newest.ruleset;
  if (!isIsoDate(date)) throw new RangeError(`rulesetFor: expected a YYYY-MM-DD date, got "${date}"`);
  let chosen = RULESET_SCHEDULE[0]!;
  // ISO dates compare correctly as strings.
  for (const entry of RULESET_SCHEDULE) {
    if (entry.from === null || entry.from <= date) chosen = entry;
  }
  return chosen.ruleset;
}

/** Look a ruleset up by the name stored with a result; throws on an unknown name. */
export function rulesetByName(name: string): Ruleset {
  const found = RULESET_SCHEDULE.find((e) => e.ruleset.name === name);
  if (!found) {
    const known = RULESET_SCHEDULE.map((e) => e.ruleset.name).join(", ");
    throw new RangeError(`rulesetByName: unknown ruleset "${name}" (known: ${known})`);
  }
  return found.ruleset;
}
