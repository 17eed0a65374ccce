import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { freePort } from "../src/db/embedded-postgres.js";
import { Department } from "../src/shared/departments.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { createTestDatabase, sql } from "./support/db.js";
import { startTestHub, TEST_AUDIT_KEY, TEST_SECRET, token, type TestHub } from "./support/hub.js";
import { savedOperations } from "./support/operations.js";
import { spawnCli, waitFor, type Spawned } from "./support/process.js";

/**
 * The gateway sends a query that one subgraph answers whole straight to that subgraph (src/server/
 * direct-fetch.ts). The first request of an operation goes through Apollo Gateway's query plan, the next
 * ones directly; so each request here is sent twice over HTTP and the two answers must be the same, byte
 * for byte, with the route each took read from /metrics (lantian_gateway_operations_total).
 */

const METRICS_TOKEN = "metrics-token-for-tests-0123456789abcdef";
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ metrics: { token: METRICS_TOKEN, loopback: false }, limits: { rateLimit: 0 } });
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

/** The gateway's count of operations by route. */
async function routes(): Promise<{ direct: number; planned: number }> {
  const text = await (await fetch(hub.url.replace(/\/graphql$/, "/metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const count = (route: string) => Number(new RegExp(`^lantian_gateway_operations_total\\{route="${route}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  return { direct: count("direct"), planned: count("planned") };
}

async function post(query: string, variables: Record<string, unknown> | undefined, as: [Department, Role], operationName?: string) {
  const res = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${await token(...as)}` },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: res.status, body: await res.text() };
}

/** Sends the request twice; returns both answers and the route the second took. */
async function twice(query: string, variables: Record<string, unknown> | undefined, as: [Department, Role], operationName?: string) {
  const first = await post(query, variables, as, operationName);
  const before = await routes();
  const second = await post(query, variables, as, operationName);
  const after = await routes();
  const route = after.direct - before.direct === 1 ? "direct" : after.planned - before.planned === 1 ? "planned" : "none";
  return { first, second, route };
}

const PS: [Department, Role] = [Department.PUBLIC_SECURITY, Role.MEMBER];
const FLAT = "{ vehicles(first: 50) { edges { node { vin plate plateColor vehicleType fuel emissionStage registeredOn } } } }";

describe("queries one subgraph answers whole go to it directly, with the planned answer", () => {
  // [what, query, variables, as, route of the second request]; the routes by the rule: a query whose plan is
  // one fetch from one subgraph with nothing required from another, reading no introspection, goes direct
  const CASES: [string, string, Record<string, unknown> | undefined, [Department, Role], "direct" | "planned"][] = [
    ["the flat read shape", FLAT, undefined, PS, "direct"],
    ["the nested read shape", "{ vehicles(first: 20) { edges { node { vin plate passages(first: 20) { edges { node { passedAt checkpointCode direction plate } } } } } } }", undefined, PS, "direct"],
    ["aliases, a named fragment, an inline fragment and the root's __typename", "{ __typename a: vehicles(first: 3) { edges { node { ...V } } } b: vehicles(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Vehicle { v: vin } } } } } fragment V on Vehicle { vin plate __typename }", undefined, PS, "direct"],
    ["variables, and @include", "query($n: Int!, $with: Boolean!) { vehicles(first: $n) { edges { node { vin plate @include(if: $with) } } } }", { n: 4, with: false }, PS, "direct"],
    ["a cursor this list never issued (the resolver's refusal)", '{ vehicles(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { vin } } } }', undefined, PS, "direct"],
    ["masked personal fields read by another department", "{ vehicles(first: 5) { edges { node { vin ownerName ownerIdNumber } } } }", undefined, [Department.GRID, Role.ANALYST], "direct"],
    ["CONDITIONAL records without a grant", "{ gateRecords(first: 3) { edges { node { plate passedAt direction } } } }", undefined, [Department.HOUSING, Role.MEMBER], "direct"],
    // where Apollo's result shaping answers otherwise than the subgraph: planned always
    ["a field aliased __typename: planned", "{ vehicles(first: 2) { edges { node { __typename: vin plate } } } }", undefined, PS, "planned"],
    ["a response key selected twice through inline fragments: planned", "{ vehicles(first: 2) { edges { node { ... on Vehicle { plate } vin ... on Vehicle { fuel plate } } } } }", undefined, PS, "planned"],
    ["three subgraphs: planned", "{ enterprises(first: 5) { edges { node { name performanceGrade } } } }", undefined, [Department.ENVIRONMENT, Role.ANALYST], "planned"],
    ["introspection beside a field: planned", "{ __schema { queryType { name } } vehicles(first: 1) { edges { node { vin } } } }", undefined, PS, "planned"],
  ];

  for (const [what, query, variables, as, route] of CASES) {
    it(`${what}: ${route}`, async () => {
      const { first, second, route: took } = await twice(query, variables, as);
      expect(took).toBe(route);
      expect(second.status).toBe(first.status);
      expect(second.body).toBe(first.body);
    });
  }

  it("variables the supergraph refuses are refused alike on both routes", async () => {
    // refused variables stop the gateway before it plans: the route is noted from a good request between
    const q = "query($n: Int!) { vehicles(first: $n) { edges { node { vin } } } }";
    const planned = await post(q, { n: "four" }, PS);
    expect((await twice(q, { n: 1 }, PS)).route).toBe("direct");
    const before = await routes();
    const direct = await post(q, { n: "four" }, PS);
    expect((await routes()).direct).toBe(before.direct + 1);
    expect(direct.status).toBe(planned.status);
    expect(direct.body).toBe(planned.body);
    expect(JSON.parse(direct.body).errors[0].message).toContain("four");
  });

  it("errors of a direct answer carry the subgraph's name and path, as the planned ones do", async () => {
    const { second } = await twice('{ vehicles(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { vin } } } }', undefined, PS);
    const { errors } = JSON.parse(second.body) as { errors: { path?: string[]; locations?: unknown; extensions: Record<string, unknown> }[] };
    expect(errors[0]).toMatchObject({ path: ["vehicles"], extensions: { code: "BAD_USER_INPUT", serviceName: "public-security" } });
    expect(errors[0].locations).toBeUndefined();
  });

  it("every saved query operation (schema/operations/) answers the same both times", async () => {
    let direct = 0;
    for (const op of savedOperations()) {
      if (/^\s*mutation\b/m.test(op.source)) continue;
      const { first, second, route } = await twice(op.source, op.variables, [Department.ENVIRONMENT, Role.ANALYST]);
      expect(second.status, op.name).toBe(first.status);
      expect(second.body, op.name).toBe(first.body);
      if (route === "direct") direct++;
    }
    expect(direct, "saved operations one subgraph answers").toBeGreaterThan(2);
  });

  it("a mutation is always planned", async () => {
    const m = `mutation { requestExport(dataset: CHECKPOINTS, format: CSV) { status } }`;
    const { route } = await twice(m, undefined, [Department.TRANSPORT, Role.MEMBER]);
    expect(route).toBe("planned");
  });

  it("a CONDITIONAL read sent directly is audited as the planned one: the client's operation, the records read", async () => {
    const q = "query DirectAudit { gateRecords(first: 4) { edges { node { plate passedAt direction } } } }";
    const { first, second, route } = await twice(q, undefined, [Department.ENVIRONMENT, Role.ANALYST], "DirectAudit");
    expect(route).toBe("direct");
    expect(second.body).toBe(first.body);
    const reads = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and entry->>'operationName' = 'DirectAudit' order by id");
    expect(reads).toHaveLength(2);
    for (const { entry } of reads) expect(entry).toMatchObject({ dataset: "GATE_RECORDS", department: "ENVIRONMENT", role: "analyst", sharingClass: "CONDITIONAL", recordCount: 4 });
    expect(reads[1].entry.operationHash).toBe(reads[0].entry.operationHash);
  });
});

describe("a subgraph that does not answer (the distributed form)", () => {
  let gateway: Spawned;
  let url: string;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ports = await Promise.all(SUBGRAPH_IDS.map(() => freePort()));
    const env = { DATABASE_URL: db.url, LANTIAN_JWT_SECRET: TEST_SECRET, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LANTIAN_DEMO_DATA: "false", LANTIAN_METRICS_TOKEN: METRICS_TOKEN };
    const port = await freePort();
    // no subgraph process listens on these ports
    gateway = spawnCli(["gateway", "--port", String(port), ...SUBGRAPH_IDS.map((s, i) => `--subgraph-url=${subgraphSlug(s)}=http://127.0.0.1:${ports[i]}/graphql`)], env);
    await waitFor(`http://127.0.0.1:${port}/healthz`, gateway);
    url = `http://127.0.0.1:${port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    gateway?.child.kill("SIGTERM");
    await gateway?.exited;
    await db?.drop();
  });

  it("is answered alike on both routes: SUBGRAPH_UNAVAILABLE, with data null", async () => {
    const auth = `Bearer ${await token(Department.PUBLIC_SECURITY)}`;
    const send = async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: auth }, body: JSON.stringify({ query: "{ vehicles(first: 2) { edges { node { vin } } } }" }) });
      return { status: res.status, body: await res.text() };
    };
    const planned = await send();
    const direct = await send();
    const metrics = await (await fetch(url.replace(/\/graphql$/, "/metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metrics).toMatch(/^lantian_gateway_operations_total\{route="direct"\} 1$/m);
    expect(direct.status).toBe(planned.status);
    expect(direct.body).toBe(planned.body);
    expect(JSON.parse(direct.body)).toMatchObject({ data: null, errors: [{ extensions: { code: "SUBGRAPH_UNAVAILABLE" } }] });
  });
});
