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

type Day = { date: string; aqi: number | null; category: string | null; pm25: number | null; pm10: number | null; so2: number | null; no2: number | null; co: number | null; o3OneHourMax: number | null; o3EightHourMax: number | null; valid: boolean };
type Summary = { validDays: number; pm25Mean: number; pm10Mean: number; so2Mean: number; no2Mean: number; coP95: number; o3Mda8P90: number; goodDays: number; goodDayRatio: number; heavyPollutionDays: number; heavyPollutionDayRatio: number; o3ExceedanceDays: number; o3ExceedanceRate: number; complete: boolean };

describe("daily values and the period summary over 2021", () => {
  it("agree for every city and the province", async () => {
    const q = `{ regions(level: CITY) { code days: dailyAirQuality(from: "2021-01-01", to: "2021-12-31") { date aqi category pm25 pm10 so2 no2 co o3OneHourMax o3EightHourMax valid }
                   summary: airQuality(from: "2021-01-01", to: "2021-12-31") { validDays pm25Mean pm10Mean so2Mean no2Mean coP95 o3Mda8P90 goodDays goodDayRatio heavyPollutionDays heavyPollutionDayRatio o3ExceedanceDays o3ExceedanceRate complete } }
                 province: region(code: "410000") { code days: dailyAirQuality(from: "2021-01-01", to: "2021-12-31") { date aqi category pm25 pm10 so2 no2 co o3OneHourMax o3EightHourMax valid }
                   summary: airQuality(from: "2021-01-01", to: "2021-12-31") { validDays pm25Mean pm10Mean so2Mean no2Mean coP95 o3Mda8P90 goodDays goodDayRatio heavyPollutionDays heavyPollutionDayRatio o3ExceedanceDays o3ExceedanceRate complete } } }`;
    const d = await hub.query<{ regions: { code: string; days: Day[]; summary: Summary }[]; province: { code: string; days: Day[]; summary: Summary } }>(q);
    expect(d.regions).toHaveLength(18);
    const categories = new Set<string>();
    for (const r of [...d.regions, d.province]) {
      const valid = r.days.filter((x) => x.valid);
      const mean = (k: keyof Day) => valid.reduce((s, x) => s + (x[k] as number), 0) / valid.length;
      const s = r.summary;
      expect(s.complete, r.code).toBe(true);
      expect(s.validDays, r.code).toBe(valid.length);
      expect(s.pm25Mean).toBeCloseTo(mean("pm25"), 9);
      expect(s.pm10Mean).toBeCloseTo(mean("pm10"), 9);
      expect(s.so2Mean).toBeCloseTo(mean("so2"), 9);
      expect(s.no2Mean).toBeCloseTo(mean("no2"), 9);
      expect(s.goodDays).toBe(valid.filter((x) => x.aqi! <= 100).length);
      expect(s.goodDayRatio).toBeCloseTo(s.goodDays / valid.length, 12);
      expect(s.heavyPollutionDays).toBe(valid.filter((x) => x.aqi! > 200).length);
      expect(s.heavyPollutionDayRatio).toBeCloseTo(s.heavyPollutionDays / valid.length, 12);
      expect(s.o3ExceedanceDays).toBe(valid.filter((x) => x.o3EightHourMax! > 160).length);
      expect(s.o3ExceedanceRate).toBeCloseTo(s.o3ExceedanceDays / valid.length, 12);
      expect(s.coP95).toBeCloseTo(percentile(valid.map((x) => x.co!), 95)!, 2);
      expect(s.o3Mda8P90).toBeCloseTo(percentile(valid.map((x) => x.o3EightHourMax!), 90)!, 1);
      for (const x of r.days) if (x.category) categories.add(x.category);
    }
    // the demo year shows every category
    expect([...categories].sort()).toEqual(["EXCELLENT", "GOOD", "HEAVY", "LIGHT", "MODERATE", "SEVERE"]);
    // the province's day is the mean of its cities' days
    const jan10 = d.regions.map((r) => r.days.find((x) => x.date === "2021-01-10")!.pm25!);
    expect(d.province.days.find((x) => x.date === "2021-01-10")!.pm25).toBe(Math.round(jan10.reduce((a, b) => a + b, 0) / jan10.length));
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
      expect(day.pm25).toBe(Math.round(mean24h(hours.map((h) => h.pm25))!));
      expect(day.co).toBeCloseTo(Math.round(mean24h(hours.map((h) => h.co))! * 10) / 10, 9);
      expect(day.o3OneHourMax).toBe(Math.round(max1h(hours.map((h) => h.o3))!));
      expect(day.o3EightHourMax).toBe(Math.round(mda8(hours.map((h) => h.o3))!));
    }
  });

  it("reports a period without GB 3095 coverage as missing, with the reason", async () => {
    await sql(hub.dbUrl, `delete from environment.observations where station_code like '411200%' and hour >= '2021-03-01T00:00:00+08:00' and hour < '2021-03-06T00:00:00+08:00'`);
    await sql(hub.dbUrl, `delete from environment.region_hourly where region_code = '411200' and hour >= '2021-03-01T00:00:00+08:00' and hour < '2021-03-06T00:00:00+08:00'`);
    const d = await hub.query<{ region: { airQuality: Summary & { missingReason: string } } }>(`{ region(code: "411200") { airQuality(from: "2021-03-01", to: "2021-03-31") { validDays pm25Mean complete missingReason goodDays } } }`);
    expect(d.region.airQuality).toMatchObject({ validDays: 26, pm25Mean: null, complete: false });
    expect(d.region.airQuality.missingReason).toMatch(/2021-03: 26 daily values, need 27/);
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
    const d = await hub.query<{ region: { targetProgress: { metric: string; period: string; status: string; actual: number | null; target: number }[] } }>(
      `{ region(code: "410000") { targetProgress(year: 2021) { metric period status actual target targetRegion { code } } } }`,
    );
    const byKey = Object.fromEntries(d.region.targetProgress.map((t) => [`${t.metric} ${t.period}`, t]));
    for (const t of d.region.targetProgress) {
      if (t.actual === null) expect(t.status).toBe("NO_DATA");
      else {
        const meets = ["GOOD_DAY_RATIO", "HEATING_NETWORK_NEW_KM", "FUEL_SAMPLING_COVERAGE", "NRMM_REGISTERED", "AB_GRADE_SHARE"].includes(t.metric) ? t.actual >= t.target : t.actual <= t.target;
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
