import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { startTestHub, type TestHub } from "./support/hub.js";

/*
 * Every numeric target of the 2021 plan (../shared/domain/air-quality.md, "The plan's targets"), listed here by
 * hand with its source clause; the ones the hub measures show an actual value from the demo data once each
 * owning department has run its computation (as a scheduled job would), the others are reported outside the hub.
 */

let hub: TestHub;
beforeAll(async () => {
  // the test database is a clone of the demo-loaded template: the departments' computations ran at its load
  hub = await startTestHub();
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

type Row = { metric: string; period: string; comparison: string; target: number; actual: number | null; status: string; sourceClause: string; reportedOutsideHub: boolean };
const Q = `query($code: ID!) { region(code: $code) { targetProgress(year: 2021) { metric period comparison target actual status sourceClause reportedOutsideHub } } }`;
async function progress(code: string): Promise<Row[]> {
  return (await hub.query<{ region: { targetProgress: Row[] } }>(Q, { code })).region.targetProgress;
}

/** [metric, period, comparison, target, source clause, measured in the hub] — from the plan, by hand. */
const PROVINCE: [string, string, string, number, string, boolean][] = [
  ["PM25_MEAN", "2021", "AT_MOST", 53, "二(一) 年度目标", true],
  ["PM10_MEAN", "2021", "AT_MOST", 87, "二(一) 年度目标", true],
  ["O3_EXCEEDANCE_RATE", "2021", "AT_MOST", 0.15, "二(一) 年度目标", true],
  ["GOOD_DAY_RATIO", "2021", "AT_LEAST", 0.65, "二(一) 年度目标", true],
  ["HEAVY_POLLUTION_DAY_RATIO", "2021", "AT_MOST", 0.04, "二(一) 年度目标", true],
  ["PM25_MEAN", "2021-01..2021-03", "AT_MOST", 78, "二(二) 第一阶段", true],
  ["O3_EXCEEDANCE_DAYS", "2021-05..2021-09", "AT_MOST", 54, "二(二) 第二阶段", true],
  ["PM25_MEAN", "2021-10..2021-12", "AT_MOST", 65, "二(二) 第三阶段", true],
  ["DUSTFALL", "2021", "AT_MOST", 8, "任务18 降尘", true],
  ["HEATING_NETWORK_NEW_KM", "2021", "AT_LEAST", 400, "任务9 集中供热管网", false],
  ["FUEL_SAMPLING_COVERAGE", "2021", "AT_LEAST", 0.05, "任务31 油品抽检", true],
  ["NRMM_REGISTERED", "2021", "AT_LEAST", 200000, "任务16 非道路移动机械", true],
  ["AB_GRADE_SHARE", "2021", "AT_LEAST", 0.2, "任务22 绩效分级", true],
  ["D_GRADE_FIRMS", "2021", "AT_MOST", 0, "任务22 绩效分级", true],
  ["COAL_POWER_RETIRED_MW", "2021", "AT_LEAST", 400, "任务1 淘汰落后煤电机组40万千瓦", false],
  ["COAL_FIRMS_RELOCATED", "2021", "AT_LEAST", 8, "任务1 8家企业年底前退城", false],
  ["GAS_STORAGE_LOCAL_DAYS", "2021", "AT_LEAST", 3, "任务10 地方政府3天储气能力", false],
  ["GAS_STORAGE_CITY_GAS_SHARE", "2021", "AT_LEAST", 0.05, "任务10 城镇燃气企业5%储气能力", false],
  ["RENEWABLE_POWER_ADDED_MW", "2021", "AT_LEAST", 4000, "任务11 新增可再生能源发电装机400万千瓦", false],
  ["RENEWABLE_HEATING_ADDED_M2", "2021", "AT_LEAST", 24000000, "任务11 新增可再生能源供暖2400万平方米", false],
  ["RAIL_SIDINGS_IN_SERVICE", "2021", "AT_LEAST", 3, "任务12 建成投用铁路专用线3条", true],
  ["RAIL_SIDINGS_UNDER_CONSTRUCTION", "2021", "AT_LEAST", 3, "任务12 开工建设铁路专用线3条", true],
  ["NEW_VEHICLE_SPOT_CHECK_RATE", "2021", "AT_LEAST", 0.8, "任务13 新车新机家族抽检率80%", false],
  ["GATE_SYSTEM_SHARE", "2021-01..2021-10", "AT_LEAST", 1, "任务14 2021年10月底前建成门禁系统", true],
  ["NEW_ENERGY_SHARE_NEW_BUSES", "2021", "AT_LEAST", 1, "任务15 新增及更新公交车新能源100%", true],
  ["NEW_ENERGY_SHARE_NEW_TAXIS", "2021", "AT_LEAST", 1, "任务15 新增及更新出租车新能源100%", true],
  ["NEW_ENERGY_SHARE_NEW_SANITATION", "2021", "AT_LEAST", 1, "任务15 新增及更新环卫车新能源100%", false],
  ["NEW_ENERGY_SHARE_NEW_POSTAL_LOGISTICS", "2021", "AT_LEAST", 0.95, "任务15 城市邮政物流车新能源不低于95%", false],
  ["NEW_ENERGY_SHARE_NEW_AIRPORT", "2021", "AT_LEAST", 1, "任务15 机场场内车辆原则上100%新能源", false],
  ["BUILT_UP_GREEN_RATIO", "2021", "AT_LEAST", 0.365, "任务17 建成区绿地率36.5%", false],
  ["GREEN_COMMUNITIES", "2021", "AT_LEAST", 2200, "任务17 绿色社区2200个", false],
  ["AFFORESTATION_MU", "2021", "AT_LEAST", 2490000, "任务17 造林249万亩", false],
  ["FOREST_TENDING_MU", "2021", "AT_LEAST", 1770000, "任务17 森林抚育177万亩", false],
  ["KILN_GRADE_B_SHARE_HIGH", "2021", "AT_LEAST", 0.5, "任务25 玻璃、陶瓷、耐材、碳素、有色B级及以上不低于50%", true],
  ["KILN_GRADE_B_SHARE_LOW", "2021", "AT_LEAST", 0.3, "任务25 铝、砖瓦、铁合金、铸造、石灰B级及以上不低于30%", true],
];

describe("the plan's targets", () => {
  it("are every one queryable for the province with its source clause; the measured ones have an actual from the demo data, the others are reported outside the hub", async () => {
    const rows = await progress("410000");
    const key = (r: { metric: string; period: string }) => `${r.metric} ${r.period}`;
    expect(rows.map(key).sort()).toEqual(PROVINCE.map(([m, p]) => `${m} ${p}`).sort());
    for (const [metric, period, comparison, target, clause, measured] of PROVINCE) {
      const r = rows.find((x) => x.metric === metric && x.period === period)!;
      expect({ comparison: r.comparison, target: r.target, sourceClause: r.sourceClause, reportedOutsideHub: r.reportedOutsideHub }, `${metric} ${period}`)
        .toEqual({ comparison, target, sourceClause: clause, reportedOutsideHub: !measured });
      if (measured) expect(r.actual, `${metric} ${period}`).not.toBeNull();
      else expect({ actual: r.actual, status: r.status }, `${metric} ${period}`).toEqual({ actual: null, status: "NO_DATA" });
    }
  });

  it("central heating (task 9) is a city target: 91% for Zhengzhou, a transmission-channel city, with housing's demo figure", async () => {
    const heating = (await progress("410100")).find((r) => r.metric === "CENTRAL_HEATING_COVERAGE")!;
    expect(heating).toMatchObject({ period: "2021", comparison: "AT_LEAST", target: 0.91, sourceClause: "任务9 集中供热普及率", reportedOutsideHub: false });
    const [{ value }] = await sql<{ value: number }>(hub.dbUrl, "select value from environment.indicators where region_code = '410100' and metric = 'CENTRAL_HEATING_COVERAGE' and period = '2021'");
    expect(heating.actual).toBe(value);
  });

  it("the measured figures are the raw rows counted: sidings, new-energy shares, grades, kiln shares, gate systems, dustfall", async () => {
    const rows = await progress("410000");
    const actual = (metric: string) => rows.find((r) => r.metric === metric)!.actual;
    const one = async (q: string, p: unknown[] = []) => Number((await sql<{ v: number }>(hub.dbUrl, q, p))[0].v);
    // transport's registry as it stands
    expect(actual("RAIL_SIDINGS_IN_SERVICE")).toBe(await one("select count(*) as v from transport.rail_sidings where status = 'IN_SERVICE'"));
    expect(actual("RAIL_SIDINGS_UNDER_CONSTRUCTION")).toBe(await one("select count(*) as v from transport.rail_sidings where status = 'UNDER_CONSTRUCTION'"));
    // public security's 2021 registrations: electric or hydrogen among the transit buses / taxis
    for (const [metric, use] of [["NEW_ENERGY_SHARE_NEW_BUSES", "BUS_TRANSIT"], ["NEW_ENERGY_SHARE_NEW_TAXIS", "TAXI"]]) {
      const n = await one("select count(*) as v from public_security.vehicles where use = $1 and registered_on between '2021-01-01' and '2021-12-31'", [use]);
      const ne = await one("select count(*) as v from public_security.vehicles where use = $1 and registered_on between '2021-01-01' and '2021-12-31' and fuel in ('ELECTRIC', 'HYDROGEN')", [use]);
      expect(n, use).toBeGreaterThan(0);
      expect(actual(metric), metric).toBeCloseTo(ne / n, 12);
    }
    // task 22 over the graded firms: LEADING, A and B are A+B
    const graded = await one("select count(*) as v from environment.performance_grades");
    expect(actual("AB_GRADE_SHARE")).toBeCloseTo((await one("select count(*) as v from environment.performance_grades where grade in ('LEADING', 'A', 'B')")) / graded, 12);
    expect(actual("D_GRADE_FIRMS")).toBe(await one("select count(*) as v from environment.performance_grades where grade = 'D'"));
    // task 25: active registry firms of glass 304x, ceramics 307x, refractories 308x, carbon 3091, non-ferrous 321x but aluminium 3216;
    // and of aluminium 3216, brick 3031, ferroalloy 314x, foundry 339x, lime 3012
    const kiln = async (where: string) => {
      const firms = await one(`select count(*) as v from market_regulation.enterprises e where e.status = 'ACTIVE' and (${where})`);
      const good = await one(`select count(*) as v from market_regulation.enterprises e join environment.performance_grades g on g.credit_code = e.credit_code
                               where e.status = 'ACTIVE' and (${where}) and g.grade in ('LEADING', 'A', 'B')`);
      return good / firms;
    };
    expect(actual("KILN_GRADE_B_SHARE_HIGH")).toBeCloseTo(await kiln("e.industry_code ~ '^(304|307|308|3091|321)' and e.industry_code not like '3216%'"), 12);
    expect(actual("KILN_GRADE_B_SHARE_LOW")).toBeCloseTo(await kiln("e.industry_code ~ '^(3216|3031|314|339|3012)'"), 12);
    // task 14: listed firms with a gate record before 2021-11-01 (China time)
    const listed = await one("select count(*) as v from environment.emergency_list where year = 2021");
    const gated = await one("select count(distinct l.credit_code) as v from environment.emergency_list l join environment.gate_records g on g.credit_code = l.credit_code where l.year = 2021 and g.passed_at < '2021-11-01T00:00:00+08:00'");
    expect(gated).toBeGreaterThan(0);
    expect(rows.find((r) => r.metric === "GATE_SYSTEM_SHARE")!.actual).toBeCloseTo(gated / listed, 12);
    // task 18: the mean of the cities' yearly means of their monthly dustfall
    const cityMeans = await sql<{ m: number }>(hub.dbUrl, "select avg(value)::float8 as m from environment.indicators where metric = 'DUSTFALL' and period like '2021-__' group by region_code");
    expect(cityMeans).toHaveLength(18);
    expect(actual("DUSTFALL")).toBeCloseTo(cityMeans.reduce((s, c) => s + Number(c.m), 0) / 18, 9);
  });
});

describe("the straw-burning deduction (task 20) is data with an effective date", () => {
  const AGR: [Department, Role] = [Department.AGRICULTURE, Role.ADMIN];
  const RATES = `mutation($batchId: ID!, $rows: [StrawBurningDeductionRateInput!]!) { r: contributeStrawBurningDeductionRates(batchId: $batchId, rows: $rows) { accepted rejected errors { field code } } }`;
  const FIRES = `mutation($batchId: ID!, $rows: [FirePointInput!]!) { r: contributeFirePoints(batchId: $batchId, rows: $rows) { accepted rejected } }`;
  // a county with no demo fire points in 2024 or 2025 (the demo year is 2021)
  const fire = (id: string, detectedAt: string, confirmed: boolean) => ({ id, detectedAt, regionCode: "411621", latitude: 33.9, longitude: 114.6, source: "SATELLITE", confirmed });

  it("the plan's rate is there from the start, with its clause; a later rate applies from its China-time date on, earlier points keep theirs", async () => {
    const { strawBurningDeductionRates: rates } = await hub.query<{ strawBurningDeductionRates: { edges: { node: { effectiveFrom: string; cnyPerConfirmedFirePoint: number; sourceClause: string } }[] } }>(
      `{ strawBurningDeductionRates { edges { node { effectiveFrom cnyPerConfirmedFirePoint sourceClause } } } }`,
    );
    expect(rates.edges).toHaveLength(1);
    expect(rates.edges[0].node).toMatchObject({ effectiveFrom: "2021-01-01", cnyPerConfirmedFirePoint: 500_000 });
    expect(rates.edges[0].node.sourceClause).toContain("任务20");
    expect(rates.edges[0].node.sourceClause).toContain("50 万元/火点");

    // a rule change: 600,000 CNY from 2025-01-01 (China time)
    const added = await hub.query<{ r: { accepted: number } }>(RATES, { batchId: "rate-2025", rows: [{ effectiveFrom: "2025-01-01", cnyPerConfirmedFirePoint: 600_000, sourceClause: "test: a later rule" }] }, AGR);
    expect(added.r.accepted).toBe(1);
    const bad = await hub.query<{ r: { rejected: number; errors: { field: string; code: string }[] } }>(
      RATES, { batchId: "rate-bad", rows: [{ effectiveFrom: "2026-01-01", cnyPerConfirmedFirePoint: -1, sourceClause: "test" }] }, AGR,
    );
    expect(bad.r.errors).toEqual([{ field: "cnyPerConfirmedFirePoint", code: "OUT_OF_RANGE" }]);

    // 2024-12-31 23:30 China time is the old rate; 2025-01-01 00:30 China time (still 2024-12-31 in UTC) the new one
    const fires = await hub.query<{ r: { accepted: number } }>(FIRES, {
      batchId: "fires-rate-test",
      rows: [fire("RATE-OLD", "2024-12-31T23:30:00+08:00", true), fire("RATE-NEW", "2025-01-01T00:30:00+08:00", true), fire("RATE-UNCONFIRMED", "2025-01-02T10:00:00+08:00", false)],
    }, AGR);
    expect(fires.r.accepted).toBe(3);
    const one = async (id: string) => (await hub.query<{ firePoint: { deduction: number } }>(`query($id: ID!) { firePoint(id: $id) { deduction } }`, { id })).firePoint.deduction;
    expect(await one("RATE-OLD")).toBe(500_000);
    expect(await one("RATE-NEW")).toBe(600_000);
    expect(await one("RATE-UNCONFIRMED")).toBe(0);

    const monthly = async (year: number) =>
      (await hub.query<{ firePointDeductions: { month: string; confirmedFirePoints: number; deduction: number }[] }>(
        `query($year: Int!) { firePointDeductions(year: $year, regionCode: "411621") { month confirmedFirePoints deduction } }`, { year },
      )).firePointDeductions;
    expect(await monthly(2024)).toEqual([{ month: "2024-12", confirmedFirePoints: 1, deduction: 500_000 }]);
    expect(await monthly(2025)).toEqual([{ month: "2025-01", confirmedFirePoints: 1, deduction: 600_000 }]);
  });
});
