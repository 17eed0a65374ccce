import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { max1h, mda8, mean24h, percentile } from "../src/airquality/index.js";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { citiesOf } from "../src/shared/regions.data.js";
import { sql } from "./support/db.js";
import { gql, startTestHub, token, type TestHub } from "./support/hub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const AQI = `query($c: ConcentrationsInput!) { airQualityIndex(concentrations: $c) { aqi level category color primaryPollutants exceedingPollutants iaqi { pollutant value } capped ruleset } }`;

describe("airQualityIndex (the worked examples of air-quality.md)", () => {
  const cases = [
    { c: { pm25: 48, pm10: 70, no2: 30, so2: 8, co: 0.7, o3EightHour: 90, o3OneHour: 110 }, aqi: 67, category: "GOOD", primary: ["PM25"], iaqi: { PM25: 67, PM10: 60, NO2: 38, SO2: 8, CO: 18, O3_8H: 45, O3_1H: 35 } },
    { c: { pm25: 140, pm10: 180 }, aqi: 186, category: "MODERATE", primary: ["PM25"], iaqi: { PM25: 186, PM10: 115 } },
    { c: { pm25: 20, pm10: 45, o3EightHour: 205, o3OneHour: 240 }, aqi: 141, category: "LIGHT", primary: ["O3_8H"], iaqi: { PM25: 29, PM10: 45, O3_8H: 141, O3_1H: 120 } },
    { c: { pm25: 90, pm10: 260 }, aqi: 155, category: "MODERATE", primary: ["PM10"], iaqi: { PM25: 119, PM10: 155 } },
  ];
  for (const k of cases) {
    it(`${JSON.stringify(k.c)} → AQI ${k.aqi} ${k.category}, primary ${k.primary}`, async () => {
      const d = await hub.query<{ airQualityIndex: { aqi: number; category: string; primaryPollutants: string[]; iaqi: { pollutant: string; value: number }[]; ruleset: string } }>(AQI, { c: k.c });
      expect(d.airQualityIndex).toMatchObject({ aqi: k.aqi, category: k.category, primaryPollutants: k.primary, ruleset: "HJ633_2012" });
      expect(Object.fromEntries(d.airQualityIndex.iaqi.map((i) => [i.pollutant, i.value]))).toEqual(k.iaqi);
    });
  }
  it("caps above the table with a flag and names no primary pollutant at AQI ≤ 50", async () => {
    const capped = await hub.query<{ airQualityIndex: { aqi: number; capped: boolean; category: string } }>(AQI, { c: { pm25: 620 } });
    expect(capped.airQualityIndex).toMatchObject({ aqi: 500, capped: true, category: "SEVERE" });
    const clean = await hub.query<{ airQualityIndex: { aqi: number; primaryPollutants: string[] } }>(AQI, { c: { pm25: 20, pm10: 30 } });
    expect(clean.airQualityIndex.aqi).toBeLessThanOrEqual(50);
    expect(clean.airQualityIndex.primaryPollutants).toEqual([]);
  });
});

type Day = { date: string; aqi: number | null; category: string | null; pm25: number | null; pm10: number | null; so2: number | null; no2: number | null; co: number | null; o3OneHourMax: number | null; o3EightHourMax: number | null; valid: boolean; missingIndicators: string[] };
type Figures = { validDays: number; pm25Mean: number; pm10Mean: number; so2Mean: number; no2Mean: number; so2P98: number; no2P98: number; pm10P95: number; pm25P95: number; coP95: number; o3Mda8P90: number; goodDays: number; goodDayRatio: number; heavyPollutionDays: number; heavyPollutionDayRatio: number; o3ExceedanceDays: number; o3ExceedanceRate: number; so2Index: number; no2Index: number; pm10Index: number; pm25Index: number; coIndex: number; o3Index: number; compositeIndex: number };
type Pollutant = { pollutant: string; validDays: number; exceedanceDays: number; exceedanceRate: number | null; complete: boolean; missingReason: string | null };
type Summary = Figures & { complete: boolean; missingReason: string | null; daysByCategory: { category: string; days: number }[]; pollutants: Pollutant[]; unrounded: Figures };
const FIGURES = "validDays pm25Mean pm10Mean so2Mean no2Mean so2P98 no2P98 pm10P95 pm25P95 coP95 o3Mda8P90 goodDays goodDayRatio heavyPollutionDays heavyPollutionDayRatio o3ExceedanceDays o3ExceedanceRate so2Index no2Index pm10Index pm25Index coIndex o3Index compositeIndex";
const SUMMARY = `${FIGURES} complete missingReason daysByCategory { category days } pollutants { pollutant validDays exceedanceDays exceedanceRate complete missingReason } unrounded { ${FIGURES} }`;
const DAY = "date aqi category pm25 pm10 so2 no2 co o3OneHourMax o3EightHourMax valid missingIndicators";
/** The nearest integer, a tie (within binary noise) to the even one: GB/T 8170 written out independently of the code under test. */
const nearestEven = (x: number) => {
  const f = Math.floor(x);
  return Math.abs(x - f - 0.5) < 1e-9 ? (f % 2 === 0 ? f : f + 1) : Math.round(x);
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Replaces a county's hourly means (no demo station lies in a county) with the hours `select` gives over [from, to]. */
async function setHours(region: string, from: string, to: string, select: string): Promise<void> {
  await sql(
    hub.dbUrl,
    `insert into environment.region_hourly (region_code, hour, pm25, pm10, so2, no2, co, o3)
     select '${region}', h, ${select} from generate_series('${from}T00:00:00+08:00'::timestamptz, '${to}T23:00:00+08:00', interval '1 hour') h
     on conflict (region_code, hour) do update set pm25 = excluded.pm25, pm10 = excluded.pm10, so2 = excluded.so2, no2 = excluded.no2, co = excluded.co, o3 = excluded.o3`,
  );
}

describe("daily values and the period summary over 2021", () => {
  it("agree for every city, item by item over its own valid days, and the province is the mean of its cities", async () => {
    const q = `{ regions(level: CITY) { code days: dailyAirQuality(from: "2021-01-01", to: "2021-12-31") { ${DAY} } summary: airQuality(from: "2021-01-01", to: "2021-12-31") { ${SUMMARY} } }
                 province: region(code: "410000") { code days: dailyAirQuality(from: "2021-01-01", to: "2021-12-31") { ${DAY} } summary: airQuality(from: "2021-01-01", to: "2021-12-31") { ${SUMMARY} } } }`;
    const d = await hub.query<{ regions: { code: string; days: Day[]; summary: Summary }[]; province: { code: string; days: Day[]; summary: Summary } }>(q);
    expect(d.regions).toHaveLength(18);
    const categories = new Set<string>();
    for (const r of d.regions) {
      const s = r.summary;
      const u = s.unrounded;
      const withAqi = r.days.filter((x) => x.aqi !== null);
      const of = (k: keyof Day) => r.days.map((x) => x[k]).filter((v): v is number => v !== null);
      expect(s.complete, r.code).toBe(true);
      expect(s.validDays, r.code).toBe(withAqi.length);
      // period figures from the daily values as published, rounded once at the end
      expect(u.pm25Mean).toBeCloseTo(mean(of("pm25")), 9);
      expect(u.pm10Mean).toBeCloseTo(mean(of("pm10")), 9);
      expect(u.so2Mean).toBeCloseTo(mean(of("so2")), 9);
      expect(u.no2Mean).toBeCloseTo(mean(of("no2")), 9);
      expect(Math.abs(s.pm25Mean - u.pm25Mean)).toBeLessThanOrEqual(0.5);
      expect(Number.isInteger(s.pm25Mean)).toBe(true);
      expect(u.pm25P95).toBeCloseTo(percentile(of("pm25"), 95)!, 9);
      expect(u.pm10P95).toBeCloseTo(percentile(of("pm10"), 95)!, 9);
      expect(u.so2P98).toBeCloseTo(percentile(of("so2"), 98)!, 9);
      expect(u.no2P98).toBeCloseTo(percentile(of("no2"), 98)!, 9);
      expect(u.coP95).toBeCloseTo(percentile(of("co"), 95)!, 9);
      expect(u.o3Mda8P90).toBeCloseTo(percentile(of("o3EightHourMax"), 90)!, 9);
      expect(Math.abs(s.coP95 - u.coP95)).toBeLessThanOrEqual(0.05);
      expect(s.goodDays).toBe(withAqi.filter((x) => x.aqi! <= 100).length);
      expect(u.goodDayRatio).toBeCloseTo(s.goodDays / withAqi.length, 12);
      expect(Math.abs(s.goodDayRatio - u.goodDayRatio)).toBeLessThanOrEqual(0.0005);
      expect(s.heavyPollutionDays).toBe(withAqi.filter((x) => x.aqi! > 200).length);
      expect(s.o3ExceedanceDays).toBe(of("o3EightHourMax").filter((v) => v > 160).length);
      expect(u.o3ExceedanceRate).toBeCloseTo(s.o3ExceedanceDays / of("o3EightHourMax").length, 12);
      expect(s.pollutants.find((p) => p.pollutant === "PM25")!.exceedanceDays).toBe(of("pm25").filter((v) => v > 75).length);
      expect(s.daysByCategory.reduce((a, c) => a + c.days, 0)).toBe(withAqi.length);
      // the single indices come from the published concentrations, the composite is their sum
      expect(u.pm25Index).toBeCloseTo(s.pm25Mean / 35, 12);
      expect(u.o3Index).toBeCloseTo(s.o3Mda8P90 / 160, 12);
      expect(s.compositeIndex).toBeCloseTo(s.so2Index + s.no2Index + s.pm10Index + s.pm25Index + s.coIndex + s.o3Index, 9);
      for (const x of r.days) if (x.category) categories.add(x.category);
    }
    // the demo year shows every category
    expect([...categories].sort()).toEqual(["EXCELLENT", "GOOD", "HEAVY", "LIGHT", "MODERATE", "SEVERE"]);

    // the province counts as the mean of its 18 cities, figure by figure, rounded once
    const p = d.province.summary;
    const cityMean = (k: keyof Figures) => mean(d.regions.map((r) => r.summary.unrounded[k]));
    expect(p.complete).toBe(true);
    for (const k of FIGURES.split(" ") as (keyof Figures)[]) expect(p.unrounded[k], k).toBeCloseTo(cityMean(k), 9);
    expect(Math.abs(p.goodDayRatio - cityMean("goodDayRatio"))).toBeLessThanOrEqual(0.0005);
    expect(Number.isInteger(Math.round(p.goodDayRatio * 1000 * 1e6) / 1e6)).toBe(true);
    expect(Math.abs(p.pm25Mean - cityMean("pm25Mean"))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(p.compositeIndex - cityMean("compositeIndex"))).toBeLessThanOrEqual(0.005);
    // the province's day (for reading) is the mean of its cities' days
    const jan10 = d.regions.map((r) => r.days.find((x) => x.date === "2021-01-10")!.pm25!);
    expect(Math.abs(d.province.days.find((x) => x.date === "2021-01-10")!.pm25! - mean(jan10))).toBeLessThanOrEqual(0.5);
  });

  it("computes a city's day from the hourly mean of its valid station hours (checked from the raw rows)", async () => {
    const city = "410500";
    const raw = await sql<{ hour: Date; pm25: number | null; o3: number | null; co: number | null; valid: boolean }>(
      hub.dbUrl,
      `select o.hour, o.pm25, o.o3, o.co, o.valid from environment.observations o join environment.monitoring_stations s on s.code = o.station_code
        where s.region_code = $1 and o.hour >= '2021-01-11T00:00:00+08:00' and o.hour < '2021-01-14T00:00:00+08:00'`,
      [city],
    );
    const d = await hub.query<{ region: { days: Day[] } }>(`{ region(code: "${city}") { days: dailyAirQuality(from: "2021-01-11", to: "2021-01-13") { date pm25 co o3OneHourMax o3EightHourMax } } }`);
    expect(d.region.days.map((x) => x.date)).toEqual(["2021-01-11", "2021-01-12", "2021-01-13"]);
    for (const day of d.region.days) {
      const hours = Array.from({ length: 24 }, (_, h) => {
        const at = new Date(`${day.date}T${String(h).padStart(2, "0")}:00:00+08:00`).getTime();
        const rows = raw.filter((r) => r.hour.getTime() === at && r.valid);
        const m = (k: "pm25" | "o3" | "co") => {
          const v = rows.map((r) => r[k]).filter((x): x is number => x !== null);
          return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
        };
        return { pm25: m("pm25"), o3: m("o3"), co: m("co") };
      });
      // published: the nearest integer (CO tenth), a tie to the even one (the demo's MDA8s do hit ties)
      expect(day.pm25).toBe(nearestEven(mean24h(hours.map((h) => h.pm25))!));
      expect(day.co).toBe(nearestEven(mean24h(hours.map((h) => h.co))! * 10) / 10);
      expect(day.o3OneHourMax).toBe(nearestEven(max1h(hours.map((h) => h.o3))!));
      expect(day.o3EightHourMax).toBe(nearestEven(mda8(hours.map((h) => h.o3))!));
    }
  });

  it("reports a period without GB 3095 coverage as missing, with the reason", async () => {
    const cut = `region_code = '411200' and hour >= '2021-03-01T00:00:00+08:00' and hour < '2021-03-06T00:00:00+08:00'`;
    await sql(hub.dbUrl, `create table public.cut_hours as select * from environment.region_hourly where ${cut}`);
    await sql(hub.dbUrl, `delete from environment.region_hourly where ${cut}`);
    try {
      const d = await hub.query<{ region: { airQuality: Summary }; province: { airQuality: Summary } }>(
        `{ region(code: "411200") { airQuality(from: "2021-03-01", to: "2021-03-31") { validDays pm25Mean complete missingReason goodDays } }
           province: region(code: "410000") { airQuality(from: "2021-03-01", to: "2021-03-31") { pm25Mean goodDayRatio complete missingReason } } }`,
      );
      expect(d.region.airQuality).toMatchObject({ validDays: 26, pm25Mean: null, complete: false });
      expect(d.region.airQuality.missingReason).toBe("2021-03: 26 daily values, need 27 (AQI, SO2, NO2, PM10, PM25, CO, O3_8H)");
      // a province figure needs every city's
      expect(d.province.airQuality).toMatchObject({ pm25Mean: null, goodDayRatio: null, complete: false });
      expect(d.province.airQuality.missingReason).toBe("411200 2021-03: 26 daily values, need 27 (AQI, SO2, NO2, PM10, PM25, CO, O3_8H)");
    } finally {
      await sql(hub.dbUrl, `insert into environment.region_hourly select * from public.cut_hours; drop table public.cut_hours`);
    }
  });
});

describe("validity per pollutant, rounding and the composite index, through the API", () => {
  it("gives a 2021 county with O3 missing on 61 days its PM2.5 over all 365 days", async () => {
    // PM2.5 59 µg/m³ every hour up to 2021-05-13 (133 days), 58 after (232 days); O3 missing Jan 1 … Mar 2 (61 days), 100 after
    await setHours("410122", "2021-01-01", "2021-12-31", `case when h < '2021-05-14T00:00:00+08:00' then 59 else 58 end, 70, 10, 30, 0.8, case when h < '2021-03-03T00:00:00+08:00' then null else 100 end`);
    const d = await hub.query<{ region: { airQuality: Summary; days: Day[] } }>(
      `{ region(code: "410122") { airQuality(from: "2021-01-01", to: "2021-12-31") { ${SUMMARY} } days: dailyAirQuality(from: "2021-01-01", to: "2021-01-01") { ${DAY} } } }`,
    );
    const s = d.region.airQuality;
    // (133·59 + 232·58) / 365 = 21303 / 365 = 58.364 → 58
    expect(s.pm25Mean).toBe(58);
    expect(s.unrounded.pm25Mean).toBeCloseTo(58.36438, 5);
    // every day has an AQI (PM2.5 decides: 59 → 80, 58 → 78.75 → 79), all 优良
    expect(s).toMatchObject({ validDays: 365, goodDays: 365, goodDayRatio: 1, o3Mda8P90: null, o3ExceedanceRate: null, compositeIndex: null, complete: false });
    expect(s.pollutants.find((p) => p.pollutant === "PM25")).toMatchObject({ validDays: 365, complete: true, missingReason: null });
    expect(s.pollutants.find((p) => p.pollutant === "O3_8H")).toMatchObject({ validDays: 304, complete: false, missingReason: "2021: 304 daily values, need 324; 2021-01: 0 daily values, need 27; 2021-02: 0 daily values, need 25" });
    expect(d.region.days[0]).toMatchObject({ date: "2021-01-01", aqi: 80, pm25: 59, o3EightHourMax: null, valid: false, missingIndicators: ["O3_1H", "O3_8H"] });
  });

  it("gives air-quality.md's worked example: single indices 0.17 0.85 1.21 1.43 0.40 1.09, composite 5.15", async () => {
    await setHours("410181", "2021-06-01", "2021-06-30", `50, 85, 10, 34, 1.6, 175`);
    const d = await hub.query<{ region: { airQuality: Summary } }>(`{ region(code: "410181") { airQuality(from: "2021-06-01", to: "2021-06-30") { ${SUMMARY} } } }`);
    const s = d.region.airQuality;
    expect(s).toMatchObject({ so2Mean: 10, no2Mean: 34, pm10Mean: 85, pm25Mean: 50, coP95: 1.6, o3Mda8P90: 175 });
    expect([s.so2Index, s.no2Index, s.pm10Index, s.pm25Index, s.coIndex, s.o3Index]).toEqual([0.17, 0.85, 1.21, 1.43, 0.4, 1.09]);
    expect(s.compositeIndex).toBe(5.15);
    // 10/60 + 34/40 + 85/70 + 50/35 + 1.6/4 + 175/160 = 5.15327
    expect(s.unrounded.compositeIndex).toBeCloseTo(5.15327, 5);
  });

  it("publishes daily values rounded half to even on the decimal: 52.5 → 52, 53.5 → 54, CO 1.05 → 1.0, 1.15 → 1.2", async () => {
    // hours alternate between the two values, so each 24h mean is their midpoint
    await setHours("410181", "2022-01-01", "2022-01-01", `case when extract(hour from h at time zone 'Asia/Shanghai')::int % 2 = 0 then 52 else 53 end, case when extract(hour from h at time zone 'Asia/Shanghai')::int % 2 = 0 then 53 else 54 end, 10, 30, case when extract(hour from h at time zone 'Asia/Shanghai')::int % 2 = 0 then 1.0 else 1.1 end, 100`);
    await setHours("410181", "2022-01-02", "2022-01-02", `40, 50, 10, 30, case when extract(hour from h at time zone 'Asia/Shanghai')::int % 2 = 0 then 1.1 else 1.2 end, 100`);
    const d = await hub.query<{ region: { days: Day[] } }>(`{ region(code: "410181") { days: dailyAirQuality(from: "2022-01-01", to: "2022-01-02") { ${DAY} } } }`);
    expect(d.region.days.map((x) => [x.date, x.pm25, x.pm10, x.co])).toEqual([
      ["2022-01-01", 52, 54, 1.0],
      ["2022-01-02", 40, 50, 1.2],
    ]);
  });
});

describe("cityRanking", () => {
  it("ranks the 18 cities by composite index, best first, each with its evaluation", async () => {
    const d = await hub.query<{ cityRanking: { rank: number | null; compositeIndex: number | null; region: { code: string }; airQuality: Summary }[] }>(
      `{ cityRanking(from: "2021-01-01", to: "2021-12-31") { rank compositeIndex region { code } airQuality { compositeIndex so2Index no2Index pm10Index pm25Index coIndex o3Index } } }`,
    );
    const r = d.cityRanking;
    expect(r).toHaveLength(18);
    expect(new Set(r.map((x) => x.region.code))).toEqual(new Set(citiesOf().map((c) => c.code)));
    for (let i = 0; i < r.length; i++) {
      expect(r[i]!.compositeIndex).toBe(r[i]!.airQuality.compositeIndex);
      if (i === 0) expect(r[i]!.rank).toBe(1);
      else {
        expect(r[i]!.compositeIndex!).toBeGreaterThanOrEqual(r[i - 1]!.compositeIndex!);
        expect(r[i]!.rank).toBe(r[i]!.compositeIndex === r[i - 1]!.compositeIndex ? r[i - 1]!.rank : i + 1);
      }
    }
  });

  it("refuses a period in the wrong order", async () => {
    const res = await gql(hub.url, `{ cityRanking(from: "2021-12-31", to: "2021-01-01") { rank } }`, {}, await token(Department.ENVIRONMENT));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("contributed observations", () => {
  it("are in the next answer: the hourly means follow every write", async () => {
    const q = `{ region(code: "411500") { dailyAirQuality(from: "2021-07-01", to: "2021-07-01") { pm25 } } }`;
    const before = (await hub.query<{ region: { dailyAirQuality: { pm25: number }[] } }>(q)).region.dailyAirQuality[0].pm25;
    const rows = Array.from({ length: 24 }, (_, h) => ["411500A01", "411500A02"].map((s) => ({ stationCode: s, hour: `2021-07-01T${String(h).padStart(2, "0")}:00:00+08:00`, pm25: 300, minutesSampled: 60 }))).flat();
    const res = await gql<{ contributeObservations: { accepted: number } }>(hub.url, `mutation($rows: [ObservationInput!]!) { contributeObservations(batchId: "smog-day", rows: $rows) { accepted } }`, { rows }, await token(Department.ENVIRONMENT));
    expect(res.data?.contributeObservations.accepted).toBe(48);
    const after = (await hub.query<{ region: { dailyAirQuality: { pm25: number }[] } }>(q)).region.dailyAirQuality[0].pm25;
    expect(before).toBeLessThan(100);
    expect(after).toBe(300);
  });
});

describe("targets", () => {
  it("judges the province against the plan: met and missed in the demo year", async () => {
    const d = await hub.query<{ region: { targetProgress: { metric: string; period: string; comparison: string; status: string; actual: number | null; target: number }[] } }>(
      `{ region(code: "410000") { targetProgress(year: 2021) { metric period comparison status actual target targetRegion { code } } } }`,
    );
    const byKey = Object.fromEntries(d.region.targetProgress.map((t) => [`${t.metric} ${t.period}`, t]));
    for (const t of d.region.targetProgress) {
      if (t.actual === null) expect(t.status).toBe("NO_DATA");
      else {
        // each target's comparison is checked against the plan in plan-targets.test.ts
        const meets = t.comparison === "AT_LEAST" ? t.actual >= t.target : t.actual <= t.target;
        expect(t.status, `${t.metric} ${t.period}`).toBe(meets ? "MET" : "MISSED");
      }
    }
    expect(byKey["PM25_MEAN 2021"].actual).not.toBeNull();
    expect(d.region.targetProgress.map((t) => t.status)).toEqual(expect.arrayContaining(["MET", "MISSED"]));
  });

  it("judges a city without its own target against the province's", async () => {
    const d = await hub.query<{ region: { targetProgress: { metric: string; period: string; targetRegion: { code: string } }[] } }>(
      `{ region(code: "410500") { targetProgress(year: 2021) { metric period targetRegion { code } } } }`,
    );
    const pm25 = d.region.targetProgress.find((t) => t.metric === "PM25_MEAN" && t.period === "2021")!;
    expect(pm25.targetRegion.code).toBe("410000");
    const heating = d.region.targetProgress.find((t) => t.metric === "CENTRAL_HEATING_COVERAGE")!;
    expect(heating.targetRegion.code).toBe("410500");
  });

  it("lets environment admins, and only them, set a target", async () => {
    const m = `mutation { setTarget(input: { regionCode: "410500", metric: PM25_MEAN, period: "2021", comparison: AT_MOST, value: 58, sourceClause: "安阳市分解目标" }) { region { code } value } }`;
    const member = await gql(hub.url, m, {}, await token(Department.ENVIRONMENT, Role.MEMBER));
    expect(member.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const housingAdmin = await gql(hub.url, m, {}, await token(Department.HOUSING, Role.ADMIN));
    expect(housingAdmin.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await hub.query(m, {}, [Department.ENVIRONMENT, Role.ADMIN]);
    const d = await hub.query<{ region: { targetProgress: { metric: string; period: string; target: number; targetRegion: { code: string } }[] } }>(
      `{ region(code: "410500") { targetProgress(year: 2021) { metric period target targetRegion { code } } } }`,
    );
    expect(d.region.targetProgress.find((t) => t.metric === "PM25_MEAN" && t.period === "2021")).toMatchObject({ target: 58, targetRegion: { code: "410500" } });
  });

  it("judges a contributed 53.4 against \"≤ 53\" on the reported 53: met", async () => {
    await hub.query(`mutation { setTarget(input: { regionCode: "410182", metric: PM25_MEAN, period: "2020", comparison: AT_MOST, value: 53, sourceClause: "test" }) { value } }`, {}, [Department.ENVIRONMENT, Role.ADMIN]);
    await hub.query(`mutation { contributeIndicators(batchId: "pm25-53.4", rows: [{ regionCode: "410182", metric: "PM25_MEAN", period: "2020", value: 53.4 }]) { accepted } }`, {}, [Department.ENVIRONMENT]);
    const d = await hub.query<{ indicators: { edges: { node: { value: number; target: number; status: string } }[] } }>(
      `{ indicators(filter: { regionCode: "410182", metric: PM25_MEAN, period: "2020" }) { edges { node { value target status } } } }`,
    );
    expect(d.indicators.edges.map((e) => e.node)).toEqual([{ value: 53.4, target: 53, status: "MET" }]);
  });

  it("publishes the air-quality numbers as indicators, equal to the evaluation", async () => {
    const d = await hub.query<{ indicators: { edges: { node: { value: number; status: string; target: number } }[] }; region: { airQuality: Summary } }>(
      `{ indicators(filter: { regionCode: "410100", metric: GOOD_DAY_RATIO, period: "2021" }) { edges { node { value status target } } }
         region(code: "410100") { airQuality(from: "2021-01-01", to: "2021-12-31") { goodDayRatio } } }`,
    );
    const city = d.indicators.edges.find(() => true)!.node;
    expect(city.value).toBeCloseTo(d.region.airQuality.goodDayRatio, 12);
    expect(city.target).toBe(0.65);
    expect(city.status).toBe(city.value >= 0.65 ? "MET" : "MISSED");
  });
});

describe("warnings", () => {
  it("has every level in the demo and lists those active at an instant", async () => {
    const d = await hub.query<{ all: { edges: { node: { level: string } }[] }; active: { edges: { node: { id: string; region: { code: string } } }[] } }>(
      `{ all: warnings(first: 100) { edges { node { level } } } active: warnings(activeAt: "2021-01-12T12:00:00+08:00") { edges { node { id region { code } } } } }`,
    );
    expect(new Set(d.all.edges.map((e) => e.node.level))).toEqual(new Set(["YELLOW", "ORANGE", "RED"]));
    expect(d.active.edges.map((e) => e.node.region.code).sort()).toEqual(["410100", "410500"]);
  });

  it("is issued and lifted by environment admins only", async () => {
    const issue = `mutation { issueWarning(input: { regionCode: "410800", level: ORANGE, startsAt: "2021-12-01T00:00:00+08:00", endsAt: "2021-12-05T00:00:00+08:00", reason: "forecast AQI > 200 for 3 days" }) { id level region { code } } }`;
    const denied = await gql(hub.url, issue, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const w = (await hub.query<{ issueWarning: { id: string } }>(issue, {}, [Department.ENVIRONMENT, Role.ADMIN])).issueWarning;
    const activeQ = `{ warnings(regionCode: "410800", activeAt: "2021-12-03T00:00:00+08:00") { totalCount } }`;
    expect((await hub.query<{ warnings: { totalCount: number } }>(activeQ)).warnings.totalCount).toBe(1);
    await hub.query(`mutation { liftWarning(id: "${w.id}", at: "2021-12-02T12:00:00+08:00") { liftedAt } }`, {}, [Department.ENVIRONMENT, Role.ADMIN]);
    expect((await hub.query<{ warnings: { totalCount: number } }>(activeQ)).warnings.totalCount).toBe(0);
    const city = await gql(hub.url, issue.replace("410800", "410100000"), {}, await token(Department.ENVIRONMENT, Role.ADMIN));
    expect(city.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("suggests the level the national criteria give a forecast", async () => {
    const s = async (f: number[]) => (await hub.query<{ suggestWarningLevel: { level: string | null } }>(`query($f: [Int!]!) { suggestWarningLevel(forecastAqi: $f) { level reason } }`, { f })).suggestWarningLevel.level;
    expect(await s([150, 210, 180])).toBeNull();
    expect(await s([210, 220])).toBe("YELLOW");
    expect(await s([210, 310, 220])).toBe("ORANGE");
    expect(await s([210, 310, 320, 230])).toBe("RED");
    expect(await s([120, 500])).toBe("RED");
  });
});

describe("city list", () => {
  it("is the 18 cities", () => expect(citiesOf()).toHaveLength(18));
});
