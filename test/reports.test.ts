import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { cityOf } from "../src/shared/regions.data.js";
import { createClient, type LantianClient } from "../src/client/index.js";
import { REPORTS, type ReportResult, type Row } from "../src/reports/index.js";
import { sql } from "./support/db.js";
import { startTestHub, token, type TestHub } from "./support/hub.js";
import { spawnCli } from "./support/process.js";

const YEAR_FROM = "2021-01-01T00:00:00+08:00";
const YEAR_TO = "2022-01-01T00:00:00+08:00";

const city = (code: string) => cityOf(code)?.code ?? null;
const byKey = (rows: Row[], ...keys: string[]) => new Map(rows.map((r) => [keys.map((k) => String(r[k])).join("/"), r]));

describe("reports through the gateway, as an environment analyst, against the raw rows", () => {
  let hub: TestHub;
  let client: LantianClient;
  const run = (name: string, options: Record<string, string>): Promise<ReportResult> => REPORTS[name].run(client, options);

  beforeAll(async () => {
    hub = await startTestHub();
    client = createClient({ url: hub.url, token: await token(Department.ENVIRONMENT, Role.ANALYST) });
  });
  afterAll(async () => hub?.stop());

  it("straw-burning: fire points per county and China-time month, 500,000 CNY per confirmed point", async () => {
    const r = await run("straw-burning", { year: "2021" });
    const raw = await sql<{ region_code: string; month: string; detected: string; confirmed: string }>(
      hub.dbUrl,
      `select region_code, to_char(detected_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
              count(*) as detected, count(*) filter (where confirmed) as confirmed
         from agriculture.fire_points where detected_at >= $1 and detected_at < $2 group by 1, 2`,
      [YEAR_FROM, YEAR_TO],
    );
    expect(raw.length).toBeGreaterThan(5);
    expect(r.rows.length).toBe(raw.length);
    const rows = byKey(r.rows, "regionCode", "month");
    for (const x of raw) {
      const row = rows.get(`${x.region_code}/${x.month}`);
      expect(row, `${x.region_code} ${x.month}`).toBeDefined();
      expect(row!.detected).toBe(Number(x.detected));
      expect(row!.confirmed).toBe(Number(x.confirmed));
      expect(row!.deduction).toBe(Number(x.confirmed) * 500_000);
    }
  });

  it("fuel-quality: stations, sampled share of operating stations, failure rate per city", async () => {
    const r = await run("fuel-quality", { year: "2021" });
    const stations = await sql<{ code: string; region_code: string; status: string }>(hub.dbUrl, `select code, region_code, status from market_regulation.fuel_stations`);
    const samples = await sql<{ station_code: string; result: string }>(
      hub.dbUrl,
      `select station_code, result from market_regulation.fuel_samples where sampled_on between '2021-01-01' and '2021-12-31'`,
    );
    expect(samples.length).toBeGreaterThan(0);
    const st = new Map(stations.map((s) => [s.code, s]));
    expect(r.rows.length).toBe(18);
    let sampledSomewhere = 0;
    for (const row of r.rows) {
      const mine = stations.filter((s) => city(s.region_code) === row.cityCode);
      const operating = mine.filter((s) => s.status === "OPERATING");
      const citySamples = samples.filter((x) => city(st.get(x.station_code)!.region_code) === row.cityCode);
      const sampled = new Set(citySamples.filter((x) => st.get(x.station_code)!.status === "OPERATING").map((x) => x.station_code));
      const failed = citySamples.filter((x) => x.result === "FAIL").length;
      expect(row.stations, String(row.cityCode)).toBe(mine.length);
      expect(row.operating).toBe(operating.length);
      expect(row.sampledStations).toBe(sampled.size);
      expect(row.sampledShare).toBeCloseTo(sampled.size / operating.length, 12);
      expect(row.meetsTarget).toBe(sampled.size / operating.length >= 0.05);
      expect(row.samples).toBe(citySamples.length);
      expect(row.failureRate).toBe(citySamples.length ? failed / citySamples.length : null);
      if (sampled.size) sampledSomewhere++;
    }
    expect(sampledSomewhere).toBeGreaterThan(0);
  });

  it("dust: failed checks and monitor hours above 150 per city beside dustfall and PM10", async () => {
    const r = await run("dust", { year: "2021" });
    const checks = await sql<{ region_code: string; failed: boolean }>(
      hub.dbUrl,
      `select s.region_code, not (c.fencing and c.covered_stockpiles and c.hardened_roads and c.vehicle_washing and c.wet_earthwork and c.sealed_transport) as failed
         from housing.dust_checks c join housing.construction_sites s on s.code = c.site_code
        where c.checked_on between '2021-01-01' and '2021-12-31'`,
    );
    const hours = await sql<{ region_code: string; n: string }>(
      hub.dbUrl,
      `select s.region_code, count(*) as n from housing.dust_monitor_readings m join housing.construction_sites s on s.code = m.site_code
        where m.pm10 > 150 and m.hour >= $1 and m.hour < $2 group by 1`,
      [YEAR_FROM, YEAR_TO],
    );
    const dustfall = await sql<{ region_code: string; mean: number; n: string; over: string }>(
      hub.dbUrl,
      `select region_code, avg(value) as mean, count(*) as n, count(*) filter (where value > 8) as over
         from environment.indicators where metric = 'DUSTFALL' and period like '2021-__' group by 1`,
    );
    expect(r.rows.length).toBe(18);
    let exceeding = 0;
    for (const row of r.rows) {
      const c = checks.filter((x) => city(x.region_code) === row.cityCode);
      expect(row.checks, String(row.cityCode)).toBe(c.length);
      expect(row.failedChecks).toBe(c.filter((x) => x.failed).length);
      const h = hours.filter((x) => city(x.region_code) === row.cityCode).reduce((a, x) => a + Number(x.n), 0);
      expect(row.exceedanceHours).toBe(h);
      if (h) exceeding++;
      const d = dustfall.find((x) => x.region_code === row.cityCode)!;
      expect(row.dustfallMean).toBeCloseTo(Number(d.mean), 9);
      expect(row.dustfallMonths).toBe(Number(d.n));
      expect(row.dustfallTarget).toBe(8);
      expect(row.dustfallMonthsOver).toBe(Number(d.over));
    }
    expect(exceeding).toBeGreaterThan(0);
    // PM10 is the hub's own evaluation (HJ 663, tested in air-quality-api.test.ts): the report passes it through
    const zz = await hub.query<{ region: { airQuality: { pm10Mean: number } } }>(`query { region(code: "410100") { airQuality(from: "2021-01-01", to: "2021-12-31") { pm10Mean } } }`);
    expect(r.rows.find((x) => x.cityCode === "410100")!.pm10Mean).toBe(zz.region.airQuality.pm10Mean);
  });

  it("emergency-compliance: listed firms, owed cut, baseline and warning electricity, verdict, by gap", async () => {
    const warningId = "W2021-410100-01";
    const r = await run("emergency-compliance", { warning: warningId });
    const [w] = await sql<{ region_code: string; level: string; start: string; end: string }>(
      hub.dbUrl,
      `select region_code, level, to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as start,
              to_char(coalesce(lifted_at, ends_at) at time zone 'Asia/Shanghai' - interval '1 microsecond', 'YYYY-MM-DD') as end
         from environment.warnings where id = $1`,
      [warningId],
    );
    const listed = await sql<{ credit_code: string; measure: string }>(
      hub.dbUrl,
      `select credit_code, ${w.level.toLowerCase()} as measure from environment.emergency_list where year = 2021 and city_code = $1`,
      [w.region_code],
    );
    expect(r.rows.map((x) => x.creditCode).sort()).toEqual(listed.map((x) => x.credit_code).sort());
    // the city's other warnings' days are left out of the baseline
    const others = await sql<{ day: string }>(
      hub.dbUrl,
      `select distinct to_char(d, 'YYYY-MM-DD') as day from environment.warnings w,
              generate_series(date_trunc('day', w.starts_at at time zone 'Asia/Shanghai'), (coalesce(w.lifted_at, w.ends_at) at time zone 'Asia/Shanghai') - interval '1 microsecond', interval '1 day') d
        where w.region_code = $1 and w.id <> $2`,
      [w.region_code, warningId],
    );
    const excluded = new Set(others.map((o) => o.day));
    const days = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
      return out;
    };
    const warningDays = days(w.start, w.end);
    const baselineDays: string[] = [];
    for (let d = new Date(`${w.start}T00:00:00Z`); baselineDays.length < 30; ) {
      d.setUTCDate(d.getUTCDate() - 1);
      const s = d.toISOString().slice(0, 10);
      if (!excluded.has(s)) baselineDays.unshift(s);
    }
    const daily = await sql<{ credit_code: string; day: string; kwh: number }>(
      hub.dbUrl,
      `select credit_code, to_char(day, 'YYYY-MM-DD') as day, sum(kwh) as kwh from grid.electricity_readings
        where credit_code = any($1) and day between $2::date and $3::date group by 1, 2`,
      [listed.map((l) => l.credit_code), baselineDays[0], w.end],
    );
    const mean = (cc: string, ds: string[]) => {
      const set = new Set(ds);
      const xs = daily.filter((x) => x.credit_code === cc && set.has(x.day)).map((x) => Number(x.kwh));
      return { mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null, n: xs.length };
    };
    const verdicts = new Set<string>();
    for (const l of listed) {
      const row = r.rows.find((x) => x.creditCode === l.credit_code)!;
      const [kind, share] = l.measure.split(":");
      const owed = kind === "HALT" ? 0.8 : kind === "CUT" ? Number(share) : null;
      expect(row.measure).toBe(kind);
      expect(row.owedCut).toBe(owed);
      const b = mean(l.credit_code, baselineDays);
      const d = mean(l.credit_code, warningDays);
      expect(row.baselineDays).toBe(`${b.n}/30`);
      expect(row.warningDays).toBe(`${d.n}/${warningDays.length}`);
      expect(row.baselineDailyKwh as number).toBeCloseTo(b.mean!, 6);
      expect(row.warningDailyKwh as number).toBeCloseTo(d.mean!, 6);
      const cut = 1 - d.mean! / b.mean!;
      expect(row.cut as number).toBeCloseTo(cut, 9);
      const verdict =
        owed === null ? "NOT_ASSESSED" : b.n < 15 || d.n < warningDays.length / 2 || !b.mean ? "NO_DATA" : cut >= owed - 0.05 ? "COMPLIANT" : "SUSPECT";
      expect(row.verdict, l.credit_code).toBe(verdict);
      if (owed !== null) expect(row.gap as number).toBeCloseTo(cut - owed, 9);
      verdicts.add(verdict);
    }
    const gaps = r.rows.map((x) => x.gap).filter((g): g is number => typeof g === "number");
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(r.rows.slice(gaps.length).every((x) => x.gap === null)).toBe(true);
    expect(verdicts.size).toBeGreaterThan(1);
    // the README's example shows both verdicts (its firms' baselines reach back into December 2020)
    expect(verdicts.has("COMPLIANT")).toBe(true);
    expect(verdicts.has("SUSPECT")).toBe(true);
  });

  it("high-emission-trucks: 国三-and-below operating diesel trucks entering a city, with their evidence", async () => {
    const r = await run("high-emission-trucks", { city: "410100", from: "2021-01-01", to: "2021-12-31" });
    const passages = await sql<{ vin: string; region_code: string }>(
      hub.dbUrl,
      `select p.vin, c.region_code from public_security.passages p
         join public_security.checkpoints c on c.code = p.checkpoint_code
         join public_security.vehicles v on v.vin = p.vin
        where p.direction = 'INBOUND' and p.passed_at >= $1 and p.passed_at < $2
          and v.emission_stage in ('CN1', 'CN2', 'CN3') and v.fuel = 'DIESEL'
          and v.vehicle_type in ('HEAVY_TRUCK', 'MEDIUM_TRUCK', 'LIGHT_TRUCK') and v.use = 'OPERATING_FREIGHT'`,
      [YEAR_FROM, YEAR_TO],
    );
    const counts = new Map<string, number>();
    for (const p of passages) if (city(p.region_code) === "410100") counts.set(p.vin, (counts.get(p.vin) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(3);
    expect(new Map(r.rows.map((x) => [x.vin as string, x.passages as number]))).toEqual(counts);
    const vins = [...counts.keys()];
    const phase = new Map((await sql<{ vin: string; status: string }>(hub.dbUrl, `select vin, status from transport.phase_outs where vin = any($1)`, [vins])).map((x) => [x.vin, x.status]));
    const insp = new Map(
      (
        await sql<{ vin: string; day: string; result: string }>(
          hub.dbUrl,
          `select distinct on (vin) vin, to_char(inspected_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, result
             from market_regulation.vehicle_inspections where vin = any($1) order by vin, inspected_at desc`,
          [vins],
        )
      ).map((x) => [x.vin, x]),
    );
    const rs = await sql<{ vin: string; n: string; fails: string }>(
      hub.dbUrl,
      `select vin, count(*) as n, count(*) filter (where result = 'FAIL') as fails from environment.remote_sensing_tests where vin = any($1) group by vin`,
      [vins],
    );
    for (const row of r.rows) {
      const vin = row.vin as string;
      expect(row.phaseOut, vin).toBe(phase.get(vin) ?? "NOT_LISTED");
      expect(row.lastInspection).toBe(insp.get(vin)?.day ?? null);
      expect(row.inspectionResult).toBe(insp.get(vin)?.result ?? null);
      const t = rs.find((x) => x.vin === vin);
      expect(row.remoteSensingTests).toBe(Number(t?.n ?? 0));
      expect(row.remoteSensingFails).toBe(Number(t?.fails ?? 0));
    }
    const sorted = r.rows.map((x) => x.passages as number);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it("air-quality-progress: the province and 18 cities against their own targets, else the province's, with a consistent status", async () => {
    const r = await run("air-quality-progress", { year: "2021" });
    const targets = await sql<{ region_code: string; metric: string; period: string; comparison: string; value: number }>(
      hub.dbUrl,
      `select region_code, metric, period, comparison, value from environment.targets where period like '2021%'`,
    );
    const province = targets.filter((t) => t.region_code === "410000");
    const regions = ["410000", ...new Set(r.rows.map((x) => x.regionCode as string).filter((c) => c !== "410000"))];
    expect(regions.length).toBe(19);
    for (const region of regions) {
      const own = targets.filter((t) => t.region_code === region);
      const expected = new Map(province.map((t) => [`${t.metric}/${t.period}`, t]));
      for (const t of own) expected.set(`${t.metric}/${t.period}`, t);
      const rows = r.rows.filter((x) => x.regionCode === region);
      expect(new Set(rows.map((x) => `${x.metric}/${x.period}`)), region).toEqual(new Set(expected.keys()));
      for (const row of rows) {
        const t = expected.get(`${row.metric}/${row.period}`)!;
        expect(row.target).toBe(t.value);
        expect(row.targetOf).toBe(t.region_code === region ? "own" : "province");
        expect(row.comparison).toBe(t.comparison === "AT_MOST" ? "≤" : "≥");
        // 2021 has ended: MET or MISSED by the actual, NO_DATA without one
        const a = row.actual as number | null;
        expect(row.status).toBe(a === null ? "NO_DATA" : (t.comparison === "AT_MOST" ? a <= t.value : a >= t.value) ? "MET" : "MISSED");
      }
    }
    // actuals: an indicator metric from the raw indicator row, an air-quality one from the hub's evaluation
    const [heating] = await sql<{ value: number }>(hub.dbUrl, `select value from environment.indicators where region_code = '410100' and metric = 'CENTRAL_HEATING_COVERAGE' and period = '2021'`);
    expect(r.rows.find((x) => x.regionCode === "410100" && x.metric === "CENTRAL_HEATING_COVERAGE")!.actual).toBe(heating.value);
    const aq = await hub.query<{ region: { airQuality: { pm25Mean: number } } }>(`query { region(code: "410000") { airQuality(from: "2021-01-01", to: "2021-12-31") { pm25Mean } } }`);
    expect(r.rows.find((x) => x.regionCode === "410000" && x.metric === "PM25_MEAN" && x.period === "2021")!.actual).toBeCloseTo(aq.region.airQuality.pm25Mean, 9);
    expect(new Set(r.rows.map((x) => x.status))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(r.rows.some((x) => x.status === "MET") && r.rows.some((x) => x.status === "MISSED")).toBe(true);
  });

  it("runs from the built CLI with --format json; a bad token fails with the typed UNAUTHENTICATED error", async () => {
    const p = spawnCli(["report", "straw-burning", "--year", "2021", "--format", "json"], { LANTIAN_URL: hub.url, LANTIAN_TOKEN: await token(Department.ENVIRONMENT, Role.ANALYST) });
    expect(await p.exited, p.output()).toBe(0);
    const json = JSON.parse(p.output());
    expect(json.report).toBe("straw-burning");
    expect(json.rows.length).toBeGreaterThan(5);
    const bad = spawnCli(["report", "dust", "--year", "2021"], { LANTIAN_URL: hub.url, LANTIAN_TOKEN: "not-a-token" });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain("UNAUTHENTICATED");
  });
});
