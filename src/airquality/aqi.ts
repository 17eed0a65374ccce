// AQI per HJ 633-2012: per-indicator IAQI by piecewise-linear breakpoints, AQI = max IAQI.
import { rulesetFor, type Category, type IndicatorKey, type Rgb, type Ruleset } from "./ruleset.js";

export type Pollutant = "PM25" | "PM10" | "SO2" | "NO2" | "CO" | "O3_1H" | "O3_8H";
export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface AqiColor extends Rgb {
  /** "#RRGGBB", upper case. */
  readonly hex: string;
}

export interface CategoryInfo {
  readonly level: AqiLevel;
  readonly category: Category;
  readonly color: AqiColor;
}

export interface IaqiResult {
  /** Null when the standard says the indicator is not computed (SO2 1h > 800, O3 8h > 800). */
  readonly value: number | null;
  /** True when the concentration was above the table and the IAQI was held at the top value. */
  readonly capped: boolean;
}

/**
 * Concentrations in µg/m³ (CO in mg/m³). Null/undefined = missing. The 24h names are the daily
 * report's indicators; the *OneHour SO2/NO2/CO fields are optional hourly-report inputs.
 */
export interface AqiConcentrations {
  readonly pm25?: number | null;
  readonly pm10?: number | null;
  readonly so2?: number | null;
  readonly no2?: number | null;
  readonly co?: number | null;
  readonly o3OneHour?: number | null;
  readonly o3EightHour?: number | null;
  readonly so2OneHour?: number | null;
  readonly no2OneHour?: number | null;
  readonly coOneHour?: number | null;
}

export interface PollutantIaqi {
  readonly pollutant: Pollutant;
  readonly value: number;
  /** The table the value came from (for SO2/NO2/CO, whichever of 24h/1h gave the larger IAQI). */
  readonly indicator: IndicatorKey;
  readonly capped: boolean;
}

export interface AqiResult {
  readonly aqi: number | null;
  readonly level: AqiLevel | null;
  readonly category: Category | null;
  readonly color: AqiColor | null;
  /** Empty when AQI ≤ 50 or missing; every pollutant tied at the maximum otherwise. */
  readonly primaryPollutants: Pollutant[];
  /** Pollutants with IAQI > 100. */
  readonly exceedingPollutants: Pollutant[];
  readonly iaqi: PollutantIaqi[];
  /** True when any IAQI was held at the table top because the concentration exceeded it. */
  readonly capped: boolean;
  /** Indicators given a value that the standard excludes (e.g. SO2_1H above 800). */
  readonly notComputed: IndicatorKey[];
  readonly ruleset: string;
}

// Subtracted before Math.ceil so that a mathematically integral IAQI computed as 60.00000000001
// is not pushed up to 61; far below any meaningful IAQI difference.
const CEIL_EPSILON = 1e-9;

/** IAQI of one indicator (HJ 633-2012 formula 1), rounded up to an integer. */
export function iaqi(ruleset: Ruleset, indicatorKey: IndicatorKey, concentration: number): IaqiResult {
  if (!Number.isFinite(concentration) || concentration < 0) {
    throw new RangeError(`iaqi: ${indicatorKey} concentration must be a finite number ≥ 0, got ${concentration}`);
  }
  const table = ruleset.breakpoints[indicatorKey];
  const points = table.points;
  const top = points[points.length - 1]!;
  if (concentration > top.bp) {
    return table.aboveTop === "cap" ? { value: top.iaqi, capped: true } : { value: null, capped: false };
  }
  // The segment is the one whose upper breakpoint is the first ≥ C, so a concentration exactly on
  // a breakpoint takes that breakpoint's IAQI.
  let i = 1;
  while (points[i]!.bp < concentration) i++;
  const lo = points[i - 1]!;
  const hi = points[i]!;
  // Multiplying before dividing keeps exact cases (e.g. 50·20/100) exact in floating point.
  const raw = ((hi.iaqi - lo.iaqi) * (concentration - lo.bp)) / (hi.bp - lo.bp) + lo.iaqi;
  return { value: Math.max(0, Math.ceil(raw - CEIL_EPSILON)), capped: false };
}

function toHex(c: Rgb): string {
  const h = (n: number) => n.toString(16).padStart(2, "0").toUpperCase();
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

/** Level, category and colour of an AQI value. */
export function categoryOf(aqi: number, ruleset: Ruleset = rulesetFor()): CategoryInfo {
  if (!Number.isFinite(aqi) || aqi < 0) {
    throw new RangeError(`categoryOf: AQI must be a finite number ≥ 0, got ${aqi}`);
  }
  // AQIs are integers after ceiling rounding; `≤ maxAqi` also places a fractional 50.5 in 51–100.
  const band = ruleset.categories.find((b) => b.maxAqi === null || aqi <= b.maxAqi) ?? ruleset.categories[ruleset.categories.length - 1]!;
  return {
    level: band.level,
    category: band.category,
    color: { r: band.color.r, g: band.color.g, b: band.color.b, hex: toHex(band.color) },
  };
}

type InputField = keyof AqiConcentrations;

// Order fixes the order of iaqi/primary/exceeding lists. Several indicators per pollutant are
// listed 24h first, so a tie between 24h and 1h reports the daily table.
const POLLUTANT_INDICATORS: readonly { pollutant: Pollutant; sources: readonly { field: InputField; key: IndicatorKey }[] }[] = [
  { pollutant: "PM25", sources: [{ field: "pm25", key: "PM25_24H" }] },
  { pollutant: "PM10", sources: [{ field: "pm10", key: "PM10_24H" }] },
  { pollutant: "SO2", sources: [{ field: "so2", key: "SO2_24H" }, { field: "so2OneHour", key: "SO2_1H" }] },
  { pollutant: "NO2", sources: [{ field: "no2", key: "NO2_24H" }, { field: "no2OneHour", key: "NO2_1H" }] },
  { pollutant: "CO", sources: [{ field: "co", key: "CO_24H" }, { field: "coOneHour", key: "CO_1H" }] },
  { pollutant: "O3_1H", sources: [{ field: "o3OneHour", key: "O3_1H" }] },
  { pollutant: "O3_8H", sources: [{ field: "o3EightHour", key: "O3_8H" }] },
];

/**
 * AQI from whichever concentrations are present.
 *
 * When both a 24h and a 1h value are given for SO2, NO2 or CO, the pollutant's IAQI is the larger of
 * the two: the standard never combines them (daily reports use 24h, hourly reports 1h), so taking
 * the max never understates a pollutant fed with both. SO2 1h above 800 and O3 8h above 800 drop
 * out as the standard requires (SO2 then relies on its 24h value, O3 on its 1h indicator); with no
 * fallback value the pollutant is simply absent and the key is listed in `notComputed`.
 */
export function computeAqi(concentrations: AqiConcentrations, ruleset: Ruleset = rulesetFor()): AqiResult {
  const entries: PollutantIaqi[] = [];
  const notComputed: IndicatorKey[] = [];

  for (const { pollutant, sources } of POLLUTANT_INDICATORS) {
    let best: PollutantIaqi | null = null;
    for (const { field, key } of sources) {
      const c = concentrations[field];
      if (c === null || c === undefined) continue;
      const r = iaqi(ruleset, key, c);
      if (r.value === null) {
        notComputed.push(key);
        continue;
      }
      if (best === null || r.value > best.value) {
        best = { pollutant, value: r.value, indicator: key, capped: r.capped };
      }
    }
    if (best) entries.push(best);
  }

  const base = { iaqi: entries, notComputed, ruleset: ruleset.name, capped: entries.some((e) => e.capped) };
  if (entries.length === 0) {
    return { ...base, aqi: null, level: null, category: null, color: null, primaryPollutants: [], exceedingPollutants: [] };
  }

  const aqi = Math.max(...entries.map((e) => e.value));
  const info = categoryOf(aqi, ruleset);
  return {
    ...base,
    aqi,
    level: info.level,
    category: info.category,
    color: info.color,
    primaryPollutants: aqi > ruleset.primaryPollutantAboveAqi ? entries.filter((e) => e.value === aqi).map((e) => e.pollutant) : [],
    exceedingPollutants: entries.filter((e) => e.value > ruleset.exceedingAboveIaqi).map((e) => e.pollutant),
  };
}
