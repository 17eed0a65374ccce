import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";

/*
 * Issue 14's new dataset through the gateway: gate (门禁) records of enterprises, the vehicle behind a plate
 * at the instant it passed (public security's part of the type), and the comparison of a warning's days
 * with each listed firm's 30-day baseline. Expected values are computed here from the raw rows.
 */

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const DAY_MS = 86_400_000;
/** The China-time calendar day of an instant. */
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

describe("gate records", () => {
  it("pages an enterprise's gate records oldest first, each with the vehicle its plate named at that instant", async () => {
    const [firm] = await sql<{ credit_code: string; n: string }>(hub.dbUrl, "select credit_code, count(*) as n from environment.gate_records group by 1 order by 1 limit 1");
    expect(Number(firm.n)).toBeGreaterThan(100);
    const from = "2021-01-01T00:00:00+08:00";
    const to = "2021-01-20T00:00:00+08:00";
    const q = `query($c: ID!, $f: DateTime, $t: DateTime, $after: String) { enterprise(creditCode: $c) { name gateRecords(from: $f, to: $t, first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { gateId plate passedAt direction emissionStage vehicle { vin } } } } } }`;
    type Page = { enterprise: { gateRecords: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { gateId: string; plate: string; passedAt: string; direction: string; vehicle: { vin: string } | null } }[] } } };
    const first = await hub.query<Page>(q, { c: firm.credit_code, f: from, t: to });
    const rows = await sql<{ gate_id: string; plate: string; passed_at: Date; vin: string | null }>(
      hub.dbUrl,
      `select g.gate_id, g.plate, g.passed_at,
              (select r.vin from public_security.plate_registrations r
                where r.plate = g.plate and r.valid_from <= g.passed_at and (r.valid_to is null or r.valid_to > g.passed_at)) as vin
         from environment.gate_records g
        where g.credit_code = $1 and g.passed_at >= $2 and g.passed_at < $3
        order by g.passed_at, g.gate_id, g.plate`,
      [firm.credit_code, from, to],
    );
    const page = first.enterprise.gateRecords;
    expect(page.totalCount).toBe(rows.length);
    expect(page.edges.map((e) => [e.node.gateId, e.node.plate, Date.parse(e.node.passedAt), e.node.vehicle?.vin ?? null])).toEqual(
      rows.slice(0, 5).map((r) => [r.gate_id, r.plate, r.passed_at.getTime(), r.vin]),
    );
    // demo plates are registered heavy trucks: every one resolves to a vehicle
    expect(page.edges.every((e) => e.node.vehicle !== null)).toBe(true);
    const second = await hub.query<Page>(q, { c: firm.credit_code, f: from, t: to, after: page.pageInfo.endCursor });
    expect(second.enterprise.gateRecords.edges.map((e) => e.node.plate)).toEqual(rows.slice(5, 10).map((r) => r.plate));
  });

  it("is CONDITIONAL: another department without a grant gets GRANT_REQUIRED, the rest of the answer is served", async () => {
    const [firm] = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from environment.gate_records limit 1");
    const q = `query($c: ID!) { enterprise(creditCode: $c) { name gateRecords(first: 1) { totalCount } } }`;
    const res = await gql<{ enterprise: { name: string; gateRecords: unknown } }>(hub.url, q, { c: firm.credit_code }, await token(Department.GRID, Role.MEMBER));
    expect(res.data?.enterprise.name).toBeTruthy();
    expect(res.data?.enterprise.gateRecords).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.dataset])).toEqual([["GRANT_REQUIRED", "GATE_RECORDS"]]);
  });

  it("compares each listed firm's movements per day during an ORANGE or RED warning with its 30-day baseline", async () => {
    const [w] = await sql<{ id: string; region_code: string; starts_at: Date; ends_at: Date }>(
      hub.dbUrl,
      "select id, region_code, starts_at, ends_at from environment.warnings where level = 'RED' and region_code = '410500' and starts_at < '2021-02-01' limit 1",
    );
    const days: string[] = [];
    for (let t = w.starts_at.getTime(); t < w.ends_at.getTime(); t += DAY_MS) days.push(chinaDay(new Date(t)));
    const baselineFrom = new Date(chinaMidnight(days[0]).getTime() - 30 * DAY_MS);
    const counts = await sql<{ credit_code: string; day: string; n: string }>(
      hub.dbUrl,
      `select g.credit_code, to_char(g.passed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, count(*) as n
         from environment.gate_records g
        where g.credit_code in (select credit_code from environment.emergency_list where city_code = $1 and year = 2021)
          and g.passed_at >= $2 and g.passed_at < $3
        group by 1, 2`,
      [w.region_code, baselineFrom, new Date(chinaMidnight(days.at(-1)!).getTime() + DAY_MS)],
    );
    const listed = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from environment.emergency_list where city_code = $1 and year = 2021", [w.region_code]);
    const q = `query($id: ID!) { warning(id: $id) { level gateTraffic { creditCode baselinePerDay ratio days { day movements } } } }`;
    type T = { warning: { gateTraffic: { creditCode: string; baselinePerDay: number; ratio: number | null; days: { day: string; movements: number }[] }[] } };
    const traffic = (await hub.query<T>(q, { id: w.id })).warning.gateTraffic;
    expect(traffic.map((t) => t.creditCode).sort()).toEqual(listed.map((l) => l.credit_code).sort());
    let withGates = 0;
    for (const t of traffic) {
      const mine = counts.filter((c) => c.credit_code === t.creditCode);
      const during = new Map(mine.filter((c) => days.includes(c.day)).map((c) => [c.day, Number(c.n)]));
      const baseline = mine.filter((c) => c.day < days[0]).reduce((s, c) => s + Number(c.n), 0) / 30;
      expect(t.days).toEqual(days.map((day) => ({ day, movements: during.get(day) ?? 0 })));
      expect(t.baselinePerDay).toBeCloseTo(baseline, 10);
      const meanDuring = days.reduce((s, d) => s + (during.get(d) ?? 0), 0) / days.length;
      if (baseline > 0) {
        withGates += 1;
        expect(t.ratio).toBeCloseTo(meanDuring / baseline, 10);
      } else {
        expect(t.ratio).toBeNull();
      }
    }
    // the demo's firms with gates: some cut their freight to about a fifth, some carried on
    expect(withGates).toBeGreaterThan(0);
    const ratios = traffic.map((t) => t.ratio).filter((r): r is number => r !== null);
    expect(Math.min(...ratios)).toBeLessThan(0.5);
    expect(Math.max(...ratios)).toBeGreaterThan(0.8);
  });

  it("is null for a YELLOW warning", async () => {
    const [w] = await sql<{ id: string }>(hub.dbUrl, "select id from environment.warnings where level = 'YELLOW' limit 1");
    const data = await hub.query<{ warning: { gateTraffic: unknown } }>(`query($id: ID!) { warning(id: $id) { gateTraffic { creditCode } } }`, { id: w.id });
    expect(data.warning.gateTraffic).toBeNull();
  });
});
