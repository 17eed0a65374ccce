import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { freePort } from "../src/db/embedded-postgres.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, TEST_AUDIT_KEY, TEST_SECRET, token, type GqlResponse } from "./support/hub.js";
import { eventually, logLines, spawnCli, waitFor, type Spawned } from "./support/process.js";

/**
 * Hive Gateway (`lantian gateway --engine hive`) over the same eight subgraph processes as the built-in
 * gateway (test/distributed.test.ts), both gateways running side by side on one database: what passes
 * through the built-in one passes through Hive's, and what it refuses Hive's refuses with the same code
 * and status.
 */
const procs: Spawned[] = [];
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let hive: string;
let apollo: string;
let hiveProc: Spawned;
const subgraphProcs: Record<string, Spawned> = {};

/** The gateways' limits, low enough to reach in a test; the rule each refusal is held to. */
const MAX_BODY_BYTES = 64 * 1024;
const RATE_LIMIT_TOKEN = 5;

beforeAll(async () => {
  db = await createTestDatabase();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    LANTIAN_JWT_SECRET: TEST_SECRET,
    LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY,
    LOG_LEVEL: "info",
    LANTIAN_DEMO_DATA: "false",
  };
  const ports = await Promise.all(SUBGRAPH_IDS.map(() => freePort()));
  const urls: Record<string, string> = {};
  SUBGRAPH_IDS.forEach((s, i) => {
    urls[subgraphSlug(s)] = `http://127.0.0.1:${ports[i]}/graphql`;
    // the subgraph URLs from settings, for both gateways and for the subgraphs that call another's API
    env[`LANTIAN_SUBGRAPH_URL_${s}`] = urls[subgraphSlug(s)];
  });
  SUBGRAPH_IDS.forEach((s, i) => {
    const p = spawnCli(["serve", "--subgraph", subgraphSlug(s), "--port", String(ports[i])], env);
    subgraphProcs[subgraphSlug(s)] = p;
    procs.push(p);
  });
  await Promise.all(SUBGRAPH_IDS.map((s, i) => waitFor(`http://127.0.0.1:${ports[i]}/readyz`, procs[i], 100_000)));
  const gatewayEnv = { ...env, LANTIAN_MAX_BODY_BYTES: String(MAX_BODY_BYTES), LANTIAN_RATE_LIMIT_TOKEN: String(RATE_LIMIT_TOKEN) };
  const [hivePort, apolloPort] = [await freePort(), await freePort()];
  hiveProc = spawnCli(["gateway", "--engine", "hive", "--port", String(hivePort)], gatewayEnv);
  const apolloProc = spawnCli(["gateway", "--port", String(apolloPort)], gatewayEnv);
  procs.push(hiveProc, apolloProc);
  await Promise.all([waitFor(`http://127.0.0.1:${hivePort}/readyz`, hiveProc), waitFor(`http://127.0.0.1:${apolloPort}/healthz`, apolloProc)]);
  hive = `http://127.0.0.1:${hivePort}/graphql`;
  apollo = `http://127.0.0.1:${apolloPort}/graphql`;
}, 180_000);

afterAll(async () => {
  for (const p of procs) p.child.kill("SIGTERM");
  const codes = await Promise.all(procs.map((p) => p.exited));
  await db?.drop();
  expect(codes.every((c) => c === 0), `exit codes ${codes.join(",")}`).toBe(true);
});

/** The refusal's status and code at each gateway, asked with a fresh request each. */
async function refusals(ask: (url: string) => Promise<GqlResponse>): Promise<Record<"hive" | "apollo", [number, unknown]>> {
  const [h, a] = [await ask(hive), await ask(apollo)];
  return { hive: [h.status, h.errors?.[0]?.extensions?.code], apollo: [a.status, a.errors?.[0]?.extensions?.code] };
}

describe("Hive Gateway over the subgraph processes", () => {
  it("answers a query across three subgraph processes, each given the client's token and operation", async () => {
    const q = `query HiveCross { enterprises(first: 20) { edges { node { creditCode name performanceGrade electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh days } } } } }`;
    type Data = { enterprises: { edges: { node: { creditCode: string; performanceGrade: string | null; electricityUse: { totalKwh: number } } }[] } };
    const data = ok(await gql<Data>(hive, q, {}, await token(Department.GRID)), q);
    const rows = data.enterprises.edges.map((e) => e.node);
    expect(rows).toHaveLength(20);
    const graded = await sql<{ credit_code: string; grade: string }>(db.url, `select credit_code, grade from environment.performance_grades where credit_code = any($1)`, [rows.map((r) => r.creditCode)]);
    expect(graded.length).toBeGreaterThan(0);
    for (const g of graded) expect(rows.find((r) => r.creditCode === g.credit_code)!.performanceGrade).toBe(g.grade);
    // a meter-day holds either a whole-day reading or hourly ones, never both: the period's use is the sum of its readings
    const used = rows.find((r) => r.electricityUse.totalKwh > 0)!;
    expect(used).toBeDefined();
    const [{ kwh }] = await sql<{ kwh: string }>(
      db.url,
      "select sum(kwh) as kwh from grid.electricity_readings where credit_code = $1 and day between '2021-06-01' and '2021-06-30'",
      [used.creditCode],
    );
    expect(used.electricityUse.totalKwh).toBeCloseTo(Number(kwh), 3);
    // each subgraph process verified the GRID token (its access line names the department) and logged the client's operation
    for (const s of ["market-regulation", "environment", "grid"]) {
      const line = await eventually(`${s}'s access line`, () => logLines(subgraphProcs[s]).find((l) => l.msg === "request" && l.operationName === "HiveCross"));
      expect(line).toMatchObject({ status: 200, department: "GRID", role: "member", errorCodes: [] });
    }
    // and the gateway's own access line
    const own = await eventually("the gateway's access line", () => logLines(hiveProc).find((l) => l.msg === "request" && l.operationName === "HiveCross"));
    expect(own).toMatchObject({ status: 200, department: "GRID", errorCodes: [] });
  });

  it("takes a contribution to the grid's process", async () => {
    const years = [2004, 2005];
    const m = `mutation HiveContribution($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "hive-contribution", rows: $rows) { accepted } }`;
    const done = ok(await gql<{ contributeCoalToElectricity: { accepted: number } }>(hive, m, { rows: years.map((year) => ({ countyCode: "410122", year, households: year + 1 })) }, await token(Department.GRID)), m);
    expect(done.contributeCoalToElectricity.accepted).toBe(years.length);
    const rows = await sql<{ year: number; households: number; contributed_by: string }>(
      db.url,
      "select year, households, contributed_by from grid.coal_to_electricity where county_code = '410122' and year = any($1) order by year",
      [years],
    );
    expect(rows.map((r) => [r.year, r.households, r.contributed_by])).toEqual(years.map((y) => [y, y + 1, "GRID"]));
  });

  it("withholds CONDITIONAL data from a department without a grant (GRANT_REQUIRED) and serves the rest", async () => {
    const [firm] = await sql<{ credit_code: string }>(db.url, "select credit_code from environment.gate_records limit 1");
    const q = `query($c: ID!) { enterprise(creditCode: $c) { name gateRecords(first: 1) { totalCount } } }`;
    const res = await gql<{ enterprise: { name: string; gateRecords: unknown } }>(hive, q, { c: firm.credit_code }, await token(Department.GRID, Role.MEMBER));
    expect(res.status).toBe(200);
    expect(res.data?.enterprise.name).toBeTruthy();
    expect(res.data?.enterprise.gateRecords).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.dataset])).toEqual([["GRANT_REQUIRED", "GATE_RECORDS"]]);
  });

  it("records the client's operation name and hash in the read audit of a subgraph it reached, as the built-in gateway does", async () => {
    const [firm] = await sql<{ credit_code: string }>(db.url, "select credit_code from environment.gate_records limit 1");
    const query = (name: string) => `query ${name}($c: ID!) { enterprise(creditCode: $c) { name gateRecords(first: 2) { edges { node { plate } } } } }`;
    const entries = async (name: string) =>
      (await sql<{ entry: Record<string, unknown> }>(db.url, "select entry from hub.audit_events where kind = 'READ' and entry->>'operationName' = $1 order by id", [name])).map((r) => r.entry);
    for (const [url, name] of [[hive, "HiveAuditedRead"], [apollo, "ApolloAuditedRead"]]) {
      ok(await gql(url, query(name), { c: firm.credit_code }, await token(Department.ENVIRONMENT, Role.ANALYST)), query(name));
    }
    const [viaHive, viaApollo] = [await entries("HiveAuditedRead"), await entries("ApolloAuditedRead")];
    // environment's process audits its CONDITIONAL gate records under the client's operation: its name, and the sha256 of the document sent
    expect(viaHive.map((e) => [e.dataset, e.department, e.role, e.sharingClass])).toEqual([["GATE_RECORDS", "ENVIRONMENT", "analyst", "CONDITIONAL"]]);
    expect(viaHive[0].operationHash).toBe(crypto.createHash("sha256").update(query("HiveAuditedRead")).digest("hex"));
    const without = (e: Record<string, unknown>) => ({ ...e, operationName: undefined, operationHash: undefined });
    expect(viaHive.map(without)).toEqual(viaApollo.map(without));
  });

  it("refuses a request without a token: 401 UNAUTHENTICATED, as the built-in gateway does", async () => {
    const r = await refusals((url) => gql(url, "{ regions { code } }", {}, null));
    expect(r.hive).toEqual([401, "UNAUTHENTICATED"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it("refuses an operation over the depth limit: 400 DEPTH_LIMIT", async () => {
    // 11 fields deep, the default limit being 10
    const q = `{ enterprises(first: 1) { edges { node { gateRecords(first: 1) { edges { node { vehicle { passages(first: 1) { edges { node { plate } } } } } } } } } } }`;
    const t = await token(Department.ENVIRONMENT, Role.ANALYST);
    const r = await refusals((url) => gql(url, q, {}, t));
    expect(r.hive).toEqual([400, "DEPTH_LIMIT"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it("refuses an operation over the cost limit: 400 COST_LIMIT", async () => {
    // 500 vehicles × 500 passages each: far over the default 20,000
    const q = `{ vehicles(first: 500) { edges { node { vin passages(first: 500) { edges { node { plate } } } } } } }`;
    const t = await token(Department.PUBLIC_SECURITY);
    const r = await refusals((url) => gql(url, q, {}, t));
    expect(r.hive).toEqual([400, "COST_LIMIT"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it("refuses a body over the body limit: 413 PAYLOAD_TOO_LARGE", async () => {
    const t = await token(Department.GRID);
    const rows = Array.from({ length: 3000 }, (_, i) => ({ countyCode: "410122", year: 1000 + i, households: i }));
    expect(JSON.stringify(rows).length).toBeGreaterThan(MAX_BODY_BYTES);
    const m = `mutation($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "hive-too-large", rows: $rows) { accepted } }`;
    const r = await refusals((url) => gql(url, m, { rows }, t));
    expect(r.hive).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it(`refuses a burst over the per-token rate limit (${RATE_LIMIT_TOKEN} a window): 429 RATE_LIMITED`, async () => {
    for (const url of [hive, apollo]) {
      const t = await token(Department.HOUSING);
      const answers = [];
      for (let i = 0; i < RATE_LIMIT_TOKEN + 3; i++) answers.push(await gql(url, "{ regions { code } }", {}, t));
      // the first RATE_LIMIT_TOKEN pass, every one after is refused
      expect(answers.map((a) => a.status), url).toEqual([...Array(RATE_LIMIT_TOKEN).fill(200), 429, 429, 429]);
      expect(new Set(answers.slice(RATE_LIMIT_TOKEN).map((a) => a.errors?.[0]?.extensions?.code))).toEqual(new Set(["RATE_LIMITED"]));
    }
  });

  it("refuses an operation over the alias limit: 400 ALIAS_LIMIT", async () => {
    // 16 aliases, the default limit being 15
    const q = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: regions { code }`).join(" ")} }`;
    const t = await token(Department.GRID);
    const r = await refusals((url) => gql(url, q, {}, t));
    expect(r.hive).toEqual([400, "ALIAS_LIMIT"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it("refuses a document over the token limit: 400 TOKEN_LIMIT", async () => {
    // 1,004 tokens ({ regions { and } } around 1,000 code fields), the default limit being 1,000
    const q = `{ regions { ${"code ".repeat(1000)}} }`;
    const t = await token(Department.GRID);
    const r = await refusals((url) => gql(url, q, {}, t));
    expect(r.hive).toEqual([400, "TOKEN_LIMIT"]);
    expect(r.apollo).toEqual(r.hive);
  });

  it("refuses what a browser could send cross-site without a preflight (CSRF): 400 BAD_REQUEST, as the built-in gateway does", async () => {
    // a fresh token per request: these are more than the per-token rate limit
    const authorization = async () => `Bearer ${await token(Department.GRID)}`;
    const query = "{ regions { code } }";
    const get = (headers: Record<string, string>) => async (url: string) => fetch(`${url}?query=${encodeURIComponent(query)}`, { headers: { authorization: await authorization(), ...headers } });
    const post = (contentType: string, body: string) => async (url: string) =>
      fetch(url, { method: "POST", headers: { authorization: await authorization(), "content-type": contentType }, body });
    const json = JSON.stringify({ query });
    // Apollo Server's csrfPrevention: a request passes when its content-type is not one a plain HTML form or
    // fetch may send without a preflight (text/plain, application/x-www-form-urlencoded, multipart/form-data;
    // none at all is as simple), or when it carries a non-empty apollo-require-preflight or x-apollo-operation-name
    const refused: [string, (url: string) => Promise<Response>][] = [
      ["a GET with no preflight header", get({})],
      ["a GET whose preflight header is empty", get({ "apollo-require-preflight": "" })],
      ["a GET from a browser's address bar, asking for a page", get({ accept: "text/html" })],
      ["a GET asking for the GraphQL-over-HTTP media type", get({ accept: "application/graphql-response+json" })],
      ["a text/plain POST of a JSON body", post("text/plain", json)],
      ["a text/plain POST, its type written with parameters and in capitals", post("Text/Plain; charset=utf-8", json)],
      ["a form-urlencoded POST", post("application/x-www-form-urlencoded", `query=${encodeURIComponent(query)}`)],
      ["a multipart POST", post("multipart/form-data; boundary=x", `--x\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--\r\n`)],
    ];
    for (const [what, ask] of refused) {
      const answers = [];
      for (const url of [hive, apollo]) {
        const res = await ask(url);
        const text = await res.text();
        const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        answers.push({ status: res.status, code: body.errors?.[0]?.extensions?.code, csrf: /Cross-Site Request Forgery/.test(body.errors?.[0]?.message ?? ""), type: res.headers.get("content-type"), text });
      }
      const [viaHive, viaApollo] = answers;
      expect([viaHive, viaApollo].map((a) => [a.status, a.code, a.csrf]), what).toEqual([[400, "BAD_REQUEST", true], [400, "BAD_REQUEST", true]]);
      // the same media type as Apollo's: the GraphQL-over-HTTP one only when asked for, else application/json
      expect(viaApollo.type, what).toBe(what.includes("GraphQL-over-HTTP") ? "application/graphql-response+json; charset=utf-8" : "application/json; charset=utf-8");
      // and the same answer, byte for byte
      expect(viaHive.type, what).toBe(viaApollo.type);
      expect(viaHive.text, what).toBe(viaApollo.text);
    }
    // a preflighted request (either header, or a JSON body) passes and is answered
    const passed: [string, (url: string) => Promise<Response>][] = [
      ["a GET with apollo-require-preflight", get({ "apollo-require-preflight": "true" })],
      ["a GET with x-apollo-operation-name", get({ "x-apollo-operation-name": "Regions" })],
      ["a JSON POST", post("application/json", json)],
    ];
    for (const [what, ask] of passed) {
      for (const url of [hive, apollo]) {
        const res = await ask(url);
        const body = (await res.json()) as { data?: { regions: unknown[] }; errors?: unknown };
        expect([res.status, body.errors, body.data?.regions.length! > 0], `${what} at ${url}`).toEqual([200, undefined, true]);
      }
    }
  });

  it("answers a parse error, an unknown field and a document with no operation to run with the built-in gateway's codes", async () => {
    const t = await token(Department.GRID);
    const parse = await refusals((url) => gql(url, "{ regions { code }", {}, t));
    expect(parse.hive).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
    expect(parse.apollo).toEqual(parse.hive);
    const unknown = await refusals((url) => gql(url, "{ regions { nope } }", {}, t));
    expect(unknown.hive).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    expect(unknown.apollo).toEqual(unknown.hive);
    // two operations and no operationName: nothing to run
    const two = await refusals((url) => gql(url, "query A { regions { code } } query B { regions { name } }", {}, t));
    expect(two.hive).toEqual([400, "BAD_REQUEST"]);
    expect(two.apollo).toEqual(two.hive);
  });
});
