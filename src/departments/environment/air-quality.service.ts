import type pg from "pg";
import { chinaDayStart, chinaDayEnd } from "../../shared/dates.js";
import {
  CATEGORIES,
  computeAqi,
  EVALUATION_ITEMS,
  evaluateCity,
  evaluateRegionOfCities,
  REPORTING_DIGITS,
  roundHalfEven,
  rulesetFor,
  type AqiResult,
  type Category,
  type EvaluationItem,
  type Figures,
  type PeriodEvaluation,
  type Pollutant,
  type PublishedDay,
} from "../../airquality/index.js";
import { citiesOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";

/** One region's day as published: the daily-report indicators (rounded once, GB/T 8170), each null when its validity rule fails. */
export interface DailyValues {
  regionCode: string;
  date: string;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  co: number | null;
  o3OneHourMax: number | null;
  o3EightHourMax: number | null;
  /** all seven indicators present */
  valid: boolean;
  /** the indicators whose daily value is missing; the AQI is computed from the others */
  missingIndicators: Pollutant[];
  aqi: AqiResult;
}

export interface RegionAirQuality {
  days: DailyValues[];
  /** A region of several cities (the province): its cities' days, from which every period figure is counted. */
  cities?: ReadonlyMap<string, DailyValues[]>;
}

/**
 * Daily values of many regions over one period, in one statement, unrounded. HJ 663: a region's stations are
 * averaged hour by hour first (valid station hours only; kept in region_hourly on every write), then the
 * region's day is computed from its hours: 24h means need 20 valid hours, the O3 8h moving average 6 valid
 * hours in its window (windows lying inside the day, starting 00:00…16:00), the O3 1h maximum any valid hour.
 * Rounding is left to TypeScript: SQL's round(numeric) rounds half away from zero, GB/T 8170 half to even.
 */
const DAILY_SQL = `
with windowed as (
  -- h: hours since 1970-01-01 00:00 China time (UTC+8 all year); integer arithmetic keeps this cheap.
  -- The 8-hour windows run over the region's hours in primary-key order (no sort); a window starting
  -- at 00:00…16:00 ends inside its day, and only those count towards the day's MDA8.
  select region_code as region, (extract(epoch from hour)::bigint + 28800) / 86400 as d,
         ((extract(epoch from hour)::bigint + 28800) / 3600) % 24 as hod,
         pm25, pm10, so2, no2, co, o3,
         avg(o3) over w as avg8, count(o3) over w as n8
    from environment.region_hourly
   where region_code = any($1::text[]) and hour >= $2 and hour < $3
  window w as (partition by region_code order by hour range between current row and interval '7 hours' following)
)
select region, (date '1970-01-01' + d::int)::text as day,
       case when count(pm25) >= 20 then avg(pm25) end as pm25,
       case when count(pm10) >= 20 then avg(pm10) end as pm10,
       case when count(so2) >= 20 then avg(so2) end as so2,
       case when count(no2) >= 20 then avg(no2) end as no2,
       case when count(co) >= 20 then avg(co) end as co,
       max(o3) as o3_1h,
       max(avg8) filter (where n8 >= 6 and hod <= 16) as o3_8h
  from windowed
 group by region, d
 order by region, d`;

type Raw = Record<"pm25" | "pm10" | "so2" | "no2" | "co" | "o3_1h" | "o3_8h", number | null>;
interface Row extends Raw {
  region: string;
  day: string;
}

const RAW_FIELDS = ["pm25", "pm10", "so2", "no2", "co", "o3_1h", "o3_8h"] as const;
const POLLUTANT_OF: Record<(typeof RAW_FIELDS)[number], Pollutant> = { pm25: "PM25", pm10: "PM10", so2: "SO2", no2: "NO2", co: "CO", o3_1h: "O3_1H", o3_8h: "O3_8H" };

/** A day as published: each value rounded once (µg/m³ to integers, CO to 0.1 mg/m³), its AQI from the values valid that day. */
function publishDay(regionCode: string, date: string, raw: Raw): DailyValues {
  const r = (v: number | null, digits: number = REPORTING_DIGITS.concentration) => (v === null ? null : roundHalfEven(v, digits));
  const d = { pm25: r(raw.pm25), pm10: r(raw.pm10), so2: r(raw.so2), no2: r(raw.no2), co: r(raw.co, REPORTING_DIGITS.co), o3_1h: r(raw.o3_1h), o3_8h: r(raw.o3_8h) };
  const missing = RAW_FIELDS.filter((f) => d[f] === null).map((f) => POLLUTANT_OF[f]);
  return {
    regionCode,
    date,
    pm25: d.pm25,
    pm10: d.pm10,
    so2: d.so2,
    no2: d.no2,
    co: d.co,
    o3OneHourMax: d.o3_1h,
    o3EightHourMax: d.o3_8h,
    valid: missing.length === 0,
    missingIndicators: missing,
    aqi: computeAqi({ pm25: d.pm25, pm10: d.pm10, so2: d.so2, no2: d.no2, co: d.co, o3OneHour: d.o3_1h, o3EightHour: d.o3_8h }, rulesetFor(date)),
  };
}

/**
 * Daily values for every requested region over [from, to] (China-time dates, inclusive). The province's day
 * is the mean of its cities' unrounded days, rounded once (for reading only: the province's period figures are
 * counted from its cities', see summarize).
 */
export async function regionsAirQuality(db: Pick<pg.Pool, "query">, regionCodes: readonly string[], from: string, to: string): Promise<Map<string, RegionAirQuality>> {
  const wantProvince = regionCodes.includes(HENAN_PROVINCE_CODE);
  const cities = citiesOf().map((c) => c.code);
  const computed = [...new Set([...regionCodes.filter((r) => r !== HENAN_PROVINCE_CODE), ...(wantProvince ? cities : [])])];
  const { rows } = await db.query<Row>(DAILY_SQL, [computed, chinaDayStart(from), chinaDayEnd(to)]);
  const days = new Map<string, DailyValues[]>(computed.map((c) => [c, []]));
  for (const r of rows) days.get(r.region)!.push(publishDay(r.region, r.day, r));
  const out = new Map<string, RegionAirQuality>();
  for (const code of regionCodes) {
    if (code !== HENAN_PROVINCE_CODE) {
      out.set(code, { days: days.get(code)! });
      continue;
    }
    const cityRows = rows.filter((r) => cities.includes(r.region));
    const byDate = new Map<string, Row[]>();
    for (const r of cityRows) byDate.set(r.day, [...(byDate.get(r.day) ?? []), r]);
    const provinceDays = [...byDate].map(([date, rs]) => {
      const mean = (f: (typeof RAW_FIELDS)[number]) => {
        const xs = rs.map((r) => r[f]).filter((x): x is number => x !== null);
        return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
      };
      return publishDay(code, date, Object.fromEntries(RAW_FIELDS.map((f) => [f, mean(f)])) as Raw);
    });
    out.set(code, { days: provinceDays, cities: new Map(cities.map((c) => [c, days.get(c)!])) });
  }
  return out;
}

const published = (d: DailyValues): PublishedDay => ({
  date: d.date,
  values: { SO2: d.so2, NO2: d.no2, PM10: d.pm10, PM25: d.pm25, CO: d.co, O3_8H: d.o3EightHourMax },
  aqi: d.aqi.aqi,
});

/** The period's evaluation: a city's (or county's) from its published days, the province's as the mean of its cities'. */
export function evaluate(aq: RegionAirQuality, from: string, to: string): PeriodEvaluation {
  const inPeriod = (days: DailyValues[]) => days.filter((d) => d.date >= from && d.date <= to).map(published);
  if (aq.cities) return evaluateRegionOfCities(new Map([...aq.cities].map(([code, days]) => [code, evaluateCity(inPeriod(days), from, to)])), from, to);
  return evaluateCity(inPeriod(aq.days), from, to);
}

/** The figures of AirQualitySummary and of its `unrounded` twin, by their API names. */
export interface SummaryFigures {
  validDays: number;
  pm25Mean: number | null;
  pm10Mean: number | null;
  so2Mean: number | null;
  no2Mean: number | null;
  so2P98: number | null;
  no2P98: number | null;
  pm10P95: number | null;
  pm25P95: number | null;
  coP95: number | null;
  o3Mda8P90: number | null;
  goodDays: number;
  goodDayRatio: number | null;
  heavyPollutionDays: number;
  heavyPollutionDayRatio: number | null;
  o3ExceedanceDays: number;
  o3ExceedanceRate: number | null;
  so2Index: number | null;
  no2Index: number | null;
  pm10Index: number | null;
  pm25Index: number | null;
  coIndex: number | null;
  o3Index: number | null;
  compositeIndex: number | null;
}

export interface Summary extends SummaryFigures {
  from: string;
  to: string;
  complete: boolean;
  missingReason: string | null;
  daysByCategory: { category: Category; days: number; daysUnrounded: number }[];
  pollutants: {
    pollutant: EvaluationItem;
    validDays: number;
    exceedanceDays: number;
    exceedanceRate: number | null;
    validDaysUnrounded: number;
    exceedanceDaysUnrounded: number;
    exceedanceRateUnrounded: number | null;
    complete: boolean;
    missingReason: string | null;
  }[];
  unrounded: SummaryFigures;
}

function figures(f: Figures): SummaryFigures {
  return {
    validDays: f.aqiDays!,
    pm25Mean: f["PM25.mean"],
    pm10Mean: f["PM10.mean"],
    so2Mean: f["SO2.mean"],
    no2Mean: f["NO2.mean"],
    so2P98: f["SO2.percentile"],
    no2P98: f["NO2.percentile"],
    pm10P95: f["PM10.percentile"],
    pm25P95: f["PM25.percentile"],
    coP95: f["CO.percentile"],
    o3Mda8P90: f["O3_8H.percentile"],
    goodDays: f.goodDays!,
    goodDayRatio: f.goodDayRatio,
    heavyPollutionDays: f.heavyPollutionDays!,
    heavyPollutionDayRatio: f.heavyPollutionDayRatio,
    o3ExceedanceDays: f["O3_8H.exceedanceDays"]!,
    o3ExceedanceRate: f["O3_8H.exceedanceRate"],
    so2Index: f["SO2.index"],
    no2Index: f["NO2.index"],
    pm10Index: f["PM10.index"],
    pm25Index: f["PM25.index"],
    coIndex: f["CO.index"],
    o3Index: f["O3_8H.index"],
    compositeIndex: f.compositeIndex,
  };
}

/** The period's evaluation in the API's shape: published figures, each pollutant's coverage, and the unrounded twin. */
export function summarize(aq: RegionAirQuality, from: string, to: string): Summary {
  const e = evaluate(aq, from, to);
  const p = e.published;
  const u = e.unrounded;
  return {
    from,
    to,
    ...figures(p),
    complete: e.complete,
    missingReason: e.missingReason,
    daysByCategory: CATEGORIES.map((c) => ({ category: c, days: p[`days.${c}`]!, daysUnrounded: u[`days.${c}`]! })),
    pollutants: EVALUATION_ITEMS.map((i) => ({
      pollutant: i,
      validDays: p[`${i}.validDays`]!,
      exceedanceDays: p[`${i}.exceedanceDays`]!,
      exceedanceRate: p[`${i}.exceedanceRate`],
      validDaysUnrounded: u[`${i}.validDays`]!,
      exceedanceDaysUnrounded: u[`${i}.exceedanceDays`]!,
      exceedanceRateUnrounded: u[`${i}.exceedanceRate`],
      complete: e.coverage[i].complete,
      missingReason: e.coverage[i].missingReason,
    })),
    unrounded: figures(u),
  };
}

/**
 * Recomputes region_hourly (each region's hourly mean of its valid station hours) for the hours of the
 * given stations in [from, to), or for everything when no stations are given. A station counts for its
 * own region and, when that is a county, for the county's city.
 */
export async function refreshRegionHourly(db: Pick<pg.PoolClient, "query">, scope: { touched: string } | "all"): Promise<number> {
  const means = ["pm25", "pm10", "so2", "no2", "co", "o3"].map((p) => `avg(o.${p}) filter (where o.valid) as ${p}`).join(", ");
  const stationRegions = `station_regions as (
      select st.code as station_code, st.region_code from environment.monitoring_stations st
      union
      select st.code, r.parent_code from environment.monitoring_stations st
        join environment.regions r on r.code = st.region_code where r.level = 'COUNTY')`;
  const upsert = `insert into environment.region_hourly (region_code, hour, pm25, pm10, so2, no2, co, o3)`;
  const onConflict = `on conflict (region_code, hour) do update
       set pm25 = excluded.pm25, pm10 = excluded.pm10, so2 = excluded.so2, no2 = excluded.no2, co = excluded.co, o3 = excluded.o3`;
  // Everything: one pass over the observations. A batch: for each touched region hour, its stations'
  // rows by primary key (lateral), so the cost follows the batch, not the table.
  const sql =
    scope === "all"
      ? `with ${stationRegions}
         ${upsert}
         select m.region_code, o.hour, ${means}
           from environment.observations o join station_regions m on m.station_code = o.station_code
          group by m.region_code, o.hour
         ${onConflict}`
      : `with ${stationRegions},
         touched as (select distinct m.region_code, t.hour from (${scope.touched}) t join station_regions m on m.station_code = t.station_code)
         ${upsert}
         select t.region_code, t.hour, a.pm25, a.pm10, a.so2, a.no2, a.co, a.o3
           from touched t
           cross join lateral (
             select ${means} from station_regions m
               join environment.observations o on o.station_code = m.station_code and o.hour = t.hour
              where m.region_code = t.region_code) a
         ${onConflict}`;
  const res = await db.query(sql);
  return res.rowCount ?? 0;
}
