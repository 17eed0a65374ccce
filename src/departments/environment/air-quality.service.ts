import type pg from "pg";
import { chinaDayStart, chinaDayEnd } from "../../shared/dates.js";
import { computeAqi, periodValidity, rulesetFor, type AqiResult } from "../../airquality/index.js";
import { citiesOf, HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";

/** One region's day: the daily-report indicators, each null when its validity rule fails. */
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
  /** all seven indicators present: the day counts in period evaluations */
  valid: boolean;
  aqi: AqiResult;
}

export interface Percentiles {
  coP95: number | null;
  o3Mda8P90: number | null;
}

export interface RegionAirQuality {
  days: DailyValues[];
  percentiles: Percentiles;
}

/**
 * Daily values of many regions over one period, in one statement. HJ 663: a region's stations are
 * averaged hour by hour first (valid station hours only; kept in region_hourly on every write), then
 * the region's day is computed from its hours: 24h means need 20 valid hours, the O3 8h moving average
 * 6 valid hours in its window (windows lying inside the day, starting 00:00…16:00), the O3 1h maximum
 * any valid hour. Concentrations are rounded as published (µg/m³ to integers, CO to 0.1 mg/m³) before
 * AQI. The province's day is the mean of its cities' days. The grouping set (region) gives HJ 663 percentiles with percentile_cont over the
 * period's valid days, so no hour ever leaves the database.
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
),
region_daily as (
  select region, d,
         case when count(pm25) >= 20 then round(avg(pm25)::numeric)::float8 end as pm25,
         case when count(pm10) >= 20 then round(avg(pm10)::numeric)::float8 end as pm10,
         case when count(so2) >= 20 then round(avg(so2)::numeric)::float8 end as so2,
         case when count(no2) >= 20 then round(avg(no2)::numeric)::float8 end as no2,
         case when count(co) >= 20 then round(avg(co)::numeric, 1)::float8 end as co,
         round(max(o3)::numeric)::float8 as o3_1h,
         round((max(avg8) filter (where n8 >= 6 and hod <= 16))::numeric)::float8 as o3_8h
    from windowed
   group by region, d
),
province_daily as (
  select '${HENAN_PROVINCE_CODE}'::text as region, d,
         round(avg(pm25)::numeric)::float8, round(avg(pm10)::numeric)::float8, round(avg(so2)::numeric)::float8, round(avg(no2)::numeric)::float8,
         round(avg(co)::numeric, 1)::float8, round(avg(o3_1h)::numeric)::float8, round(avg(o3_8h)::numeric)::float8
    from region_daily where $4 and region = any($5::text[])
   group by d
),
days as (
  select x.*, (pm25 is not null and pm10 is not null and so2 is not null and no2 is not null and co is not null
               and o3_1h is not null and o3_8h is not null) as valid
    from (select * from region_daily where region = any($6::text[]) union all select * from province_daily) x
)
select region, (date '1970-01-01' + d::int)::text as day,
       max(pm25) as pm25, max(pm10) as pm10, max(so2) as so2, max(no2) as no2, max(co) as co,
       max(o3_1h) as o3_1h, max(o3_8h) as o3_8h, bool_and(valid) as valid,
       round((percentile_cont(0.95) within group (order by co) filter (where valid))::numeric, 2)::float8 as co_p95,
       round((percentile_cont(0.90) within group (order by o3_8h) filter (where valid))::numeric, 1)::float8 as o3_8h_p90,
       grouping(d) as summary
  from days
 group by grouping sets ((region, d), (region))
 order by region, d nulls first`;

interface Row {
  region: string;
  day: string | null;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  co: number | null;
  o3_1h: number | null;
  o3_8h: number | null;
  valid: boolean;
  co_p95: number | null;
  o3_8h_p90: number | null;
  summary: number;
}


/** Daily values and percentiles for every requested region over [from, to] (China-time dates, inclusive). */
export async function regionsAirQuality(db: Pick<pg.Pool, "query">, regionCodes: readonly string[], from: string, to: string): Promise<Map<string, RegionAirQuality>> {
  const wantProvince = regionCodes.includes(HENAN_PROVINCE_CODE);
  const cities = citiesOf().map((c) => c.code);
  const direct = regionCodes.filter((r) => r !== HENAN_PROVINCE_CODE);
  const computed = [...new Set([...direct, ...(wantProvince ? cities : [])])];
  const end = chinaDayEnd(to);
  const { rows } = await db.query<Row>(DAILY_SQL, [
    computed,
    chinaDayStart(from),
    end,
    wantProvince,
    cities,
    direct,
  ]);
  const out = new Map<string, RegionAirQuality>(regionCodes.map((r) => [r, { days: [], percentiles: { coP95: null, o3Mda8P90: null } }]));
  for (const r of rows) {
    const entry = out.get(r.region);
    if (!entry) continue;
    if (r.summary === 1) {
      entry.percentiles = { coP95: r.co_p95, o3Mda8P90: r.o3_8h_p90 };
      continue;
    }
    const day = r.day!;
    entry.days.push({
      regionCode: r.region,
      date: day,
      pm25: r.pm25,
      pm10: r.pm10,
      so2: r.so2,
      no2: r.no2,
      co: r.co,
      o3OneHourMax: r.o3_1h,
      o3EightHourMax: r.o3_8h,
      valid: r.valid,
      aqi: computeAqi({ pm25: r.pm25, pm10: r.pm10, so2: r.so2, no2: r.no2, co: r.co, o3OneHour: r.o3_1h, o3EightHour: r.o3_8h }, rulesetFor(day)),
    });
  }
  return out;
}

export interface Summary {
  from: string;
  to: string;
  validDays: number;
  pm25Mean: number | null;
  pm10Mean: number | null;
  so2Mean: number | null;
  no2Mean: number | null;
  coP95: number | null;
  o3Mda8P90: number | null;
  goodDays: number;
  goodDayRatio: number | null;
  heavyPollutionDays: number;
  heavyPollutionDayRatio: number | null;
  o3ExceedanceDays: number;
  o3ExceedanceRate: number | null;
  complete: boolean;
  missingReason: string | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * The period's evaluation from its days: every figure is over the valid days (all seven indicators),
 * so it agrees with the daily list. When the period fails GB 3095's coverage rule, the concentration
 * figures and ratios are missing (null) and `missingReason` says why; the day counts remain.
 */
export function summarize(days: readonly DailyValues[], percentiles: Percentiles, from: string, to: string): Summary {
  const valid = days.filter((d) => d.valid);
  const ruleset = rulesetFor(from);
  const good = valid.filter((d) => d.aqi.aqi !== null && d.aqi.aqi <= ruleset.evaluation.goodDayMaxAqi).length;
  const heavy = valid.filter((d) => d.aqi.aqi !== null && d.aqi.aqi > ruleset.evaluation.heavyPollutionAboveAqi).length;
  const o3Exceed = valid.filter((d) => d.o3EightHourMax! > ruleset.evaluation.o3Mda8Limit).length;
  const coverage = periodValidity(valid.map((d) => d.date), from, to, ruleset);
  const complete = coverage.valid;
  const ratio = (n: number) => (complete && valid.length ? n / valid.length : null);
  const m = (k: "pm25" | "pm10" | "so2" | "no2") => (complete ? mean(valid.map((d) => d[k]!)) : null);
  return {
    from,
    to,
    validDays: valid.length,
    pm25Mean: m("pm25"),
    pm10Mean: m("pm10"),
    so2Mean: m("so2"),
    no2Mean: m("no2"),
    coP95: complete ? percentiles.coP95 : null,
    o3Mda8P90: complete ? percentiles.o3Mda8P90 : null,
    goodDays: good,
    goodDayRatio: ratio(good),
    heavyPollutionDays: heavy,
    heavyPollutionDayRatio: ratio(heavy),
    o3ExceedanceDays: o3Exceed,
    o3ExceedanceRate: ratio(o3Exceed),
    complete,
    missingReason: complete ? null : coverage.reason,
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
