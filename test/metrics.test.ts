import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { metricsRefusal } from "../src/server/metrics.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";

/** The operator's view: /metrics of the all-in-one hub over real HTTP, read with the metrics token. */
const METRICS_TOKEN = "metrics-token-for-tests-0123456789abcdef";

let hub: TestHub;
let metricsUrl: string;
beforeAll(async () => {
  hub = await startTestHub({ metrics: { token: METRICS_TOKEN, loopback: false }, limits: { rateLimit: 0 } });
  metricsUrl = hub.url.replace(/\/graphql$/, "/metrics");
});
afterAll(async () => {
  await hub?.stop();
});

type Labels = Record<string, string>;

/** The samples of one metric in Prometheus' text format, with their labels. */
function samples(text: string, name: string): { labels: Labels; value: number }[] {
  const out: { labels: Labels; value: number }[] = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels: Labels = {};
    for (const l of (m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

/** The sum of a metric's samples whose labels include `want` (0 when there is none yet). */
function value(text: string, name: string, want: Labels = {}): number {
  return samples(text, name)
    .filter((s) => Object.entries(want).every(([k, v]) => s.labels[k] === v))
    .reduce((n, s) => n + s.value, 0);
}

async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

describe("/metrics of the all-in-one hub", () => {
  it("counts a request under its operation name and department once it ran: the counter goes up by exactly 1", async () => {
    const q = `query MetricsProbe { region(code: "410100") { name } }`;
    const labels = { server: "gateway", operation: "MetricsProbe", department: "environment" };
    const before = await scrape();
    await hub.query(q, {}, [Department.ENVIRONMENT, Role.ANALYST]);
    const after = await scrape();
    expect(value(after, "lantian_graphql_requests_total", { ...labels, status: "200" }) - value(before, "lantian_graphql_requests_total", { ...labels, status: "200" })).toBe(1);
    expect(value(after, "lantian_graphql_request_duration_seconds_count", labels) - value(before, "lantian_graphql_request_duration_seconds_count", labels)).toBe(1);
    // the gateway's fetch from the subgraph serving region, under the client's operation name
    const fetches = (t: string) => value(t, "lantian_subgraph_fetch_duration_seconds_count", { operation: "MetricsProbe", department: "environment" });
    expect(fetches(after) - fetches(before)).toBeGreaterThanOrEqual(1);
    expect(samples(after, "lantian_subgraph_fetch_duration_seconds_count").find((s) => s.labels.operation === "MetricsProbe")?.labels.subgraph).toBe("environment");
  });

  it("counts errors by code, and requests refused before any operation as operation and department none", async () => {
    const before = await scrape();
    const noToken = await gql(hub.url, `query MetricsProbe { region(code: "410100") { name } }`, {}, null);
    expect(noToken.status).toBe(401);
    const invalid = await gql(hub.url, `{ region(code: "410100") { nam } }`, {}, await token(Department.GRID));
    expect(invalid.status).toBe(400);
    const after = await scrape();
    const delta = (name: string, labels: Labels) => value(after, name, labels) - value(before, name, labels);
    expect(delta("lantian_graphql_errors_total", { server: "gateway", code: "UNAUTHENTICATED" })).toBe(1);
    expect(delta("lantian_graphql_errors_total", { server: "gateway", code: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(delta("lantian_graphql_requests_total", { operation: "none", department: "none", status: "401" })).toBe(1);
    expect(delta("lantian_graphql_requests_total", { operation: "none", department: "grid", status: "400" })).toBe(1);
  });

  it("counts contributed rows accepted and rejected by dataset", async () => {
    const [{ credit_code: creditCode }] = await sql<{ credit_code: string }>(hub.dbUrl, "select credit_code from market_regulation.enterprises order by credit_code limit 1");
    const m = `mutation($rows: [PerformanceGradeInput!]!) { r: contributePerformanceGrades(batchId: "metrics-1", atomic: false, rows: $rows) { accepted rejected } }`;
    const rows = [
      { creditCode, grade: "B", gradedOn: "2021-05-10" },
      { creditCode, grade: "E", gradedOn: "2021-05-11" },
    ];
    const labels = (outcome: string) => ({ dataset: "PERFORMANCE_GRADES", outcome });
    const before = await scrape();
    const res = ok(await gql<{ r: { accepted: number; rejected: number } }>(hub.url, m, { rows }, await token(Department.ENVIRONMENT, Role.MEMBER)), m);
    expect(res.r).toEqual({ accepted: 1, rejected: 1 });
    const after = await scrape();
    expect(value(after, "lantian_contribution_rows_total", labels("accepted")) - value(before, "lantian_contribution_rows_total", labels("accepted"))).toBe(1);
    expect(value(after, "lantian_contribution_rows_total", labels("rejected")) - value(before, "lantian_contribution_rows_total", labels("rejected"))).toBe(1);
  });

  it("shows the read-audit wait, the database pools and the process", async () => {
    const [w] = await sql<{ from: string; to: string }>(
      hub.dbUrl,
      `select to_char(min(passed_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as from, to_char(max(passed_at) + interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as to
       from public_security.passages p join public_security.checkpoints c on c.code = p.checkpoint_code where c.region_code like '4101%'`,
    );
    // CHECKPOINT_PASSAGES is CONDITIONAL: the answer waits for its audit entry's group commit
    const q = `query AuditedRead($from: DateTime!, $to: DateTime!) { passages(cityCode: "410100", from: $from, to: $to, first: 5) { edges { node { plate } } } }`;
    const before = await scrape();
    await hub.query(q, w, [Department.ENVIRONMENT, Role.ANALYST]);
    const after = await scrape();
    expect(value(after, "lantian_read_audit_wait_seconds_count") - value(before, "lantian_read_audit_wait_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(value(after, "lantian_read_audit_commits_total", { outcome: "committed" })).toBeGreaterThanOrEqual(1);
    expect(value(after, "lantian_read_audit_waiting")).toBe(0);
    // every department on the one database: its pool, the bookkeeping pool and the rate limiter's
    const pools = new Set(samples(after, "lantian_db_pool_connections").map((s) => s.labels.pool));
    expect(pools.has("bookkeeping")).toBe(true);
    expect([...pools].some((p) => p.includes("environment"))).toBe(true);
    expect(samples(after, "lantian_db_pool_waiting").length).toBeGreaterThan(0);
    expect(value(after, "lantian_db_pool_max", { pool: "bookkeeping" })).toBe(2);
    expect(value(after, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(samples(after, "nodejs_eventloop_lag_seconds").length).toBe(1);
    // no metric of this registry can be taken for one of the plan's indicators
    const names = after.split("\n").filter((l) => l.startsWith("# TYPE ")).map((l) => l.split(" ")[2]);
    expect(names.filter((n) => !/^(lantian_|process_|nodejs_)/.test(n))).toEqual([]);
  });
});

describe("who may read /metrics", () => {
  it("refuses a request without a token (401), with a wrong token or a hub token (403), and other methods (405), never showing the metrics", async () => {
    const none = await fetch(metricsUrl);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const noneBody = await none.text();
    expect(JSON.parse(noneBody)).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    expect(noneBody).toMatch(/LANTIAN_METRICS_TOKEN/);
    for (const authorization of [`Bearer ${METRICS_TOKEN}x`, `Bearer ${await token(Department.ENVIRONMENT, Role.ADMIN)}`]) {
      const wrong = await fetch(metricsUrl, { headers: { authorization } });
      expect(wrong.status).toBe(403);
      const body = await wrong.text();
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
      expect(body).not.toMatch(/lantian_/);
    }
    const post = await fetch(metricsUrl, { method: "POST", headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(post.status).toBe(405);
  });

  it("is not served at all (404) by a hub where it is not configured", async () => {
    const plain = await startTestHub();
    try {
      const url = plain.url.replace(/\/graphql$/, "/metrics");
      for (const headers of [{}, { authorization: `Bearer ${METRICS_TOKEN}` }] as Record<string, string>[]) {
        const res = await fetch(url, { headers });
        expect(res.status).toBe(404);
        const body = await res.text();
        expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
        expect(body).toMatch(/LANTIAN_METRICS_TOKEN.*LANTIAN_METRICS_LOOPBACK/);
      }
    } finally {
      await plain.stop();
    }
  });

  it("with LANTIAN_METRICS_LOOPBACK, serves this machine's addresses without a token and no other", () => {
    const loopback = { token: undefined, loopback: true };
    expect(metricsRefusal(loopback, { remoteAddress: "127.0.0.1", authorization: undefined })).toBeNull();
    expect(metricsRefusal(loopback, { remoteAddress: "::1", authorization: undefined })).toBeNull();
    expect(metricsRefusal(loopback, { remoteAddress: "::ffff:127.0.0.1", authorization: undefined })).toBeNull();
    expect(metricsRefusal(loopback, { remoteAddress: "10.1.2.3", authorization: undefined })?.status).toBe(403);
    expect(metricsRefusal(loopback, { remoteAddress: "::ffff:10.1.2.3", authorization: `Bearer ${METRICS_TOKEN}` })?.status).toBe(403);
    // both: loopback without a token, anyone with the right one; a wrong token is refused even from loopback
    const both = { token: METRICS_TOKEN, loopback: true };
    expect(metricsRefusal(both, { remoteAddress: "127.0.0.1", authorization: undefined })).toBeNull();
    expect(metricsRefusal(both, { remoteAddress: "10.1.2.3", authorization: `Bearer ${METRICS_TOKEN}` })).toBeNull();
    expect(metricsRefusal(both, { remoteAddress: "10.1.2.3", authorization: undefined })?.status).toBe(401);
    expect(metricsRefusal(both, { remoteAddress: "127.0.0.1", authorization: "Bearer nope" })?.status).toBe(403);
  });
});
