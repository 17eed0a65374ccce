import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sqlStatements } from "../src/db/query-counter.js";
import { dailyUse } from "../src/departments/grid/electricity-stats.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";

/*
 * Enterprise.electricityUse (totals and a series by day or by hour) and Enterprise.electricityChange
 * through the gateway, each answer recomputed here from the raw rows of grid.electricity_readings.
 */

let hub: TestHub;
/** The first enterprise of the registry: on every page of `enterprises`. */
let firm: string;

const GRID: [Department, Role] = [Department.GRID, Role.MEMBER];
const DAY = "2021-06-10";
const NEXT_DAY = "2021-06-11";
/** Hourly readings of the test meter on DAY: hour h draws 100 + h kWh. */
const HOURLY_KWH = (h: number) => 100 + h;

const CONTRIBUTE = `mutation($batchId: ID!, $rows: [ElectricityReadingInput!]!) {
  result: contributeElectricityReadings(batchId: $batchId, rows: $rows) { accepted rejected errors { row field code message } }
}`;

async function contribute(batchId: string, rows: Record<string, unknown>[]) {
  const res = await gql<{ result: { accepted: number; rejected: number; errors: { row: number; field: string; code: string }[] } }>(hub.url, CONTRIBUTE, { batchId, rows }, await token(...GRID));
  return ok(res, CONTRIBUTE).result;
}

beforeAll(async () => {
  hub = await startTestHub();
  [{ credit_code: firm }] = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from market_regulation.enterprises order by credit_code limit 1");
  // a day of hourly readings on a meter of its own, and whole-day readings on another, on DAY and the next
  const hourly = Array.from({ length: 24 }, (_, h) => ({ meterNo: "GTEST-HOURLY", creditCode: firm, day: DAY, hour: h, kwh: HOURLY_KWH(h) }));
  const daily = [
    { meterNo: "GTEST-DAILY", creditCode: firm, day: DAY, kwh: 5000 },
    { meterNo: "GTEST-DAILY", creditCode: firm, day: NEXT_DAY, kwh: 4000, hour: null },
  ];
  const r = await contribute("grid-electricity-setup", [...hourly, ...daily]);
  expect(r).toMatchObject({ accepted: 26, rejected: 0 });
});
afterAll(async () => {
  await hub?.stop();
});

type Point = { at: string; kwh: number };
type Use = { totalKwh: number; days: number; series: Point[] };
type Change = { baselineDailyMean: number | null; dailyMean: number | null; change: number | null; baselineDays: number; days: number };
type Node = { creditCode: string; byDay: Use; byHour: Use; change: Change };

const PAGE = `query($first: Int!, $from: Date!, $to: Date!, $bf: Date!, $bt: Date!) { enterprises(first: $first) { edges { node {
  creditCode
  byDay: electricityUse(from: $from, to: $to) { totalKwh days series { at kwh } }
  byHour: electricityUse(from: $from, to: $to, granularity: HOUR) { totalKwh days series { at kwh } }
  change: electricityChange(baselineFrom: $bf, baselineTo: $bt, from: $from, to: $to) { baselineDailyMean dailyMean change baselineDays days }
} } } }`;

const PERIODS = { from: "2021-06-01", to: "2021-06-30", bf: "2021-05-01", bt: "2021-05-31" };

async function page(first: number, periods = PERIODS): Promise<Node[]> {
  const d = await hub.query<{ enterprises: { edges: { node: Node }[] } }>(PAGE, { first, ...periods }, GRID);
  return d.enterprises.edges.map((e) => e.node);
}

interface Raw {
  credit_code: string;
  day: string;
  hour: number;
  kwh: number;
}

async function rawReadings(codes: string[], from: string, to: string): Promise<Raw[]> {
  return sql<Raw>(hub.dbUrl,
    `select credit_code, day::text as day, hour::int as hour, kwh from grid.electricity_readings
      where credit_code = any($1) and day between $2 and $3 order by credit_code, day, hour`, [codes, from, to]);
}

/** The China-time instant a day or hour starts, as the DateTime scalar writes it. */
const at = (day: string, hour = 0) => `${day}T${String(hour).padStart(2, "0")}:00:00+08:00`;

function perDay(rows: Raw[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.day, (m.get(r.day) ?? 0) + r.kwh);
  return m;
}

describe("electricityUse", () => {
  // June holds this file's readings; the first week of December the demo's hourly readings
  it.each([
    ["June 2021", PERIODS.from, PERIODS.to],
    ["the first week of December 2021", "2021-12-01", "2021-12-07"],
  ])("gives the day series (every reading of a day summed) and the hour series (hourly readings only), with totals of every reading: %s", async (_, from, to) => {
    const nodes = await page(200, { ...PERIODS, from, to });
    expect(nodes[0].creditCode).toBe(firm);
    const raw = await rawReadings(nodes.map((n) => n.creditCode), from, to);
    for (const n of nodes) {
      const mine = raw.filter((r) => r.credit_code === n.creditCode);
      const days = perDay(mine);
      const total = mine.reduce((s, r) => s + r.kwh, 0);
      for (const use of [n.byDay, n.byHour]) {
        expect(use.totalKwh, n.creditCode).toBeCloseTo(total, 6);
        expect(use.days, n.creditCode).toBe(days.size);
      }
      const daySeries = [...days].sort(([a], [b]) => a.localeCompare(b));
      expect(n.byDay.series.map((p) => p.at)).toEqual(daySeries.map(([d]) => at(d)));
      n.byDay.series.forEach((p, i) => expect(p.kwh).toBeCloseTo(daySeries[i][1], 6));
      // hourly readings of all the firm's meters, summed per hour (rows come ordered by day and hour)
      const hours = new Map<string, number>();
      for (const r of mine.filter((x) => x.hour >= 0)) hours.set(at(r.day, r.hour), (hours.get(at(r.day, r.hour)) ?? 0) + r.kwh);
      expect(n.byHour.series.map((p) => p.at)).toEqual([...hours.keys()]);
      n.byHour.series.forEach((p) => expect(p.kwh).toBeCloseTo(hours.get(p.at)!, 6));
    }
  });

  it("adds the test firm's readings as contributed: 24 hours on one day, whole-day readings beside them", async () => {
    const firmNode = (await page(1, { ...PERIODS, from: DAY, to: NEXT_DAY }))[0];
    const [{ other }] = await sql<{ other: number | null }>(hub.dbUrl,
      `select sum(kwh)::float8 as other from grid.electricity_readings where credit_code = $1 and day between $2 and $3 and meter_no not like 'GTEST-%'`, [firm, DAY, NEXT_DAY]);
    const hourlySum = Array.from({ length: 24 }, (_, h) => HOURLY_KWH(h)).reduce((a, b) => a + b, 0);
    expect(firmNode.byDay.totalKwh).toBeCloseTo(hourlySum + 5000 + 4000 + (other ?? 0), 6);
    expect(firmNode.byDay.days).toBe(2);
    expect(firmNode.byHour.series.filter((p) => p.at.startsWith(DAY))).toEqual(Array.from({ length: 24 }, (_, h) => ({ at: at(DAY, h), kwh: HOURLY_KWH(h) })));
    expect(firmNode.byHour.series.some((p) => p.at.startsWith(NEXT_DAY))).toBe(false);
  });

  it("refuses a period that ends before it starts", async () => {
    const q = `{ enterprises(first: 1) { edges { node { electricityUse(from: "2021-06-30", to: "2021-06-01") { totalKwh } } } } }`;
    const res = await gql(hub.url, q, {}, await token(...GRID));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("electricityChange", () => {
  it("compares mean daily use over the days with readings, for every firm of a page", async () => {
    const nodes = await page(30);
    const codes = nodes.map((n) => n.creditCode);
    const [base, during] = await Promise.all([rawReadings(codes, PERIODS.bf, PERIODS.bt), rawReadings(codes, PERIODS.from, PERIODS.to)]);
    let compared = 0;
    for (const n of nodes) {
      const b = perDay(base.filter((r) => r.credit_code === n.creditCode));
      const d = perDay(during.filter((r) => r.credit_code === n.creditCode));
      const mean = (m: Map<string, number>) => (m.size ? [...m.values()].reduce((x, y) => x + y, 0) / m.size : null);
      const bm = mean(b);
      const dm = mean(d);
      expect(n.change.baselineDays).toBe(b.size);
      expect(n.change.days).toBe(d.size);
      if (bm === null) expect(n.change.baselineDailyMean).toBeNull();
      else expect(n.change.baselineDailyMean).toBeCloseTo(bm, 6);
      if (dm === null) expect(n.change.dailyMean).toBeNull();
      else expect(n.change.dailyMean).toBeCloseTo(dm, 6);
      if (bm === null || bm === 0 || dm === null) expect(n.change.change).toBeNull();
      else {
        expect(n.change.change).toBeCloseTo(dm / bm - 1, 9);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("is null without a baseline", async () => {
    const [n] = await page(1, { ...PERIODS, bf: "2019-01-01", bt: "2019-01-31" });
    expect(n.change).toMatchObject({ baselineDailyMean: null, change: null, baselineDays: 0 });
    expect(n.change.days).toBeGreaterThan(0);
  });

  it("is null when the baseline's use is 0", async () => {
    const r = await contribute("grid-electricity-zero", [{ meterNo: "GTEST-ZERO", creditCode: firm, day: "2018-03-01", kwh: 0 }]);
    expect(r.accepted).toBe(1);
    const [n] = await page(1, { ...PERIODS, bf: "2018-03-01", bt: "2018-03-01" });
    expect(n.change).toMatchObject({ baselineDailyMean: 0, change: null, baselineDays: 1 });
  });

  it("refuses a baseline that ends before it starts", async () => {
    const q = `{ enterprises(first: 1) { edges { node { electricityChange(baselineFrom: "2021-05-31", baselineTo: "2021-05-01", from: "2021-06-01", to: "2021-06-30") { change } } } } }`;
    const res = await gql(hub.url, q, {}, await token(...GRID));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a page of enterprises with use by day and by hour and the change", () => {
  it("sends the same number of SQL statements for 10 and 50 enterprises", async () => {
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const before = sqlStatements.count;
      await page(first);
      counts.push(sqlStatements.count - before);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1], `statements for 10 / 50 enterprises: ${counts.join(" / ")}`).toBe(counts[0]);
  });
});

describe("hourly readings", () => {
  it("answer their hour, and null for a whole-day reading", async () => {
    const q = `query($m: ID!) { electricityReadings(filter: { meterNo: $m }, first: 100) { totalCount edges { node { day hour kwh } } } }`;
    const hourly = await hub.query<{ electricityReadings: { totalCount: number; edges: { node: { day: string; hour: number | null; kwh: number } }[] } }>(q, { m: "GTEST-HOURLY" }, GRID);
    expect(hourly.electricityReadings.edges.map((e) => e.node.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h));
    const daily = await hub.query<{ electricityReadings: { edges: { node: { day: string; hour: number | null } }[] } }>(q, { m: "GTEST-DAILY" }, GRID);
    expect(daily.electricityReadings.edges.map((e) => e.node)).toEqual([{ day: DAY, hour: null, kwh: 5000 }, { day: NEXT_DAY, hour: null, kwh: 4000 }]);
    const [{ hours }] = await sql<{ hours: number[] }>(hub.dbUrl, `select array_agg(hour::int order by day) as hours from grid.electricity_readings where meter_no = 'GTEST-DAILY'`);
    expect(hours).toEqual([-1, -1]);
  });

  it("refuses an hour outside 0–23", async () => {
    const r = await contribute("grid-electricity-bad-hour", [{ meterNo: "GTEST-BAD", creditCode: firm, day: DAY, hour: 24, kwh: 1 }]);
    expect(r.accepted).toBe(0);
    expect(r.errors).toContainEqual(expect.objectContaining({ row: 0, field: "hour", code: "OUT_OF_RANGE" }));
  });

  it("keep a history per hour: correcting one hour leaves the others alone", async () => {
    const r = await contribute("grid-electricity-fix-5", [{ meterNo: "GTEST-HOURLY", creditCode: firm, day: DAY, hour: 5, kwh: 999 }]);
    expect(r.accepted).toBe(1);
    const q = `query($m: ID!) { electricityReadings(filter: { meterNo: $m, hourly: true }, first: 100) { edges { node { hour kwh history { version current batchId } } } } }`;
    const d = await hub.query<{ electricityReadings: { edges: { node: { hour: number; kwh: number; history: { current: boolean; batchId: string }[] } }[] } }>(q, { m: "GTEST-HOURLY" }, GRID);
    const byHour = new Map(d.electricityReadings.edges.map((e) => [e.node.hour, e.node]));
    expect(byHour.get(5)!.kwh).toBe(999);
    expect(byHour.get(5)!.history.map((v) => [v.batchId, v.current])).toEqual([["grid-electricity-setup", false], ["grid-electricity-fix-5", true]]);
    expect(byHour.get(6)!.history.map((v) => v.batchId)).toEqual(["grid-electricity-setup"]);
  });
});

describe("dailyUse", () => {
  it("gives each firm's kWh per day, every requested firm present", async () => {
    const pool = new pg.Pool({ connectionString: hub.dbUrl, max: 1 });
    try {
      const codes = [firm, "91410100NOREADINGS0"];
      const use = await dailyUse(pool, codes, "2021-06-01", "2021-06-30");
      expect([...use.keys()]).toEqual(codes);
      expect(use.get(codes[1])!.size).toBe(0);
      const expected = perDay(await rawReadings([firm], "2021-06-01", "2021-06-30"));
      expect([...use.get(firm)!.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [day, kwh] of expected) expect(use.get(firm)!.get(day)).toBeCloseTo(kwh, 6);
    } finally {
      await pool.end();
    }
  });
});

describe("one reading a meter-day", () => {
  const MIX_DAY = "2021-06-20";

  it("refuses a batch that sends a whole-day reading and hourly readings for one meter-day, every row of it, with MIXED_METER_DAY", async () => {
    const r = await gql<{ result: { accepted: number; rejected: number; errors: { row: number; field: string; code: string; message: string }[] } }>(hub.url,
      `mutation($rows: [ElectricityReadingInput!]!) { result: contributeElectricityReadings(batchId: "grid-mixed-in-batch", atomic: false, rows: $rows) { accepted rejected errors { row field code message } } }`,
      { rows: [
        { meterNo: "GTEST-MIX", creditCode: firm, day: MIX_DAY, kwh: 1000 },
        { meterNo: "GTEST-MIX", creditCode: firm, day: MIX_DAY, hour: 3, kwh: 40 },
        // another day of the same meter, one kind only: accepted
        { meterNo: "GTEST-MIX", creditCode: firm, day: "2021-06-21", hour: 3, kwh: 41 },
      ] }, await token(...GRID));
    const result = ok(r, "mixed batch").result;
    expect(result.accepted).toBe(1);
    expect(result.rejected).toBe(2);
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([[0, "hour", "MIXED_METER_DAY"], [1, "hour", "MIXED_METER_DAY"]]);
    expect(result.errors[0].message).toContain("GTEST-MIX on 2021-06-20");
    const stored = await sql<{ n: number }>(hub.dbUrl, "select count(*)::int as n from grid.electricity_readings where meter_no = 'GTEST-MIX'");
    expect(stored[0].n).toBe(1);
  });

  it("refuses rows of the other kind than the meter-day's stored readings, and accepts a correction of the same kind", async () => {
    const result = await contribute("grid-mixed-against-stored", [
      // GTEST-DAILY has a whole-day reading on DAY: an hour of it is refused
      { meterNo: "GTEST-DAILY", creditCode: firm, day: DAY, hour: 5, kwh: 10 },
      // GTEST-HOURLY has hourly readings on DAY: a whole-day reading is refused
      { meterNo: "GTEST-HOURLY", creditCode: firm, day: DAY, kwh: 2400 },
    ]);
    expect(result).toMatchObject({ accepted: 0, rejected: 2 });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[0, "MIXED_METER_DAY"], [1, "MIXED_METER_DAY"]]);
    const fix = await contribute("grid-mixed-same-kind", [{ meterNo: "GTEST-DAILY", creditCode: firm, day: NEXT_DAY, kwh: 4000 }]);
    expect(fix).toMatchObject({ accepted: 1, rejected: 0 });
  });

  it("counts a meter-day stored with both kinds (before the rule) once, by its whole-day reading", async () => {
    // legacy rows written around the contribution path: whole-day 700 and two hours of 50 on one August day
    const legacyDay = "2021-08-25";
    await sql(hub.dbUrl,
      `insert into grid.electricity_readings (meter_no, day, hour, credit_code, kwh, contributed_by, batch_id, contributed_at)
       values ('GTEST-LEGACY', $2, -1, $1, 700, 'GRID', 'legacy', now()), ('GTEST-LEGACY', $2, 0, $1, 50, 'GRID', 'legacy', now()),
              ('GTEST-LEGACY', $2, 1, $1, 50, 'GRID', 'legacy', now()),
              -- another meter with hours only that day: 30 + 20
              ('GTEST-LEGACY-H', $2, 0, $1, 30, 'GRID', 'legacy', now()), ('GTEST-LEGACY-H', $2, 1, $1, 20, 'GRID', 'legacy', now())`,
      [firm, legacyDay]);
    const [{ other }] = await sql<{ other: number | null }>(hub.dbUrl,
      `select sum(kwh)::float8 as other from grid.electricity_readings where credit_code = $1 and day = $2 and meter_no not like 'GTEST-%'`, [firm, legacyDay]);
    const pool = new pg.Pool({ connectionString: hub.dbUrl, max: 1 });
    try {
      const use = await dailyUse(pool, [firm], legacyDay, legacyDay);
      // 700 (not 800) + 50 + the demo meters'
      expect(use.get(firm)!.get(legacyDay)).toBeCloseTo(750 + (other ?? 0), 6);
    } finally {
      await pool.end();
    }
    const d = await hub.query<{ enterprise: { use: { totalKwh: number; days: number } } }>(
      `query($c: ID!, $d: Date!) { enterprise(creditCode: $c) { use: electricityUse(from: $d, to: $d) { totalKwh days } } }`, { c: firm, d: legacyDay }, GRID);
    expect(d.enterprise.use).toEqual({ totalKwh: 750 + (other ?? 0), days: 1 });
  });
});
