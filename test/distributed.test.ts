import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { freePort } from "../src/db/embedded-postgres.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, TEST_AUDIT_KEY, TEST_SECRET, token } from "./support/hub.js";
import { eventually, logLines, spawnCli, waitFor, type Spawned } from "./support/process.js";

/**
 * The distributed form: eight `lantian serve --subgraph` processes (seven departments and the hub) and a
 * `lantian gateway` process, talking HTTP, on one database. The hub's process runs as a login of its own
 * that may use the `hub` schema alone: were it to read a department's table, it would be refused.
 */
const procs: Spawned[] = [];
const METRICS_TOKEN = "metrics-token-for-tests-0123456789abcdef";
let gatewayUrl: string;
let subgraphUrl: Record<string, string>;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let hubLogin: { role: string; url: string } | undefined;

/** The spans every process exports, as a small OTLP/HTTP receiver gets them (JSON, the exporter's encoding). */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}
const spans: ReceivedSpan[] = [];
const receiver = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    if (req.method === "POST" && req.url === "/v1/traces") {
      type Attr = { key: string; value: { stringValue?: string } };
      const { resourceSpans = [] } = JSON.parse(body) as { resourceSpans?: { resource: { attributes: Attr[] }; scopeSpans: { spans: Omit<ReceivedSpan, "service">[] }[] }[] };
      for (const rs of resourceSpans) {
        const service = rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "";
        for (const ss of rs.scopeSpans) for (const s of ss.spans) spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId, name: s.name, kind: s.kind });
      }
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
});

beforeAll(async () => {
  db = await createTestDatabase();
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const otlp = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    LANTIAN_JWT_SECRET: TEST_SECRET,
    LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY,
    // info: the access lines
    LOG_LEVEL: "info",
    LANTIAN_DEMO_DATA: "false",
    LANTIAN_METRICS_TOKEN: METRICS_TOKEN,
  };
  // tracing on, as an operator turns it on, in the processes one traced request goes through (the others
  // start as they would without it); spans sent within 100 ms rather than 5 s
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: otlp, OTEL_BSP_SCHEDULE_DELAY: "100" };
  const traced = new Set<string>(["ENVIRONMENT", "MARKET_REGULATION"]);
  // roles belong to the cluster: a name of this run's own, dropped after
  const role = `t_hub_${crypto.randomBytes(4).toString("hex")}`;
  const password = crypto.randomBytes(12).toString("hex");
  await sql(inject("pgServerUrl"), `create role ${role} login password '${password}'`);
  const u = new URL(db.url);
  u.username = role;
  u.password = password;
  hubLogin = { role, url: u.toString() };
  subgraphUrl = {};
  const ports = await Promise.all(SUBGRAPH_IDS.map(() => freePort()));
  // where each subgraph answers, for the subgraphs that call another's API
  SUBGRAPH_IDS.forEach((s, i) => {
    subgraphUrl[subgraphSlug(s)] = `http://127.0.0.1:${ports[i]}/graphql`;
    env[`LANTIAN_SUBGRAPH_URL_${s}`] = subgraphUrl[subgraphSlug(s)];
  });
  SUBGRAPH_IDS.forEach((s, i) => {
    // the owner grants this login the hub's schema, the one its process uses
    const own: Record<string, string> = s === "HUB" ? { LANTIAN_RUNTIME_DATABASE_URL: hubLogin!.url } : {};
    procs.push(spawnCli(["serve", "--subgraph", subgraphSlug(s), "--port", String(ports[i])], { ...env, ...own, ...(traced.has(s) ? tracing : {}) }));
  });
  // eight processes starting at once on a small machine take turns migrating and granting (slowly when it is shared)
  await Promise.all(SUBGRAPH_IDS.map((s, i) => waitFor(`http://127.0.0.1:${ports[i]}/readyz`, procs[i], 100_000)));
  const gwPort = await freePort();
  const gw = spawnCli(["gateway", "--port", String(gwPort), ...Object.entries(subgraphUrl).map(([s, u]) => `--subgraph-url=${s}=${u}`)], { ...env, ...tracing });
  procs.push(gw);
  await waitFor(`http://127.0.0.1:${gwPort}/healthz`, gw);
  gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
}, 180_000);

afterAll(async () => {
  for (const p of procs) p.child.kill("SIGTERM");
  const codes = await Promise.all(procs.map((p) => p.exited));
  await db?.drop();
  receiver.close();
  if (hubLogin) await sql(inject("pgServerUrl"), `drop role if exists ${hubLogin.role}`);
  expect(codes.every((c) => c === 0), `exit codes ${codes.join(",")}`).toBe(true);
});

describe("the distributed form", () => {
  it("answers a query across three subgraph processes through the gateway process", async () => {
    const q = `{ enterprises(first: 20) { edges { node { creditCode name performanceGrade electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh days } } } } }`;
    const data = ok(await gql<{ enterprises: { edges: { node: { creditCode: string; performanceGrade: string | null; electricityUse: { totalKwh: number } } }[] } }>(gatewayUrl, q, {}, await token(Department.GRID)), q);
    const rows = data.enterprises.edges.map((e) => e.node);
    expect(rows).toHaveLength(20);
    const graded = await sql<{ credit_code: string; grade: string }>(db.url, `select credit_code, grade from environment.performance_grades where credit_code = any($1)`, [rows.map((r) => r.creditCode)]);
    for (const g of graded) expect(rows.find((r) => r.creditCode === g.credit_code)!.performanceGrade).toBe(g.grade);
    expect(rows.some((r) => r.electricityUse.totalKwh > 0)).toBe(true);
  });

  it("serves the hub's own fields (catalogue, grants, identifier checks) from the hub's process, through the gateway and directly", async () => {
    const q = `{ checkIdentifier(kind: VIN, value: "LSVAM4187C2184847") { valid } catalog { name owner rowCount fields { path } } accessRequests(first: 1) { totalCount } }`;
    type Data = { checkIdentifier: { valid: boolean }; catalog: { name: string; owner: string; rowCount: number; fields: { path: string }[] }[]; accessRequests: { totalCount: number } };
    const t = await token(Department.ENVIRONMENT);
    for (const url of [gatewayUrl, subgraphUrl.hub]) {
      const data = ok(await gql<Data>(url, q, {}, t), q);
      expect(data.checkIdentifier.valid).toBe(true);
      const vehicles = data.catalog.find((e) => e.name === "VEHICLES")!;
      expect(vehicles.owner).toBe("PUBLIC_SECURITY");
      // the department processes' declarations, listed by the hub's process
      expect(vehicles.fields.map((f) => f.path)).toContain("Vehicle.ownerName");
      const [{ n }] = await sql<{ n: string }>(db.url, "select count(*) as n from public_security.vehicles");
      expect(vehicles.rowCount).toBe(Number(n));
      expect(data.accessRequests.totalCount).toBeGreaterThanOrEqual(0);
    }
    // the hub's process holds no department's fields
    const own = await gql(subgraphUrl.hub, "{ regions { code } }", {}, t);
    expect(own.status).toBe(400);
  });

  it("has market regulation's process contribute its fuel-sampling coverage to environment's process over HTTP, as the caller", async () => {
    const q = "mutation { refreshFuelSamplingCoverage(year: 2021) }";
    const admin = await token(Department.MARKET_REGULATION, Role.ADMIN);
    // as on a hub whose job has not run yet (the demo load computed the figures once)
    await sql(db.url, "delete from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE'");
    const written = ok(await gql<{ refreshFuelSamplingCoverage: number }>(gatewayUrl, q, {}, admin), q).refreshFuelSamplingCoverage;
    expect(written).toBeGreaterThan(0);
    const rows = await sql<{ contributed_by: string; batch_id: string }>(db.url, "select contributed_by, batch_id from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE' and period = '2021'");
    expect(rows).toHaveLength(written);
    expect(new Set(rows.map((r) => `${r.contributed_by} ${r.batch_id.replace(/@.*/, "")}`))).toEqual(new Set(["MARKET_REGULATION computed-fuel-sampling-2021"]));
    // the same reached directly: nothing changed since
    expect(ok(await gql<{ refreshFuelSamplingCoverage: number }>(subgraphUrl["market-regulation"], q, {}, admin), q).refreshFuelSamplingCoverage).toBe(0);
  });

  it("counts a contribution in the catalogue the hub's process serves, which reads no department's table", async () => {
    // the hub's login may not read a department's table: its figures can only be the departments' reports
    await expect(sql(hubLogin!.url, "select count(*) from grid.coal_to_electricity")).rejects.toThrow(/permission denied/);
    const q = "{ catalog { name rowCount lastContributionAt } }";
    type Data = { catalog: { name: string; rowCount: number; lastContributionAt: string | null }[] };
    const t = await token(Department.TRANSPORT);
    const figures = async (url: string) => ok(await gql<Data>(url, q, {}, t), q).catalog.find((e) => e.name === "COAL_TO_ELECTRICITY")!;
    const before = await figures(subgraphUrl.hub);
    const years = [2001, 2002, 2003];
    const held = await sql<{ year: number }>(db.url, "select year from grid.coal_to_electricity where county_code = '410122' and year = any($1)", [years]);
    const added = years.filter((y) => !held.some((h) => h.year === y)).length;
    expect(added).toBeGreaterThan(0);
    const m = `mutation C($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "distributed-catalogue", rows: $rows) { accepted } }`;
    const t0 = Date.now();
    const done = ok(await gql<{ contributeCoalToElectricity: { accepted: number } }>(gatewayUrl, m, { rows: years.map((year) => ({ countyCode: "410122", year, households: year })) }, await token(Department.GRID)), m);
    expect(done.contributeCoalToElectricity.accepted).toBe(years.length);
    for (const url of [subgraphUrl.hub, gatewayUrl]) {
      const after = await figures(url);
      expect(after.rowCount).toBe(before.rowCount + added);
      expect(Date.parse(after.lastContributionAt!)).toBeGreaterThanOrEqual(t0 - 1000);
    }
  });

  it("carries one request id and one trace from the gateway process to the subgraph processes", async () => {
    const q = "query DistributedTrace { enterprises(first: 2) { edges { node { creditCode performanceGrade } } } }";
    const t = await token(Department.GRID);
    ok(await gql(gatewayUrl, q, {}, t), q);
    const gateway = procs.at(-1)!;
    const line = await eventually("the gateway's access line", () => logLines(gateway).find((l) => l.msg === "request" && l.operationName === "DistributedTrace"));
    expect(line).toMatchObject({ status: 200, department: "GRID", role: "member", errorCodes: [] });
    const requestId = line.requestId as string;
    // enterprises are market regulation's, their grades environment's: each process logs the gateway's request id
    const slugs = SUBGRAPH_IDS.map(subgraphSlug);
    const subgraphLines = await eventually("both subgraphs' access lines", () => {
      const found = procs.slice(0, slugs.length).flatMap((p) => logLines(p).filter((l) => l.msg === "request" && l.requestId === requestId));
      return found.length >= 2 && found;
    });
    expect(new Set(subgraphLines.map((l) => l.subgraph))).toEqual(new Set(["market-regulation", "environment"]));
    for (const l of subgraphLines) expect(l).toMatchObject({ status: 200, department: "GRID", operationName: "DistributedTrace", operationHash: line.operationHash });
    expect(procs.map((p) => p.output()).join("\n")).not.toContain(t);

    // tracing on and no incoming traceparent: the request id is the trace id, and the trace spans three processes
    expect(requestId).toBe(line.traceId);
    const trace = await eventually("the spans of three processes", () => {
      const of = spans.filter((s) => s.traceId === requestId);
      return new Set(of.filter((s) => s.kind === 2).map((s) => s.service)).size >= 3 && of;
    });
    const server = (service: string) => trace.find((s) => s.service === service && s.kind === 2)!;
    const root = server("lantian-gateway");
    expect(root.parentSpanId ?? "").toBe("");
    for (const service of ["lantian-market-regulation", "lantian-environment"]) {
      // the subgraph's server span is the child of the gateway's client span of its fetch
      const parent = trace.find((s) => s.spanId === server(service).parentSpanId);
      expect(parent, `${service}'s parent span`).toMatchObject({ service: "lantian-gateway", kind: 3 });
    }
  });

  it("has the grid process export its readings for a job the hub's process tracks, downloaded through the gateway", async () => {
    const [firm] = await sql<{ credit_code: string; n: string }>(db.url, "select credit_code, count(*) as n from grid.electricity_readings group by 1 order by 2 desc limit 1");
    const t = await token(Department.GRID);
    const JOB = "id status reason rowCount sizeBytes sha256 downloadUrl";
    type Job = { id: string; status: string; reason: string | null; rowCount: number; sizeBytes: number; sha256: string; downloadUrl: string };
    const started = ok(await gql<{ requestExport: Job }>(gatewayUrl, `mutation($f: JSONObject) { requestExport(dataset: ELECTRICITY_READINGS, format: JSONL, filter: $f) { ${JOB} } }`, { f: { creditCode: firm.credit_code } }, t), "requestExport");
    let job: Job;
    for (let i = 0; ; i++) {
      job = ok(await gql<{ exportJob: Job }>(gatewayUrl, `query($id: ID!) { exportJob(id: $id) { ${JOB} } }`, { id: started.requestExport.id }, t), "exportJob").exportJob;
      if (job.status === "DONE" || job.status === "FAILED" || i > 300) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job.status, job.reason ?? "").toBe("DONE");
    expect(job.rowCount).toBe(Number(firm.n));
    // the gateway holds no file: it forwards the link to the grid process, which checks it and serves its file
    const res = await fetch(new URL(job.downloadUrl, gatewayUrl));
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect(crypto.createHash("sha256").update(body).digest("hex")).toBe(job.sha256);
    expect(body.toString("utf8").trimEnd().split("\n")).toHaveLength(Number(firm.n));
    const [audit] = await sql<{ entry: Record<string, unknown> }>(db.url, "select entry from hub.audit_events where entry->>'exportId' = $1", [job.id]);
    expect(audit.entry).toMatchObject({ kind: "EXPORT", sha256: job.sha256, recordCount: Number(firm.n) });
    // the processes' data directory is the default one (.lantian where they run): the file is not left there
    fs.rmSync(path.resolve(".lantian", "exports", "grid", `${job.id}.jsonl`), { force: true });
  });

  it("rejects a missing token at the gateway with 401", async () => {
    const res = await gql(gatewayUrl, "{ regions { code } }", {}, null);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("has every subgraph verify the token itself when reached directly", async () => {
    const direct = subgraphUrl["market-regulation"];
    const denied = await gql(direct, "{ enterprises(first: 1) { totalCount } }", {}, null);
    expect(denied.status).toBe(401);
    expect(denied.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const allowed = await gql<{ enterprises: { totalCount: number } }>(direct, "{ enterprises(first: 1) { totalCount } }", {}, await token(Department.HOUSING));
    expect(allowed.data?.enterprises.totalCount).toBeGreaterThan(0);
  });

  it("serves /metrics from the gateway process and from each subgraph process, to the metrics token only", async () => {
    const metricsOf = async (graphqlUrl: string) => {
      const url = graphqlUrl.replace(/\/graphql$/, "/metrics");
      expect((await fetch(url)).status).toBe(401);
      const res = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    const q = `query DistributedProbe { enterprises(first: 1) { totalCount } }`;
    ok(await gql(gatewayUrl, q, {}, await token(Department.HOUSING)), q);
    const gateway = await metricsOf(gatewayUrl);
    expect(gateway).toMatch(/^lantian_graphql_requests_total\{server="gateway",operation="DistributedProbe",department="housing",status="200"\} 1$/m);
    expect(gateway).toMatch(/^lantian_subgraph_fetch_duration_seconds_count\{subgraph="market-regulation",operation="DistributedProbe",department="housing"\} 1$/m);
    // the subgraph's own count of the gateway's fetch, under the query planner's name for it
    const market = await metricsOf(subgraphUrl["market-regulation"]);
    expect(market).toMatch(/^lantian_graphql_requests_total\{server="market-regulation",operation="DistributedProbe__market[-_]regulation__0",department="housing",status="200"\} 1$/m);
    expect(market).toMatch(/^lantian_db_pool_connections\{pool="market-regulation",state="idle"\} \d+$/m);
  });
});
