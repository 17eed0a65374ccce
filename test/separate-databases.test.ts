import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { loadConfig } from "../src/common/config.js";
import { createLogger } from "../src/common/logger.js";
import { Databases, ensureDatabase } from "../src/db/databases.js";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { loadDemoData } from "../src/demo/seed.js";
import { createClient } from "../src/client/index.js";
import { REPORTS } from "../src/reports/index.js";
import { DEPARTMENT_INFO, DEPARTMENTS, Department } from "../src/shared/departments.js";
import { HUB, SUBGRAPH_IDS, subgraphSlug, type SubgraphId } from "../src/shared/subgraphs.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, TEST_AUDIT_KEY, TEST_SECRET, token } from "./support/hub.js";
import { eventually, spawnCli, waitFor, type Spawned } from "./support/process.js";

/**
 * Issue 21, part 1: a database per department and one for the hub. The eight subgraphs (seven departments
 * and the hub) run as separate `lantian serve --subgraph` processes behind a `lantian gateway` process, each
 * subgraph on a database of its own, grid's on a second PostgreSQL cluster. Each process is told only
 * its own database (DATABASE_URL_<DEPARTMENT>) and the hub's (DATABASE_URL_HUB), and which databases each
 * one actually connects to is watched on both clusters (pg_stat_activity, by the process's application_name).
 * The hub's database and grid's are reached as runtime logins given by LANTIAN_RUNTIME_DATABASE_URL_HUB and
 * LANTIAN_RUNTIME_DATABASE_URL_GRID; the other departments' as the login the hub makes itself. Hive Gateway
 * (issue 21, part 2) serves the same processes beside the built-in gateway.
 */

const SECOND = Department.GRID;
const SCHEMAS = DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].dbSchema);
/** requests per token per window at the gateway: the burst below goes one over it */
const TOKEN_LIMIT = 100;
const MAX_BODY_BYTES = 64 * 1024;
const RUN = crypto.randomBytes(3).toString("hex");
/** each process's application_name, by which its connections are told apart on both clusters */
const appName = (s: SubgraphId | "gateway") => `sepdb-${RUN}-${s === "gateway" ? "gateway" : subgraphSlug(s)}`;

const procs: Spawned[] = [];
const dropped: (() => Promise<void>)[] = [];
const roles: { serverUrl: string; role: string }[] = [];
let second: EmbeddedPostgres | undefined;
let dataDir: string;
let gatewayUrl: string;
/** Hive Gateway (`lantian gateway --engine hive`) over the same eight processes */
let hiveUrl: string;
/** the owner's URL of each subgraph's database (HUB: the hub's) */
const dbUrl = {} as Record<SubgraphId, string>;
/** "<cluster> <database>" of each database, as the watcher records connections */
const dbLabel = {} as Record<SubgraphId, string>;
/** the databases each process connected to, as seen on either cluster */
const seen = new Map<string, Set<string>>();
/** the same, with the login each connection used: "<cluster> <database> <login>" */
const logins = new Map<string, Set<string>>();
/** the runtime logins given by LANTIAN_RUNTIME_DATABASE_URL_HUB and LANTIAN_RUNTIME_DATABASE_URL_GRID */
const runtimeLogin = {} as Record<typeof HUB | typeof SECOND, string>;
let gridRuntimeUrl: string;
let watching = true;
const watchers: Promise<void>[] = [];

function withLogin(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
}

/** A login role of this run on the cluster of `serverUrl`, dropped after. */
async function login(serverUrl: string, name: string): Promise<{ role: string; password: string }> {
  const role = `t_${name}_${RUN}`;
  const password = crypto.randomBytes(12).toString("hex");
  await sql(serverUrl, `create role ${role} login password '${password}'`);
  roles.push({ serverUrl, role });
  return { role, password };
}

/** Records, every 100 ms until the end, which database each of this run's processes holds connections to on one cluster. */
async function watch(cluster: string, serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    while (watching) {
      const { rows } = await client.query<{ app: string; db: string; login: string }>(
        // a backend still authenticating has no database yet
        "select application_name as app, datname as db, usename as login from pg_stat_activity where application_name like $1 and datname is not null",
        [`sepdb-${RUN}-%`],
      );
      for (const r of rows) {
        if (!seen.has(r.app)) seen.set(r.app, new Set());
        seen.get(r.app)!.add(`${cluster} ${r.db}`);
        if (!logins.has(r.app)) logins.set(r.app, new Set());
        logins.get(r.app)!.add(`${cluster} ${r.db} ${r.login}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const log = createLogger("warn", "separate-databases");
  const first = inject("pgServerUrl");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-sepdb-"));
  fs.chmodSync(dataDir, 0o755); // the second cluster's directory is reachable by the postgres user
  watchers.push(watch("first", first));
  const ports = new Map(await Promise.all(SUBGRAPH_IDS.map(async (s) => [s, await freePort()] as const)));
  const database = { connectTimeoutMs: 60_000, statementTimeoutMs: 120_000 };
  const hubLogin = await login(first, "hubrt");
  runtimeLogin[HUB] = hubLogin.role;
  const common: Record<string, string> = {
    // nothing shared: a process knows the hub's database and, for a department, its own
    DATABASE_URL: "",
    LANTIAN_JWT_SECRET: TEST_SECRET,
    LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY,
    // one data directory, so `audit verify` holds each chain to the checkpoints the processes wrote
    LANTIAN_DATA_DIR: dataDir,
    LANTIAN_DEMO_DATA: "false",
    LOG_LEVEL: "warn",
    // nine processes open pools on two clusters at once on a loaded two-core machine
    LANTIAN_DB_CONNECT_TIMEOUT_MS: String(database.connectTimeoutMs),
  };
  for (const s of SUBGRAPH_IDS) common[`LANTIAN_SUBGRAPH_URL_${s}`] = `http://127.0.0.1:${ports.get(s)}/graphql`;
  const spawned = new Map<SubgraphId, Spawned>();
  const serve = (s: SubgraphId, own: Record<string, string>) => {
    const p = spawnCli(["serve", "--subgraph", subgraphSlug(s), "--port", String(ports.get(s))], { ...common, ...own, PGAPPNAME: appName(s) });
    procs.push(p);
    spawned.set(s, p);
  };

  /** A database of the first cluster cloned from the demo template, keeping the subgraph's schema and `hub` alone. */
  const clone = async (s: SubgraphId) => {
    const db = await createTestDatabase();
    dropped.push(db.drop);
    dbUrl[s] = db.url;
    dbLabel[s] = `first ${db.name}`;
    await sql(db.url, `drop schema ${SCHEMAS.filter((x) => s === HUB || x !== DEPARTMENT_INFO[s].dbSchema).join(", ")} cascade`);
    // each database its own chain: the clones share the template's chain's name, and its checkpoints with it
    await sql(db.url, "update hub.audit_chain set id = gen_random_uuid()");
    // a department's own database holds no shared records (grants, usage, catalogue figures, the batch list,
    // rate limits, exports): emptied, so a process that read them from there instead of the hub's finds nothing
    if (s !== HUB) await sql(db.url, "truncate hub.access_requests, hub.usage_daily, hub.dataset_stats, hub.contribution_log, hub.rate_limits, hub.export_jobs");
  };
  await clone(HUB);
  common.DATABASE_URL_HUB = dbUrl[HUB];
  common.LANTIAN_RUNTIME_DATABASE_URL_HUB = withLogin(dbUrl[HUB], hubLogin.role, hubLogin.password);

  // Grid's database on the second cluster, migrated and given its demo data as a new department's would be,
  // while the first cluster's processes start.
  const gridReady = (async () => {
    second = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg2"), log, fast: true });
    watchers.push(watch("second", second.url));
    dbUrl[SECOND] = await ensureDatabase(second.url, "lantian_grid");
    dbLabel[SECOND] = "second lantian_grid";
    const gridLogin = await login(second.url, "gridrt");
    runtimeLogin[SECOND] = gridLogin.role;
    const config = { ...loadConfig({}), dataDir, auditKey: TEST_AUDIT_KEY, hubDatabaseUrl: dbUrl[HUB], departmentDatabaseUrls: { [SECOND]: dbUrl[SECOND] }, database };
    const seeding = await Databases.open(config, [SECOND], log);
    try {
      await seeding.migrate();
      await loadDemoData(seeding, log, [SECOND]);
    } finally {
      await seeding.close();
    }
    gridRuntimeUrl = withLogin(dbUrl[SECOND], gridLogin.role, gridLogin.password);
    serve(SECOND, { [`DATABASE_URL_${SECOND}`]: dbUrl[SECOND], [`LANTIAN_RUNTIME_DATABASE_URL_${SECOND}`]: gridRuntimeUrl });
  })();

  // (its failure is the start's, reported where it is awaited below)
  gridReady.catch(() => undefined);
  serve(HUB, {});
  for (const d of DEPARTMENTS.filter((x) => x !== SECOND)) {
    await clone(d);
    serve(d, { [`DATABASE_URL_${d}`]: dbUrl[d] });
  }
  await gridReady;
  await Promise.all(SUBGRAPH_IDS.map((s) => waitFor(`http://127.0.0.1:${ports.get(s)}/readyz`, spawned.get(s)!, 170_000)));
  const gwPort = await freePort();
  const gw = spawnCli(["gateway", "--port", String(gwPort)], { ...common, LANTIAN_RATE_LIMIT_TOKEN: String(TOKEN_LIMIT), LANTIAN_MAX_BODY_BYTES: String(MAX_BODY_BYTES), PGAPPNAME: appName("gateway") });
  procs.push(gw);
  // Hive Gateway over the same subgraph processes, with the same settings (its connections watched as the gateway's)
  const hivePort = await freePort();
  const hive = spawnCli(["gateway", "--engine", "hive", "--port", String(hivePort)], { ...common, LANTIAN_RATE_LIMIT_TOKEN: String(TOKEN_LIMIT), LANTIAN_MAX_BODY_BYTES: String(MAX_BODY_BYTES), PGAPPNAME: appName("gateway") });
  procs.push(hive);
  await Promise.all([waitFor(`http://127.0.0.1:${gwPort}/healthz`, gw, 60_000), waitFor(`http://127.0.0.1:${hivePort}/healthz`, hive, 60_000)]);
  gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
  hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
}, 240_000);

afterAll(async () => {
  watching = false;
  await Promise.all(watchers.map((w) => w.catch(() => undefined)));
  for (const p of procs) p.child.kill("SIGTERM");
  const codes = await Promise.all(procs.map((p) => p.exited));
  for (const drop of dropped) await drop();
  for (const { serverUrl, role } of roles.filter((r) => r.serverUrl === inject("pgServerUrl"))) await sql(serverUrl, `drop role if exists ${role}`);
  await second?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  expect(codes.every((c) => c === 0), `exit codes ${codes.join(",")}:\n${procs.filter((p) => p.child.exitCode !== 0).map((p) => p.output()).join("\n")}`).toBe(true);
}, 60_000);

const ENTERPRISES = `query SeparateEnterprises { enterprises(first: 20) { edges { node { creditCode performanceGrade electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh days } } } } }`;
type Enterprises = { enterprises: { edges: { node: { creditCode: string; performanceGrade: string | null; electricityUse: { totalKwh: number; days: number } | null } }[] } };

describe("every department and the hub on a database of its own, grid's on a second cluster", () => {
  it("answers a query across three departments' processes and databases, one on the second cluster", async () => {
    const data = ok(await gql<Enterprises>(gatewayUrl, ENTERPRISES, {}, await token(Department.ENVIRONMENT, Role.ANALYST)), ENTERPRISES);
    const rows = data.enterprises.edges.map((e) => e.node);
    expect(rows).toHaveLength(20);
    const codes = rows.map((r) => r.creditCode);
    // the registry is market regulation's, the grades environment's, the readings grid's: each from its own database
    const registered = await sql<{ credit_code: string }>(dbUrl[Department.MARKET_REGULATION], "select credit_code from market_regulation.enterprises where credit_code = any($1)", [codes]);
    expect(registered).toHaveLength(20);
    const graded = await sql<{ credit_code: string; grade: string }>(dbUrl[Department.ENVIRONMENT], "select credit_code, grade from environment.performance_grades where credit_code = any($1)", [codes]);
    for (const r of rows) expect(r.performanceGrade, r.creditCode).toBe(graded.find((g) => g.credit_code === r.creditCode)?.grade ?? null);
    // `days`: the days of June with readings
    const days = await sql<{ credit_code: string; n: number }>(
      dbUrl[SECOND],
      "select credit_code, count(distinct day)::int as n from grid.electricity_readings where credit_code = any($1) and day between '2021-06-01' and '2021-06-30' group by credit_code",
      [codes],
    );
    expect(days.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.electricityUse?.days, r.creditCode).toBe(days.find((d) => d.credit_code === r.creditCode)?.n ?? 0);
    expect(rows.some((r) => r.electricityUse!.totalKwh > 0)).toBe(true);
  });

  it("has market regulation's process contribute to environment's database, batch and audit entry there, its usage in the hub's", async () => {
    const env = dbUrl[Department.ENVIRONMENT];
    const q = "mutation SeparateCoverage { refreshFuelSamplingCoverage(year: 2021) }";
    // as on a hub whose job has not run yet (the demo load computed the figures once)
    await sql(env, "delete from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE'");
    const written = ok(await gql<{ refreshFuelSamplingCoverage: number }>(gatewayUrl, q, {}, await token(Department.MARKET_REGULATION, Role.ADMIN)), q).refreshFuelSamplingCoverage;
    expect(written).toBeGreaterThan(0);
    const rows = await sql<{ contributed_by: string; batch_id: string }>(env, "select contributed_by, batch_id from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE' and period = '2021'");
    expect(rows).toHaveLength(written);
    const batchId = rows[0].batch_id;
    expect(new Set(rows.map((r) => `${r.contributed_by} ${r.batch_id}`))).toEqual(new Set([`MARKET_REGULATION ${batchId}`]));
    // the batch and its audit entry commit with the write, in environment's database
    expect(await sql(env, "select accepted from hub.contribution_batches where batch_id = $1", [batchId])).toEqual([{ accepted: written }]);
    const audit = await sql(env, "select department from hub.audit_events where kind = 'CONTRIBUTION' and entry->>'batchId' = $1", [batchId]);
    expect(audit).toEqual([{ department: "MARKET_REGULATION" }]);
    // usage is the hub's report: the contributed records are counted in the hub's database, seen through the hub's process
    const [{ y, m }] = await sql<{ y: number; m: number }>(dbUrl[HUB], "select extract(year from now() at time zone 'Asia/Shanghai')::int as y, extract(month from now() at time zone 'Asia/Shanghai')::int as m");
    const report = `query SeparateUsage($y: Int!, $m: Int!) { usageReport(year: $y, month: $m) { department dataset rowsContributed } }`;
    const line = await eventually("the contribution's usage line", async () => {
      const lines = ok(await gql<{ usageReport: { department: string; dataset: string; rowsContributed: number }[] }>(gatewayUrl, report, { y, m }, await token(Department.ENVIRONMENT, Role.ADMIN)), report).usageReport;
      return lines.find((l) => l.department === "MARKET_REGULATION" && l.dataset === "INDICATORS" && l.rowsContributed >= written);
    });
    expect(line.rowsContributed).toBeGreaterThanOrEqual(written);
    const [{ n }] = await sql<{ n: string }>(dbUrl[HUB], "select coalesce(sum(rows_contributed), 0)::text as n from hub.usage_daily where department = 'MARKET_REGULATION' and dataset = 'INDICATORS'");
    expect(Number(n)).toBe(line.rowsContributed);
  });

  it("counts a contribution to the second cluster in the catalogue the hub's process serves, and keeps its history", async () => {
    const q = "{ catalog { name rowCount lastContributionAt } }";
    type Data = { catalog: { name: string; rowCount: number; lastContributionAt: string | null }[] };
    const figures = async () => ok(await gql<Data>(gatewayUrl, q, {}, await token(Department.TRANSPORT)), q).catalog.find((e) => e.name === "COAL_TO_ELECTRICITY")!;
    const years = [2001, 2002, 2003];
    const m = `mutation C($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "separate-databases", rows: $rows) { accepted } }`;
    const t0 = Date.now();
    const done = ok(await gql<{ contributeCoalToElectricity: { accepted: number } }>(gatewayUrl, m, { rows: years.map((year) => ({ countyCode: "410122", year, households: year })) }, await token(Department.GRID)), m);
    expect(done.contributeCoalToElectricity.accepted).toBe(years.length);
    const [{ n }] = await sql<{ n: string }>(dbUrl[SECOND], "select count(*) as n from grid.coal_to_electricity");
    const after = await figures();
    expect(after.rowCount).toBe(Number(n));
    expect(Date.parse(after.lastContributionAt!)).toBeGreaterThanOrEqual(t0 - 1000);
    // the figures are in the hub's database, the batch in grid's
    expect(await sql(dbUrl[HUB], "select row_count::int as n from hub.dataset_stats where dataset = 'COAL_TO_ELECTRICITY'")).toEqual([{ n: Number(n) }]);
    expect(await sql(dbUrl[SECOND], "select accepted from hub.contribution_batches where batch_id = 'separate-databases'")).toEqual([{ accepted: years.length }]);
    // and the batch is listed for its department by the hub's process, from the hub's database
    const listed = `{ contributionBatches(dataset: COAL_TO_ELECTRICITY, first: 1) { edges { node { batchId department accepted } } } }`;
    type Listed = { contributionBatches: { edges: { node: { batchId: string; department: string; accepted: number } }[] } };
    expect(ok(await gql<Listed>(gatewayUrl, listed, {}, await token(Department.GRID)), listed).contributionBatches.edges.map((e) => e.node)).toEqual([
      { batchId: "separate-databases", department: "GRID", accepted: years.length },
    ]);

    // a correction of one row keeps the version it replaces, in grid's database, read back through the gateway
    const fix = m.replace('"separate-databases"', '"separate-databases-fix"');
    ok(await gql(gatewayUrl, fix, { rows: [{ countyCode: "410122", year: 2001, households: 1 }] }, await token(Department.GRID)), fix);
    const read = `{ coalToElectricity(filter: { regionCode: "410122", year: 2001 }) { edges { node { households history { current batchId contributedBy values } } } } }`;
    type Read = { coalToElectricity: { edges: { node: { households: number; history: { current: boolean; batchId: string; contributedBy: string; values: { households: number } }[] } }[] } };
    const [node] = ok(await gql<Read>(gatewayUrl, read, {}, await token(Department.HOUSING)), read).coalToElectricity.edges.map((e) => e.node);
    expect(node.households).toBe(1);
    expect(node.history.map((h) => [h.current, h.batchId, h.contributedBy, h.values.households])).toEqual([
      [false, "separate-databases", "GRID", 2001],
      [true, "separate-databases-fix", "GRID", 1],
    ]);
  });

  it("refuses a CONDITIONAL read without a grant, and serves and audits it once the owner approved a request", async () => {
    const housing = await token(Department.HOUSING, Role.MEMBER);
    const refused = await gql<Enterprises>(gatewayUrl, ENTERPRISES, {}, housing);
    expect(refused.status).toBe(200);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "GRANT_REQUIRED", dataset: "ELECTRICITY_READINGS", owner: "GRID" });
    expect(refused.data?.enterprises.edges.every((e) => e.node.electricityUse === null)).toBe(true);

    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const request = `mutation R($until: Date!) { requestAccess(dataset: ELECTRICITY_READINGS, purpose: "Electricity use of construction enterprises", until: $until) { id status owner } }`;
    const asked = ok(await gql<{ requestAccess: { id: string; status: string; owner: string } }>(gatewayUrl, request, { until }, housing), request).requestAccess;
    expect(asked).toMatchObject({ status: "PENDING", owner: "GRID" });
    const decide = `mutation D($id: ID!) { decideAccess(requestId: $id, approve: true, note: "for the dust campaign") { status active } }`;
    const decided = ok(await gql<{ decideAccess: { status: string; active: boolean } }>(gatewayUrl, decide, { id: asked.id }, await token(Department.GRID, Role.ADMIN)), decide);
    expect(decided.decideAccess).toEqual({ status: "APPROVED", active: true });
    // the request and its decision are the hub's, in its database and its chain; grid's database holds no grant
    expect(await sql(dbUrl[HUB], "select status from hub.access_requests where id = $1", [asked.id])).toEqual([{ status: "APPROVED" }]);
    expect(await sql(dbUrl[HUB], "select kind from hub.audit_events where entry->>'requestId' = $1 order by id", [asked.id])).toEqual([{ kind: "ACCESS_REQUEST" }, { kind: "ACCESS_DECISION" }]);
    expect(await sql(dbUrl[SECOND], "select 1 from hub.access_requests")).toEqual([]);

    // grid's process, on the second cluster, finds the grant in the hub's database and audits the read there
    const served = ok(await gql<Enterprises>(gatewayUrl, ENTERPRISES, {}, await token(Department.HOUSING, Role.MEMBER)), ENTERPRISES);
    expect(served.enterprises.edges.some((e) => (e.node.electricityUse?.totalKwh ?? 0) > 0)).toBe(true);
    const reads = await sql<{ entry: { role: string; operationName: string } }>(
      dbUrl[HUB],
      "select entry from hub.audit_events where kind = 'READ' and department = 'HOUSING' and dataset = 'ELECTRICITY_READINGS'",
    );
    expect(reads).toHaveLength(1);
    expect(reads[0].entry).toMatchObject({ role: "member", operationName: "SeparateEnterprises" });
    expect(await sql(dbUrl[SECOND], "select 1 from hub.audit_events where kind = 'READ'")).toEqual([]);
  });

  it("runs a cross-department report through the gateway", async () => {
    const client = createClient({ url: gatewayUrl, token: await token(Department.ENVIRONMENT, Role.ANALYST), retries: 0 });
    const r = await REPORTS["emergency-compliance"].run(client, { warning: "W2021-410100-01" });
    expect(r.rows.length).toBeGreaterThan(0);
  });

  it("serves the same processes behind Hive Gateway: a cross-department query, a contribution to the second cluster, GRANT_REQUIRED", async () => {
    const viaHive = ok(await gql<Enterprises>(hiveUrl, ENTERPRISES, {}, await token(Department.ENVIRONMENT, Role.ANALYST)), ENTERPRISES);
    const viaApollo = ok(await gql<Enterprises>(gatewayUrl, ENTERPRISES, {}, await token(Department.ENVIRONMENT, Role.ANALYST)), ENTERPRISES);
    expect(viaHive.enterprises.edges.map((e) => e.node)).toEqual(viaApollo.enterprises.edges.map((e) => e.node));
    expect(viaHive.enterprises.edges.some((e) => (e.node.electricityUse?.totalKwh ?? 0) > 0)).toBe(true);

    const m = `mutation C($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "separate-databases-hive", rows: $rows) { accepted } }`;
    const done = ok(await gql<{ contributeCoalToElectricity: { accepted: number } }>(hiveUrl, m, { rows: [{ countyCode: "410122", year: 2009, households: 9 }] }, await token(Department.GRID)), m);
    expect(done.contributeCoalToElectricity.accepted).toBe(1);
    expect(await sql(dbUrl[SECOND], "select households from grid.coal_to_electricity where county_code = '410122' and year = 2009")).toEqual([{ households: 9 }]);

    // transport holds no grant on grid's readings
    const refused = await gql<Enterprises>(hiveUrl, ENTERPRISES, {}, await token(Department.TRANSPORT, Role.MEMBER));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "GRANT_REQUIRED", dataset: "ELECTRICITY_READINGS", owner: "GRID" });
    expect(refused.data?.enterprises.edges.every((e) => e.node.electricityUse === null)).toBe(true);
  });

  it("holds the per-token rate limit with the counters in the hub's database", async () => {
    // the burst within one window (60 s, fixed): not begun in a window's last 20 s
    const left = 60 - ((Date.now() / 1000) % 60);
    if (left < 20) await new Promise((r) => setTimeout(r, left * 1000 + 200));
    const t = await token(Department.TRANSPORT);
    const jti = (JSON.parse(Buffer.from(t.split(".")[1], "base64url").toString()) as { jti: string }).jti;
    for (let i = 0; i < TOKEN_LIMIT; i++) expect((await gql(gatewayUrl, "{ __typename }", {}, t)).status, `request ${i + 1}`).toBe(200);
    const over = await gql(gatewayUrl, "{ __typename }", {}, t);
    expect(over.status).toBe(429);
    expect(over.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: TOKEN_LIMIT, setting: "LANTIAN_RATE_LIMIT_TOKEN" });
    // the gateway sends its counts every 250 ms
    const counted = await eventually("the token's counter in the hub's database", async () => {
      const [row] = await sql<{ hits: number }>(dbUrl[HUB], "select hits from hub.rate_limits where bucket = $1", [`token:jti:${jti}`]);
      return row?.hits === TOKEN_LIMIT && row;
    });
    expect(counted.hits).toBe(TOKEN_LIMIT);
    expect(await sql(dbUrl[SECOND], "select 1 from hub.rate_limits")).toEqual([]);
  });

  it("behind Hive Gateway too: the limits refuse with their codes, the rate limit counts in the hub's database, the read audit there records the operation", async () => {
    const refused = async (res: Promise<{ status: number; errors?: { extensions?: Record<string, unknown> }[] }>) => {
      const r = await res;
      return [r.status, r.errors?.[0]?.extensions?.code];
    };
    expect(await refused(gql(hiveUrl, "{ regions { code } }", {}, null))).toEqual([401, "UNAUTHENTICATED"]);
    const env = await token(Department.ENVIRONMENT, Role.ANALYST);
    // 11 fields deep, the default limit being 10
    const deep = `{ enterprises(first: 1) { edges { node { gateRecords(first: 1) { edges { node { vehicle { passages(first: 1) { edges { node { plate } } } } } } } } } } }`;
    expect(await refused(gql(hiveUrl, deep, {}, env))).toEqual([400, "DEPTH_LIMIT"]);
    // 500 vehicles × 500 passages each: far over the default 20,000
    expect(await refused(gql(hiveUrl, `{ vehicles(first: 500) { edges { node { vin passages(first: 500) { edges { node { plate } } } } } } }`, {}, env))).toEqual([400, "COST_LIMIT"]);
    const rows = Array.from({ length: 3000 }, (_, i) => ({ countyCode: "410122", year: 1000 + i, households: i }));
    const m = `mutation($rows: [CoalToElectricityInput!]!) { contributeCoalToElectricity(batchId: "separate-too-large", rows: $rows) { accepted } }`;
    expect(await refused(gql(hiveUrl, m, { rows }, await token(Department.GRID)))).toEqual([413, "PAYLOAD_TOO_LARGE"]);

    // housing holds the grant approved above: grid's process audits its read in the hub's database, under the client's operation
    const read = `query HiveSeparateRead { enterprises(first: 5) { edges { node { creditCode electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh } } } } }`;
    ok(await gql(hiveUrl, read, {}, await token(Department.HOUSING, Role.MEMBER)), read);
    const audited = await sql<{ entry: Record<string, unknown> }>(dbUrl[HUB], "select entry from hub.audit_events where kind = 'READ' and entry->>'operationName' = 'HiveSeparateRead'");
    expect(audited.map((r) => [r.entry.dataset, r.entry.department, r.entry.operationHash])).toEqual([["ELECTRICITY_READINGS", "HOUSING", crypto.createHash("sha256").update(read).digest("hex")]]);

    // a burst over the per-token limit, within one window (60 s, fixed): not begun in a window's last 20 s
    const left = 60 - ((Date.now() / 1000) % 60);
    if (left < 20) await new Promise((r) => setTimeout(r, left * 1000 + 200));
    const t = await token(Department.AGRICULTURE);
    const jti = (JSON.parse(Buffer.from(t.split(".")[1], "base64url").toString()) as { jti: string }).jti;
    for (let i = 0; i < TOKEN_LIMIT; i++) expect((await gql(hiveUrl, "{ __typename }", {}, t)).status, `request ${i + 1}`).toBe(200);
    expect(await refused(gql(hiveUrl, "{ __typename }", {}, t))).toEqual([429, "RATE_LIMITED"]);
    const counted = await eventually("the token's counter in the hub's database", async () => {
      const [row] = await sql<{ hits: number }>(dbUrl[HUB], "select hits from hub.rate_limits where bucket = $1", [`token:jti:${jti}`]);
      return row?.hits === TOKEN_LIMIT && row;
    });
    expect(counted.hits).toBe(TOKEN_LIMIT);
  });

  it("verifies every database's audit chain with `lantian audit verify`", async () => {
    const env: Record<string, string> = { DATABASE_URL: "", DATABASE_URL_HUB: dbUrl[HUB], LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LANTIAN_DATA_DIR: dataDir, LOG_LEVEL: "error" };
    for (const d of DEPARTMENTS) env[`DATABASE_URL_${d}`] = dbUrl[d];
    const verify = spawnCli(["audit", "verify"], env);
    const code = await verify.exited;
    const out = verify.output();
    expect(code, out).toBe(0);
    const intact = out.split("\n").filter((l) => /^audit trail of [a-z-]+: \d+ entries, chain intact/.test(l));
    expect(new Set(intact.map((l) => /^audit trail of ([a-z-]+):/.exec(l)![1]))).toEqual(new Set(SUBGRAPH_IDS.map(subgraphSlug)));

    // the checkpoints `audit checkpoint` prints, one per chain, kept in a file: verify holds each chain to its own
    const printed = spawnCli(["audit", "checkpoint"], env);
    expect(await printed.exited, printed.output()).toBe(0);
    const lines = printed.output().split("\n").filter((l) => l.startsWith("{"));
    expect(lines).toHaveLength(SUBGRAPH_IDS.length);
    const file = path.join(dataDir, "checkpoints.jsonl");
    fs.writeFileSync(file, lines.join("\n") + "\n");
    const held = spawnCli(["audit", "verify", "--checkpoint", file], env);
    const heldCode = await held.exited;
    expect(heldCode, held.output()).toBe(0);
    expect(held.output().split("\n").filter((l) => /chain intact, checkpoint of .* at entry \d+$/.test(l))).toHaveLength(SUBGRAPH_IDS.length);
    // a checkpoint of a chain no database holds: a trail gone
    fs.appendFileSync(file, JSON.stringify({ ...JSON.parse(lines[0]), chain: "00000000-0000-0000-0000-000000000000" }) + "\n");
    const gone = spawnCli(["audit", "verify", "--checkpoint", file], env);
    expect(await gone.exited).toBe(1);
    expect(gone.output()).toContain("audit trail of chain 00000000-0000-0000-0000-000000000000: the checkpoint of");
  });

  it("has each process connect to its own database and the hub's, never to another department's", async () => {
    const allowed = (s: SubgraphId | "gateway") => new Set(s === HUB || s === "gateway" ? [dbLabel[HUB]] : [dbLabel[s], dbLabel[HUB]]);
    for (const s of [...SUBGRAPH_IDS, "gateway" as const]) {
      // every process holds pools on each of its databases while serving: the watcher saw them all
      expect(seen.get(appName(s)), `the databases ${appName(s)} connected to`).toEqual(allowed(s));
    }
  });

  it("serves as the runtime logins LANTIAN_RUNTIME_DATABASE_URL_HUB and LANTIAN_RUNTIME_DATABASE_URL_GRID name", async () => {
    const hubAs = `${dbLabel[HUB]} ${runtimeLogin[HUB]}`;
    // every department's process reads grants and writes the audit of reads as the hub's runtime login
    for (const s of SUBGRAPH_IDS) expect(logins.get(appName(s)), appName(s)).toContain(hubAs);
    // the gateway migrates nothing: its rate-limit counters only ever as that login
    expect(logins.get(appName("gateway"))).toEqual(new Set([hubAs]));
    expect(logins.get(appName(SECOND))).toContain(`${dbLabel[SECOND]} ${runtimeLogin[SECOND]}`);
    // granted by grid's owner at start: grid's rows, not its schema
    expect(await sql(gridRuntimeUrl, "select count(*)::int as n from grid.coal_to_electricity")).toEqual([{ n: expect.any(Number) }]);
    await expect(sql(gridRuntimeUrl, "create table grid.probe (a int)")).rejects.toThrow(/permission denied/);
  });
});
