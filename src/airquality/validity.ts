// Data-validity rules of GB 3095-2012 §8: an average that fails its rule is missing (null), never a
// number computed from too little data.
import { isIsoDate } from "../shared/dates.js";
import { daysInMonth, rulesetFor, type Ruleset } from "./ruleset.js";

/**
 * One hourly concentration; null/undefined (or a non-finite number) marks an invalid or missing
 * hour. Callers apply `hourValid` to the sampling time before passing the value.
 */
export type HourlyValue = number | null | undefined;

const HOURS_PER_DAY = 24;
const WINDOW_HOURS = 8;

export function isValid(v: HourlyValue): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function checkDay(name: string, hours: readonly HourlyValue[]): void {
  // A day indexed 0..23; more entries means the caller mixed days, which would corrupt every window.
  if (hours.length > HOURS_PER_DAY) {
    throw new RangeError(`${name}: a day has at most ${HOURS_PER_DAY} hourly values, got ${hours.length}`);
  }
}

/** A 1h value is valid with at least 45 minutes of sampling in the hour. */
export function hourValid(minutesSampled: number, ruleset: Ruleset = rulesetFor()): boolean {
  return Number.isFinite(minutesSampled) && minutesSampled >= ruleset.validity.hourMinMinutes;
}

/** 24h mean of a day's hourly values; null unless at least 20 hours are valid. */
export function mean24h(hourly: readonly HourlyValue[], ruleset: Ruleset = rulesetFor()): number | null {
  checkDay("mean24h", hourly);
  const valid = hourly.filter(isValid);
  return valid.length < ruleset.validity.dailyMinHours ? null : mean(valid);
}

/**
 * 8-hour moving averages for one day. Hours are indexed 0..23, index h being the hour h:00–h+1:00.
 * Element h of the result is the mean of hours h−7..h (the window that ends with hour h), or null
 * when fewer than 6 of those 8 hours are valid. Windows ending at hours 0..6 reach back into
 * `previousDay` (also indexed 0..23); without it those hours count as missing. Shorter arrays are
 * treated as missing trailing hours.
 */
export function movingAverages8h(
  day: readonly HourlyValue[],
  previousDay?: readonly HourlyValue[],
  ruleset: Ruleset = rulesetFor(),
): (number | null)[] {
  checkDay("movingAverages8h", day);
  if (previousDay) checkDay("movingAverages8h (previous day)", previousDay);
  const hourAt = (h: number): HourlyValue => (h >= 0 ? day[h] : previousDay?.[HOURS_PER_DAY + h]);

  const result: (number | null)[] = [];
  for (let end = 0; end < HOURS_PER_DAY; end++) {
    let sum = 0;
    let n = 0;
    for (let h = end - WINDOW_HOURS + 1; h <= end; h++) {
      const v = hourAt(h);
      if (isValid(v)) {
        sum += v;
        n++;
      }
    }
    result.push(n >= ruleset.validity.eightHourMinHours ? sum / n : null);
  }
  return result;
}

/**
 * Daily maximum 8-hour moving average of O3 (MDA8).
 *
 * Convention: only the 17 windows lying wholly inside the day count, i.e. windows over hours
 * 0–7 … 16–23 (by end-of-period time labels, the windows ending 08:00 … 24:00; HJ 663's "8时至24时").
 * This is the common Chinese practice; it needs no data from the previous day. A window with fewer
 * than 6 valid hours is skipped; null when no window is valid.
 */
export function mda8(hours: readonly HourlyValue[], ruleset: Ruleset = rulesetFor()): number | null {
  const windows = movingAverages8h(hours, undefined, ruleset).slice(WINDOW_HOURS - 1).filter(isValid);
  return windows.length === 0 ? null : Math.max(...windows);
}

/** Daily maximum 1-hour value over valid hours; null when no hour is valid. */
export function max1h(hours: readonly HourlyValue[]): number | null {
  checkDay("max1h", hours);
  const valid = hours.filter(isValid);
  return valid.length === 0 ? null : Math.max(...valid);
}

export interface PeriodShortfall {
  /** "YYYY" for a calendar-year rule, "YYYY-MM" for a monthly rule. */
  readonly period: string;
  readonly days: number;
  readonly required: number;
}

export interface PeriodValidity {
  readonly valid: boolean;
  /** Null when valid; otherwise names each failing year/month with its count and requirement. */
  readonly reason: string | null;
  /** Distinct dates with a daily value inside [from, to]. */
  readonly days: number;
  readonly shortfalls: PeriodShortfall[];
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * Whether daily values cover a period well enough for a period mean (GB 3095-2012 §8).
 * Every full calendar year inside [from, to] needs ≥ 324 daily values; every full calendar month
 * inside it needs ≥ 27 (≥ 25 in February, leap years included). Partial months at either end are not
 * checked, since the standard only sets per-month minimums for whole months. Duplicate dates count
 * once; dates outside the period are ignored. A period with no daily value at all is invalid.
 */
export function periodValidity(
  dailyValueDates: readonly string[],
  from: string,
  to: string,
  ruleset: Ruleset = rulesetFor(),
): PeriodValidity {
  for (const d of [from, to, ...dailyValueDates]) {
    if (!isIsoDate(d)) throw new RangeError(`periodValidity: expected a YYYY-MM-DD date, got "${d}"`);
  }
  if (from > to) throw new RangeError(`periodValidity: from ${from} is after to ${to}`);

  const inPeriod = new Set(dailyValueDates.filter((d) => d >= from && d <= to));
  const perMonth = new Map<string, number>();
  for (const d of inPeriod) {
    const ym = d.slice(0, 7);
    perMonth.set(ym, (perMonth.get(ym) ?? 0) + 1);
  }

  const v = ruleset.validity;
  const shortfalls: PeriodShortfall[] = [];
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));

  for (let y = fromYear; y <= toYear; y++) {
    const yearCovered = from <= `${y}-01-01` && `${y}-12-31` <= to;
    if (yearCovered) {
      let count = 0;
      for (let m = 1; m <= 12; m++) count += perMonth.get(`${y}-${pad2(m)}`) ?? 0;
      if (count < v.annualMinDays) shortfalls.push({ period: String(y), days: count, required: v.annualMinDays });
    }
    for (let m = 1; m <= 12; m++) {
      const ym = `${y}-${pad2(m)}`;
      const monthCovered = from <= `${ym}-01` && `${ym}-${pad2(daysInMonth(y, m))}` <= to;
      if (!monthCovered) continue;
      const required = m === 2 ? v.februaryMinDays : v.monthlyMinDays;
      const count = perMonth.get(ym) ?? 0;
      if (count < required) shortfalls.push({ period: ym, days: count, required });
    }
  }

  const days = inPeriod.size;
  if (days === 0) {
    return { valid: false, reason: `no daily values between ${from} and ${to}`, days, shortfalls };
  }
  if (shortfalls.length > 0) {
    const reason = shortfalls.map((s) => `${s.period}: ${s.days} daily values, need ${s.required}`).join("; ");
    return { valid: false, reason, days, shortfalls };
  }
  return { valid: true, reason: null, days, shortfalls };
}
