import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role, signToken } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sqlStatements } from "../src/db/query-counter.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const THREE_SUBGRAPHS = /* GraphQL */ `
  query EnterprisesAcrossDepartments($first: Int!) {
    enterprises(first: $first) {
      totalCount
      edges {
        node {
          creditCode
          name
          region { code name group }
          performanceGrade
          electricityUse(from: "2021-01-01", to: "2021-03-31") { totalKwh days }
        }
      }
    }
  }
`;

type EnterprisesData = {
  enterprises: {
    totalCount: number;
    edges: { node: { creditCode: string; name: string; region: { code: string; name: string }; performanceGrade: string | null; electricityUse: { totalKwh: number; days: number } } }[];
  };
};

describe("a gateway query across departments", () => {
  it("returns name (market regulation), grade (environment) and electricity use (grid) for a grid member", async () => {
    const data = await hub.query<EnterprisesData>(THREE_SUBGRAPHS, { first: 200 }, [Department.GRID, Role.MEMBER]);
    const rows = data.enterprises.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(150);

    const expected = await sql<{ credit_code: string; name: string; grade: string | null; total: number | null; days: string }>(
      hub.dbUrl,
      `select e.credit_code, e.name, g.grade,
              (select sum(kwh) from grid.electricity_readings r where r.credit_code = e.credit_code and r.day between '2021-01-01' and '2021-03-31') as total,
              (select count(distinct day) from grid.electricity_readings r where r.credit_code = e.credit_code and r.day between '2021-01-01' and '2021-03-31') as days
         from market_regulation.enterprises e left join environment.performance_grades g using (credit_code)
        order by e.credit_code limit 200`,
    );
    expect(rows.map((r) => r.creditCode)).toEqual(expected.map((e) => e.credit_code));
    rows.forEach((r, i) => {
      expect(r.name).toBe(expected[i].name);
      expect(r.performanceGrade).toBe(expected[i].grade);
      expect(r.electricityUse.totalKwh).toBeCloseTo(Number(expected[i].total ?? 0), 6);
      expect(r.electricityUse.days).toBe(Number(expected[i].days));
    });
    expect(rows.some((r) => r.performanceGrade !== null && r.electricityUse.days > 80)).toBe(true);
    // regions are resolved by the environment subgraph from the key market regulation hands out
    expect(rows.every((r) => r.region.name.length > 0)).toBe(true);
  });

  it("sends the same number of SQL statements for 10, 50 and 200 enterprises", async () => {
    const counts: number[] = [];
    for (const first of [10, 50, 200]) {
      const t = await token(Department.GRID);
      const before = sqlStatements.count;
      ok(await gql(hub.url, THREE_SUBGRAPHS, { first }, t), THREE_SUBGRAPHS);
      counts.push(sqlStatements.count - before);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts, `statements per page size 10/50/200: ${counts.join("/")}`).toEqual([counts[0], counts[0], counts[0]]);
  });

  it("pages through a connection with cursors, without gaps or repeats", async () => {
    const q = `query($after: String) { enterprises(first: 70, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { creditCode } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const d: { enterprises: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { creditCode: string } }[] } } =
        await hub.query(q, { after });
      total = d.enterprises.totalCount;
      seen.push(...d.enterprises.edges.map((e) => e.node.creditCode));
      if (!d.enterprises.pageInfo.hasNextPage) break;
      after = d.enterprises.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it("filters enterprises by a city, including its counties", async () => {
    const d = await hub.query<{ enterprises: { totalCount: number; edges: { node: { region: { code: string } } }[] } }>(
      `{ enterprises(first: 500, filter: { regionCode: "410100" }) { totalCount edges { node { region { code } } } } }`,
    );
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, `select count(*) as n from market_regulation.enterprises where region_code like '4101%'`);
    expect(d.enterprises.totalCount).toBe(Number(n));
    expect(d.enterprises.edges.some((e) => e.node.region.code !== "410100")).toBe(true);
  });

  it("answers vehicleByPlate for an instant: a re-issued plate names its holder at that time", async () => {
    const [reissued] = await sql<{ plate: string; old_vin: string; new_vin: string; valid_to: Date; new_from: Date }>(
      hub.dbUrl,
      `select o.plate, o.vin as old_vin, n.vin as new_vin, o.valid_to, n.valid_from as new_from
         from public_security.plate_registrations o
         join public_security.plate_registrations n on n.plate = o.plate and n.valid_to is null
        where o.valid_to is not null limit 1`,
    );
    expect(reissued).toBeDefined();
    const q = `query($plate: String!, $at: DateTime) { vehicleByPlate(plate: $plate, at: $at) { vin plate } }`;
    const before = new Date(reissued.valid_to.getTime() - 86_400_000).toISOString();
    const then = await hub.query<{ vehicleByPlate: { vin: string; plate: string } }>(q, { plate: reissued.plate, at: before });
    expect(then.vehicleByPlate.vin).toBe(reissued.old_vin);
    expect(then.vehicleByPlate.plate).not.toBe(reissued.plate); // it carries another plate now
    const now = await hub.query<{ vehicleByPlate: { vin: string } }>(q, { plate: reissued.plate });
    expect(now.vehicleByPlate.vin).toBe(reissued.new_vin);
    const gap = new Date((reissued.valid_to.getTime() + reissued.new_from.getTime()) / 2).toISOString();
    if (reissued.new_from > reissued.valid_to) {
      const none = await hub.query<{ vehicleByPlate: null }>(q, { plate: reissued.plate, at: gap });
      expect(none.vehicleByPlate).toBeNull();
    }
  });

  it("joins vehicles (public security) with their operating licence (transport) and region (environment)", async () => {
    const d = await hub.query<{ vehicles: { edges: { node: { vin: string; operatingLicence: { licenceNo: string } | null; region: { name: string } } }[] } }>(
      `{ vehicles(first: 100, filter: { vehicleType: HEAVY_TRUCK }) { edges { node { vin region { name } operatingLicence { licenceNo status validTo } } } } }`,
    );
    const withLicence = d.vehicles.edges.filter((e) => e.node.operatingLicence);
    expect(withLicence.length).toBeGreaterThan(0);
    const [row] = await sql<{ vin: string }>(hub.dbUrl, `select vin from transport.operating_licences where licence_no = $1`, [withLicence[0].node.operatingLicence!.licenceNo]);
    expect(row.vin).toBe(withLicence[0].node.vin);
  });

  it("rejects bad input with a stable code and a message saying what to fix", async () => {
    const res = await gql(hub.url, `{ enterprises(first: 5000) { totalCount } }`, {}, await token(Department.HOUSING));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/first must be between 1 and/);
    const region = await gql(hub.url, `{ enterprises(filter: { regionCode: "419999" }) { totalCount } }`, {}, await token(Department.HOUSING));
    expect(region.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(region.errors?.[0].message).toMatch(/Unknown region code 419999/);
    const date = await gql(hub.url, `query($from: Date) { firePoints(from: $from) { totalCount } }`, { from: "2021-02-30" }, await token(Department.HOUSING));
    expect(date.errors?.[0].message).toMatch(/YYYY-MM-DD/);
  });

  it("checks identifiers the way contributions will", async () => {
    const d = await hub.query<{ a: { valid: boolean; code: string; expected: string }; b: { valid: boolean; normalized: string } }>(
      `{ a: checkIdentifier(kind: CREDIT_CODE, value: "91410100MA3X5Y7B7A") { valid code expected message }
         b: checkIdentifier(kind: VIN, value: "lfv2a21k7x3000001") { valid normalized } }`,
    );
    expect(d.a).toMatchObject({ valid: false, code: "BAD_CHECK_CHARACTER", expected: "G" });
    expect(d.b).toMatchObject({ valid: true, normalized: "LFV2A21K7X3000001" });
  });
});

describe("authentication", () => {
  const q = `{ regions(level: CITY) { code } }`;
  const expect401 = async (auth: string | { header: string } | null, message: RegExp) => {
    const res = await gql(hub.url, q, {}, auth);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  };

  it("answers a valid token", async () => {
    const d = ok(await gql<{ regions: unknown[] }>(hub.url, q, {}, await token(Department.AGRICULTURE)), q);
    expect(d.regions).toHaveLength(18);
  });
  it("401 without a token", () => expect401(null, /Missing Authorization/));
  it("401 for a malformed header", () => expect401({ header: "Token abc" }, /Malformed/));
  it("401 for a token that is not a JWT", () => expect401("not-a-jwt", /Invalid token/));
  it("401 for an expired token", async () => expect401(await token(Department.GRID, Role.MEMBER, -60), /expired/));
  it("401 for a token signed with another key", async () => {
    const forged = await signToken(new TextEncoder().encode("another-secret-another-secret-0000"), { department: Department.GRID, role: Role.ADMIN, ttlSeconds: 600 });
    await expect401(forged, /Invalid token/);
  });
});

describe("references to records another department does not hold", () => {
  it("come back null instead of taking the rest of the answer with them", async () => {
    const { makeCreditCode } = await import("./support/identifiers.js");
    const site = { code: "GDORPHAN1", name: "无名工地", regionCode: "410102", latitude: 34.7, longitude: 113.6, areaM2: 5000, builderCreditCode: makeCreditCode(424242), status: "ACTIVE", startedOn: "2021-03-01" };
    await hub.query(`mutation($rows: [ConstructionSiteInput!]!) { contributeConstructionSites(batchId: "orphan", rows: $rows) { accepted } }`, { rows: [site] }, [Department.HOUSING, Role.MEMBER]);
    const d = await hub.query<{ constructionSite: { code: string; builder: { name: string } | null; region: { name: string } } }>(
      `{ constructionSite(code: "GDORPHAN1") { code builder { name } region { name } } }`,
    );
    expect(d.constructionSite).toEqual({ code: "GDORPHAN1", builder: null, region: { name: "中原区" } });
  });
});
