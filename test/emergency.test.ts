import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sqlStatements } from "../src/db/query-counter.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";
import { makeCreditCode } from "./support/identifiers.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const ORANGE = "W2021-410100-02";
const Q = `query($id: ID!, $first: Int) { warning(id: $id) { id level region { code }
  listedEnterprises(first: $first) { totalCount edges { node {
    creditCode measure { kind reduction } owedCut selfDetermined baselineDates warningDates
    enterprise { name performanceGrade environmentalProfile { industryCategory permitClass } }
    electricity { baselineDailyKwh warningDailyKwh cut gap verdict baselineDaysWithReadings warningDaysWithReadings } } } } } }`;

type Node = {
  creditCode: string; owedCut: number | null; selfDetermined: boolean; baselineDates: string[]; warningDates: string[];
  measure: { kind: string }; enterprise: { name: string; performanceGrade: string | null };
  electricity: { baselineDailyKwh: number | null; warningDailyKwh: number | null; cut: number | null; verdict: string };
};

describe("the emergency list during the demo orange warning", () => {
  it("gives COMPLIANT and SUSPECT firms, each verdict recomputed here from the raw readings", async () => {
    const d = await hub.query<{ warning: { level: string; listedEnterprises: { totalCount: number; edges: { node: Node }[] } } }>(Q, { id: ORANGE, first: 500 });
    expect(d.warning.level).toBe("ORANGE");
    const nodes = d.warning.listedEnterprises.edges.map((e) => e.node);
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from environment.emergency_list where year = 2021 and city_code = '410100'");
    expect(nodes.length).toBe(Number(n));
    const verdicts = new Set(nodes.map((x) => x.electricity.verdict));
    expect(verdicts.has("COMPLIANT")).toBe(true);
    expect(verdicts.has("SUSPECT")).toBe(true);

    // the warning's days and its baseline, from the warnings table
    const [w] = await sql<{ starts: string; ends: string }>(hub.dbUrl,
      `select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as starts, to_char((coalesce(lifted_at, ends_at) - interval '1 second') at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as ends from environment.warnings where id = $1`, [ORANGE]);
    for (const x of nodes) {
      expect(x.warningDates[0]).toBe(w.starts);
      expect(x.warningDates.at(-1)).toBe(w.ends);
      expect(x.baselineDates).toHaveLength(30);
      expect(x.baselineDates.at(-1)! < w.starts).toBe(true);
    }
    for (const x of nodes) {
      const rows = await sql<{ day: string; kwh: number }>(hub.dbUrl,
        `select day::text as day, sum(kwh)::float8 as kwh from grid.electricity_readings where credit_code = $1 group by day`, [x.creditCode]);
      const use = new Map(rows.map((r) => [r.day, r.kwh]));
      const avg = (days: string[]) => {
        const v = days.filter((d2) => use.has(d2)).map((d2) => use.get(d2)!);
        return { n: v.length, mean: v.length ? v.reduce((a, b) => a + b, 0) / v.length : null };
      };
      const base = avg(x.baselineDates);
      const during = avg(x.warningDates);
      const cut = base.mean && during.mean !== null ? 1 - during.mean / base.mean : null;
      const expected = x.measure.kind === "SELF_DETERMINED" ? "NOT_ASSESSED"
        : base.n < x.baselineDates.length / 2 || during.n < x.warningDates.length / 2 || cut === null ? "NO_DATA"
        : cut >= x.owedCut! - 0.05 ? "COMPLIANT" : "SUSPECT";
      expect(x.electricity.verdict, x.creditCode).toBe(expected);
      if (cut !== null) expect(x.electricity.cut).toBeCloseTo(cut, 9);
    }
  });

  it("has assessed firms (COMPLIANT or SUSPECT) among the listed of every demo warning, and both in the README's example W2021-410100-01", async () => {
    // the five demo warnings (src/demo/emergency.ts); the January ones are judged against December 2020 readings
    const ids = ["W2021-410500-01", "W2021-410100-01", "W2021-410700-01", "W2021-410100-02", "W2021-410800-01"];
    const stored = await sql<{ id: string }>(hub.dbUrl, "select id from environment.warnings where id like 'W2021-%' order by id");
    expect(stored.map((w) => w.id)).toEqual([...ids].sort());
    for (const id of ids) {
      const d = await hub.query<{ warning: { listedEnterprises: { edges: { node: Node }[] } } }>(Q, { id, first: 500 });
      const verdicts = d.warning.listedEnterprises.edges.map((e) => e.node.electricity.verdict);
      expect(verdicts.filter((v) => v === "COMPLIANT" || v === "SUSPECT").length, id).toBeGreaterThan(0);
      // every firm owing a cut has its baseline: no NO_DATA left
      expect(verdicts, id).not.toContain("NO_DATA");
      if (id === "W2021-410100-01") expect(verdicts.includes("COMPLIANT") && verdicts.includes("SUSPECT"), id).toBe(true);
    }
  });

  it("owes HALT as an 80% cut and leaves A and LEADING firms to themselves", async () => {
    const d = await hub.query<{ warning: { listedEnterprises: { edges: { node: Node }[] } } }>(Q, { id: ORANGE, first: 500 });
    for (const { node } of d.warning.listedEnterprises.edges) {
      if (node.measure.kind === "HALT") expect(node.owedCut).toBe(0.8);
      if (["A", "LEADING"].includes(node.enterprise.performanceGrade ?? "")) {
        expect(node.selfDetermined).toBe(true);
        expect(node.electricity.verdict).toBe("NOT_ASSESSED");
      }
    }
  });

  it("sends the same number of statements for 10 and 50 listed enterprises (profile, measure, verdict)", async () => {
    // list 60 more firms in Zhengzhou so the warning has more than 50
    const rows = Array.from({ length: 60 }, (_, i) => ({ year: 2021, creditCode: makeCreditCode(700000 + i), cityCode: "410100", yellow: "10%", orange: "20%", red: "HALT" }));
    const r = await hub.query<{ contributeEmergencyList: { accepted: number } }>(
      `mutation($rows: [EmergencyListInput!]!) { contributeEmergencyList(batchId: "more-firms", rows: $rows) { accepted } }`, { rows }, [Department.ENVIRONMENT, Role.MEMBER]);
    expect(r.contributeEmergencyList.accepted).toBe(60);
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const t = await token(Department.ENVIRONMENT, Role.ANALYST);
      const before = sqlStatements.count;
      const res = ok(await gql<{ warning: { listedEnterprises: { edges: unknown[] } } }>(hub.url, Q, { id: ORANGE, first }, t), Q);
      counts.push(sqlStatements.count - before);
      expect(res.warning.listedEnterprises.edges).toHaveLength(first);
    }
    expect(counts[1], `statements for 10 / 50: ${counts.join(" / ")}`).toBe(counts[0]);
  });
});
