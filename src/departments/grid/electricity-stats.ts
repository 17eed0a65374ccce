import type pg from "pg";
import { defineEnum, type EnumOf } from "../../common/enum.js";

/*
 * Enterprises' electricity use, in plain SQL over grid.electricity_readings, for the grid resolvers and
 * for other departments' verdicts (the environment department's emergency list). A reading is a meter's
 * kWh for a whole day (hour -1) or for one China-time hour of it (0–23). A meter sends one kind for a day
 * (the contribution refuses a mix, MIXED_METER_DAY); a meter-day is counted once even where rows stored
 * before that rule mix them: its whole-day reading if it has one, else its hourly readings summed.
 */

/**
 * `meter_days` (credit_code, day, kwh): each meter-day of the firms `$1` between `$2` and `$3` counted once,
 * by its whole-day reading where there is one, else the sum of its hours; `extra` adds a second day range.
 */
const meterDays = (extra = "") => `meter_days as (
       select credit_code, day, coalesce(sum(kwh) filter (where hour = -1), sum(kwh)) as kwh
         from grid.electricity_readings
        where credit_code = any($1::text[]) and (day between $2::date and $3::date${extra})
        group by credit_code, meter_no, day)`;

type Db = Pick<pg.Pool, "query">;

export const ElectricityGranularity = defineEnum(
  "ElectricityGranularity",
  {
    DAY: "One point per China-time day with readings: the day of every meter of the firm summed, each meter's day counted once (its whole-day reading, else its hourly readings summed).",
    HOUR: "One point per China-time hour with hourly readings; whole-day readings are left out.",
  },
  "The step of an electricity-use series.",
);
export type ElectricityGranularity = EnumOf<typeof ElectricityGranularity>;

export interface UsePoint {
  /** the China-time start of the day or hour */
  at: Date;
  kwh: number;
}

export interface UseSummary {
  totalKwh: number;
  /** days with at least one reading */
  days: number;
  series: UsePoint[];
}

export interface ChangePeriods {
  baselineFrom: string;
  baselineTo: string;
  from: string;
  to: string;
}

export interface UseChange {
  baselineDailyMean: number | null;
  dailyMean: number | null;
  /** dailyMean / baselineDailyMean − 1; null when either mean is missing or the baseline is 0 */
  change: number | null;
  baselineDays: number;
  days: number;
}

const HOUR_MS = 3_600_000;

/** The instant a China-time day (YYYY-MM-DD) begins, plus `hour` hours. */
export function chinaTime(day: string, hour = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + hour * HOUR_MS);
}

/**
 * Each enterprise's kWh per day from `from` to `to` (both inclusive, YYYY-MM-DD), all its meters and
 * readings of a day summed; days without a reading are absent. Every requested credit code has an entry
 * (empty when it has no readings). One statement.
 */
export async function dailyUse(db: Db, creditCodes: string[], from: string, to: string): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>(creditCodes.map((c) => [c, new Map()]));
  if (creditCodes.length === 0) return out;
  const { rows } = await db.query<{ credit_code: string; day: string; kwh: number }>(
    `with ${meterDays()}
     select credit_code, to_char(day, 'YYYY-MM-DD') as day, sum(kwh)::float8 as kwh
       from meter_days
      group by credit_code, day
      order by credit_code, day`,
    [[...new Set(creditCodes)], from, to],
  );
  for (const r of rows) out.get(r.credit_code)?.set(r.day, Number(r.kwh));
  return out;
}

/**
 * Use over a period for many enterprises at once, in one statement: the total and the days with
 * readings (each meter-day once), and, with `withSeries`, a series by day (the day's meter-days summed) or
 * by hour (the hourly readings only). Every requested credit code has an entry.
 */
export async function electricityUse(
  db: Db,
  creditCodes: string[],
  from: string,
  to: string,
  granularity: ElectricityGranularity,
  withSeries = true,
): Promise<Map<string, UseSummary>> {
  const out = new Map<string, UseSummary>(creditCodes.map((c) => [c, { totalKwh: 0, days: 0, series: [] }]));
  if (creditCodes.length === 0) return out;
  const params = [[...new Set(creditCodes)], from, to];
  if (!withSeries) {
    const { rows } = await db.query<{ credit_code: string; total: number; days: number }>(
      `with ${meterDays()}
       select credit_code, sum(kwh)::float8 as total, count(distinct day)::int as days
         from meter_days
        group by credit_code`,
      params,
    );
    for (const r of rows) out.set(r.credit_code, { totalKwh: Number(r.total), days: Number(r.days), series: [] });
    return out;
  }
  const byHour = granularity === ElectricityGranularity.HOUR;
  // each day once (hour -1: its meter-days counted once), and by hour also the hourly readings per hour,
  // so the same statement gives the period's totals and either series
  const { rows } = await db.query<{ credit_code: string; day: string; hour: number; kwh: number }>(
    `with ${meterDays()}
     select credit_code, to_char(day, 'YYYY-MM-DD') as day, -1 as hour, sum(kwh)::float8 as kwh
       from meter_days
      group by credit_code, day
     ${byHour ? `union all
     select credit_code, to_char(day, 'YYYY-MM-DD'), hour::int, sum(kwh)::float8
       from grid.electricity_readings
      where credit_code = any($1::text[]) and day between $2::date and $3::date and hour >= 0
      group by credit_code, day, hour` : ""}
      order by 1, 2, 3`,
    params,
  );
  for (const r of rows) {
    const use = out.get(r.credit_code);
    if (!use) continue;
    const kwh = Number(r.kwh);
    if (r.hour < 0) {
      use.totalKwh += kwh;
      use.days += 1;
      if (!byHour) use.series.push({ at: chinaTime(r.day), kwh });
    } else use.series.push({ at: chinaTime(r.day, r.hour), kwh });
  }
  return out;
}

/**
 * The change of mean daily use from a baseline period to a period, for many enterprises at once, in one
 * statement. A daily mean is the total over the days with readings divided by the number of such days.
 */
export async function electricityChange(db: Db, creditCodes: string[], p: ChangePeriods): Promise<Map<string, UseChange>> {
  const out = new Map<string, UseChange>(
    creditCodes.map((c) => [c, { baselineDailyMean: null, dailyMean: null, change: null, baselineDays: 0, days: 0 }]),
  );
  if (creditCodes.length === 0) return out;
  const { rows } = await db.query<{ credit_code: string; baseline_total: number | null; baseline_days: number; total: number | null; days: number }>(
    `with ${meterDays(" or day between $4::date and $5::date")},
     daily as (select credit_code, day, sum(kwh) as kwh from meter_days group by credit_code, day)
     select credit_code,
            (sum(kwh) filter (where day between $2::date and $3::date))::float8 as baseline_total,
            (count(*) filter (where day between $2::date and $3::date))::int as baseline_days,
            (sum(kwh) filter (where day between $4::date and $5::date))::float8 as total,
            (count(*) filter (where day between $4::date and $5::date))::int as days
       from daily
      group by credit_code`,
    [[...new Set(creditCodes)], p.baselineFrom, p.baselineTo, p.from, p.to],
  );
  for (const r of rows) {
    const baselineDays = Number(r.baseline_days);
    const days = Number(r.days);
    const baselineDailyMean = baselineDays > 0 ? Number(r.baseline_total) / baselineDays : null;
    const dailyMean = days > 0 ? Number(r.total) / days : null;
    const change = baselineDailyMean !== null && baselineDailyMean !== 0 && dailyMean !== null ? dailyMean / baselineDailyMean - 1 : null;
    out.set(r.credit_code, { baselineDailyMean, dailyMean, change, baselineDays, days });
  }
  return out;
}
