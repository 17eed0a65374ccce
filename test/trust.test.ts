import "reflect-metadata";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { startSubgraphServer, type RunningServer } from "../src/server/hub.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, TEST_AUDIT_KEY, token, type TestHub } from "./support/hub.js";
import { CLI } from "./support/process.js";

let hub: TestHub;
let subgraph: RunningServer;
let passageWindow: { from: string; to: string };

beforeAll(async () => {
  hub = await startTestHub();
  // public security's subgraph on its own, over HTTP, as in the distributed form
  subgraph = await startSubgraphServer({ ...hub.config, port: 0 }, Department.PUBLIC_SECURITY, createLogger("error", "ps"), 0);
  const [w] = await sql<{ from: string; to: string }>(
    hub.dbUrl,
    `select to_char(min(passed_at), 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as from, to_char(max(passed_at) + interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as to
     from public_security.passages p join public_security.checkpoints c on c.code = p.checkpoint_code where c.region_code like '4101%'`,
  );
  passageWindow = w;
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
  await hub?.stop();
});

const PASSAGES_AND_VEHICLES = `query Mixed($from: DateTime!, $to: DateTime!) {
  passages(cityCode: "410100", from: $from, to: $to, first: 5) { totalCount edges { node { plate passedAt } } }
  vehicles(first: 3) { edges { node { vin plate ownerName ownerIdNumber } } }
}`;

type Mixed = {
  passages: { totalCount: number; edges: { node: { plate: string } }[] } | null;
  vehicles: { edges: { node: { vin: string; plate: string; ownerName: string | null; ownerIdNumber: string | null } }[] };
};

async function rawOwners(vins: string[]) {
  const rows = await sql<{ vin: string; owner_name: string | null; owner_id_number: string | null }>(
    hub.dbUrl,
    "select vin, owner_name, owner_id_number from public_security.vehicles where vin = any($1)",
    [vins],
  );
  return new Map(rows.map((r) => [r.vin, r]));
}

describe.each([
  ["through the gateway", () => hub.url],
  ["against the public-security subgraph directly", () => subgraph.url],
])("sharing classes %s", (_, url) => {
  it("CONDITIONAL without a grant: null and GRANT_REQUIRED with path and dataset; the rest is served", async () => {
    const res = await gql<Mixed>(url(), PASSAGES_AND_VEHICLES, passageWindow, await token(Department.HOUSING, Role.MEMBER));
    expect(res.status).toBe(200);
    expect(res.data?.passages).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].path).toEqual(["passages"]);
    expect(res.errors![0].extensions).toMatchObject({ code: "GRANT_REQUIRED", dataset: "CHECKPOINT_PASSAGES", owner: "PUBLIC_SECURITY" });
    expect(res.errors![0].message).toContain("requestAccess");
    expect(res.data?.vehicles.edges).toHaveLength(3);
  });

  it("RESTRICTED personal data: masked for another department, whole for the owner", async () => {
    const other = ok(await gql<Mixed>(url(), `{ vehicles(first: 20) { edges { node { vin ownerName ownerIdNumber } } } }`, {}, await token(Department.GRID, Role.ANALYST)), "vehicles");
    const owner = ok(await gql<Mixed>(url(), `{ vehicles(first: 20) { edges { node { vin ownerName ownerIdNumber } } } }`, {}, await token(Department.PUBLIC_SECURITY, Role.MEMBER)), "vehicles");
    const raw = await rawOwners(owner.vehicles.edges.map((e) => e.node.vin));
    const withOwner = owner.vehicles.edges.filter((e) => raw.get(e.node.vin)?.owner_name);
    expect(withOwner.length).toBeGreaterThan(0);
    for (const { node } of owner.vehicles.edges) {
      expect(node.ownerName).toBe(raw.get(node.vin)?.owner_name || null);
      expect(node.ownerIdNumber).toBe(raw.get(node.vin)?.owner_id_number || null);
    }
    for (const { node } of other.vehicles.edges) {
      const r = raw.get(node.vin)!;
      if (!r.owner_name) continue;
      expect(node.ownerName).toBe([...r.owner_name][0] + "*".repeat([...r.owner_name].length - 1));
      expect(node.ownerName).not.toBe(r.owner_name);
      if (r.owner_id_number) expect(node.ownerIdNumber).toBe(`${r.owner_id_number.slice(0, 4)}${"*".repeat(r.owner_id_number.length - 8)}${r.owner_id_number.slice(-4)}`);
    }
  });

  it("RESTRICTED without a mask: null and FORBIDDEN for others, the versions for the owner", async () => {
    const q = `{ vehicles(first: 2) { edges { node { vin history { version } } } } }`;
    const res = await gql<{ vehicles: { edges: { node: { vin: string; history: unknown[] | null } }[] } }>(url(), q, {}, await token(Department.ENVIRONMENT, Role.ADMIN));
    expect(res.data?.vehicles.edges.map((e) => e.node.history)).toEqual([null, null]);
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.dataset, e.path?.at(-1)])).toEqual([
      ["FORBIDDEN", "VEHICLES", "history"],
      ["FORBIDDEN", "VEHICLES", "history"],
    ]);
    const own = ok(await gql<{ vehicles: { edges: { node: { history: unknown[] } }[] } }>(url(), q, {}, await token(Department.PUBLIC_SECURITY, Role.ANALYST)), q);
    expect(own.vehicles.edges.every((e) => Array.isArray(e.node.history) && e.node.history.length >= 1)).toBe(true);
  });
});

describe("grants", () => {
  const REQUEST = `mutation R($until: Date!) { requestAccess(dataset: CHECKPOINT_PASSAGES, purpose: "Count muck trucks entering Zhengzhou", until: $until) { id status replyDue overdue owner granteeDepartment granteeRole } }`;
  const DECIDE = `mutation D($id: ID!, $approve: Boolean!) { decideAccess(requestId: $id, approve: $approve, note: "for the dust campaign") { id status active decidedBy note } }`;
  const REVOKE = `mutation V($id: ID!) { revokeAccess(requestId: $id, note: "campaign over") { status active } }`;
  const until = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
  const readPassages = async () => gql<Mixed>(hub.url, PASSAGES_AND_VEHICLES, passageWindow, await token(Department.HOUSING, Role.ANALYST));

  it("request → owner admin approves → reads → revoked → refused on the next request; expired grants do not count", async () => {
    const asked = ok(await gql<{ requestAccess: { id: string; status: string; replyDue: string; overdue: boolean } }>(hub.url, REQUEST, { until }, await token(Department.HOUSING, Role.ANALYST)), REQUEST).requestAccess;
    expect(asked).toMatchObject({ status: "PENDING", overdue: false, owner: "PUBLIC_SECURITY", granteeDepartment: "HOUSING", granteeRole: "analyst" });
    // five working days: never a weekend, and at least 7 calendar days when a weekend falls between
    const due = new Date(`${asked.replyDue}T00:00:00Z`);
    expect([0, 6]).not.toContain(due.getUTCDay());
    expect((due.getTime() - Date.now()) / 86400_000).toBeGreaterThan(4);
    expect((due.getTime() - Date.now()) / 86400_000).toBeLessThan(8);

    expect((await readPassages()).errors?.[0].extensions?.code).toBe("GRANT_REQUIRED");
    // only an admin of the owner decides; a department that cannot see the request is told it does not exist
    for (const who of [[Department.PUBLIC_SECURITY, Role.MEMBER, "FORBIDDEN"], [Department.ENVIRONMENT, Role.ADMIN, "NOT_FOUND"], [Department.HOUSING, Role.ADMIN, "FORBIDDEN"]] as const) {
      const res = await gql(hub.url, DECIDE, { id: asked.id, approve: true }, await token(who[0], who[1]));
      expect(res.errors?.[0].extensions?.code, `${who}`).toBe(who[2]);
    }
    const approved = ok(await gql<{ decideAccess: { status: string; active: boolean } }>(hub.url, DECIDE, { id: asked.id, approve: true }, await token(Department.PUBLIC_SECURITY, Role.ADMIN)), DECIDE);
    expect(approved.decideAccess).toMatchObject({ status: "APPROVED", active: true });
    const again = await gql(hub.url, DECIDE, { id: asked.id, approve: false }, await token(Department.PUBLIC_SECURITY, Role.ADMIN));
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");

    const granted = await readPassages();
    expect(granted.errors).toBeUndefined();
    const [{ n }] = await sql<{ n: string }>(
      hub.dbUrl,
      "select count(*) as n from public_security.passages p join public_security.checkpoints c on c.code = p.checkpoint_code where c.region_code like '4101%' and passed_at >= $1 and passed_at < $2",
      [passageWindow.from, passageWindow.to],
    );
    expect(granted.data?.passages?.totalCount).toBe(Number(n));
    // other roles of the department hold no grant
    const member = await gql<Mixed>(hub.url, PASSAGES_AND_VEHICLES, passageWindow, await token(Department.HOUSING, Role.MEMBER));
    expect(member.errors?.[0].extensions?.code).toBe("GRANT_REQUIRED");

    await sql(hub.dbUrl, "update hub.access_requests set valid_until = (now() at time zone 'Asia/Shanghai')::date - 1 where id = $1", [asked.id]);
    expect((await readPassages()).errors?.[0].extensions?.code).toBe("GRANT_REQUIRED");
    await sql(hub.dbUrl, "update hub.access_requests set valid_until = $2 where id = $1", [asked.id, until]);
    expect((await readPassages()).errors).toBeUndefined();

    const revoked = ok(await gql<{ revokeAccess: { status: string; active: boolean } }>(hub.url, REVOKE, { id: asked.id }, await token(Department.PUBLIC_SECURITY, Role.ADMIN)), REVOKE);
    expect(revoked.revokeAccess).toEqual({ status: "REVOKED", active: false });
    expect((await readPassages()).errors?.[0].extensions?.code).toBe("GRANT_REQUIRED");
  });

  it("refuses requests that make no sense, saying why", async () => {
    const t = await token(Department.HOUSING, Role.MEMBER);
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation { requestAccess(dataset: ENTERPRISES, purpose: "a long enough purpose", until: "${until}") { id } }`, {}, "OPEN"],
      [`mutation { requestAccess(dataset: DUST_CHECKS, purpose: "a long enough purpose", until: "${until}") { id } }`, {}, "your department's own"],
      [`mutation { requestAccess(dataset: FUEL_SAMPLES, purpose: "short", until: "${until}") { id } }`, {}, "purpose"],
      [`mutation { requestAccess(dataset: FUEL_SAMPLES, purpose: "a long enough purpose", until: "2020-01-01") { id } }`, {}, "until"],
    ];
    for (const [q, v, words] of cases) {
      const res = await gql(hub.url, q, v, t);
      expect(res.errors?.[0].extensions?.code, q).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message, q).toContain(words);
    }
  });

  it("accessRequests shows a department its requests and those it must answer, with overdue ones flagged", async () => {
    const asked = ok(await gql<{ requestAccess: { id: string } }>(hub.url, REQUEST.replace("CHECKPOINT_PASSAGES", "FUEL_SAMPLES"), { until }, await token(Department.GRID, Role.MEMBER)), REQUEST).requestAccess;
    await sql(hub.dbUrl, "update hub.access_requests set reply_due = (now() at time zone 'Asia/Shanghai')::date - 1 where id = $1", [asked.id]);
    const q = `{ accessRequests(filter: { overdue: true }, first: 50) { totalCount edges { node { id dataset status overdue } } } }`;
    type R = { accessRequests: { totalCount: number; edges: { node: { id: string; overdue: boolean } }[] } };
    const owner = ok(await gql<R>(hub.url, q, {}, await token(Department.MARKET_REGULATION, Role.ADMIN)), q);
    expect(owner.accessRequests.edges.map((e) => e.node.id)).toContain(asked.id);
    expect(owner.accessRequests.edges.every((e) => e.node.overdue)).toBe(true);
    const requester = ok(await gql<R>(hub.url, q, {}, await token(Department.GRID, Role.MEMBER)), q);
    expect(requester.accessRequests.edges.map((e) => e.node.id)).toContain(asked.id);
    const stranger = ok(await gql<R>(hub.url, q, {}, await token(Department.AGRICULTURE, Role.ADMIN)), q);
    expect(stranger.accessRequests.edges.map((e) => e.node.id)).not.toContain(asked.id);
  });
});

describe("catalogue", () => {
  it("lists every dataset with owner, class, fields, size, freshness and grantees", async () => {
    const q = `{ catalog { name owner sharingClass description fields { path sharingClass mask } rowCount lastContributionAt grantees { department role until } } }`;
    type Entry = { name: string; owner: string; sharingClass: string; fields: { path: string; sharingClass: string; mask: string | null }[]; rowCount: number; grantees: { department: string; role: string }[] };
    const { catalog } = ok(await gql<{ catalog: Entry[] }>(hub.url, q, {}, await token(Department.TRANSPORT, Role.MEMBER)), q);
    expect(catalog).toHaveLength(38);
    const by = new Map(catalog.map((c) => [c.name, c]));
    expect(by.get("CHECKPOINT_PASSAGES")).toMatchObject({ owner: "PUBLIC_SECURITY", sharingClass: "CONDITIONAL" });
    expect(by.get("ELECTRICITY_READINGS")).toMatchObject({ owner: "GRID", sharingClass: "CONDITIONAL" });
    expect(by.get("GATE_RECORDS")).toMatchObject({ owner: "ENVIRONMENT", sharingClass: "CONDITIONAL" });
    expect(by.get("VEHICLES")!.fields).toEqual(expect.arrayContaining([{ path: "Vehicle.ownerName", sharingClass: "RESTRICTED", mask: "NAME" }, { path: "Vehicle.plate", sharingClass: "OPEN", mask: null }]));
    expect(by.get("CHECKPOINT_PASSAGES")!.grantees).toEqual(expect.arrayContaining([expect.objectContaining({ department: "ENVIRONMENT", role: "analyst" })]));
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from grid.electricity_readings");
    expect(by.get("ELECTRICITY_READINGS")!.rowCount).toBe(Number(n));
    for (const c of catalog) expect(c.fields.length, c.name).toBeGreaterThan(0);
  });
});

describe("audit trail", () => {
  function verify(): { status: number | null; out: string } {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-audit-"));
    const r = spawnSync(process.execPath, [CLI, "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: hub.dbUrl, LANTIAN_DATA_DIR: dataDir, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "error", LANTIAN_DEMO_DATA: "false" },
      encoding: "utf8",
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  it("records a read of CONDITIONAL data with who, the operation and the record count; a write in its transaction", async () => {
    const t = await token(Department.ENVIRONMENT, Role.ANALYST);
    const res = await gql<Mixed>(hub.url, PASSAGES_AND_VEHICLES, passageWindow, t);
    expect(res.errors).toBeUndefined();
    const [read] = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and dataset = 'CHECKPOINT_PASSAGES' order by id desc limit 1");
    expect(read.entry).toMatchObject({ department: "ENVIRONMENT", role: "analyst", operationName: "Mixed", sharingClass: "CONDITIONAL", recordCount: res.data!.passages!.edges.length });
    expect(read.entry.operationHash).toMatch(/^[0-9a-f]{64}$/);
    // the vehicles' owner names are RESTRICTED: that read is audited too; plain OPEN reads are not
    const [veh] = await sql<{ entry: { recordKeys: string[] } }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and dataset = 'VEHICLES' order by id desc limit 1");
    expect(veh.entry.recordKeys.sort()).toEqual(res.data!.vehicles.edges.map((e) => e.node.vin).sort());

    const before = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from hub.audit_events where kind = 'CONTRIBUTION'");
    const m = `mutation { contributeCoalToElectricity(batchId: "audit-1", rows: [{ countyCode: "410122", year: 2019, households: 1234 }]) { accepted } }`;
    ok(await gql(hub.url, m, {}, await token(Department.GRID, Role.MEMBER)), m);
    const [c] = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'CONTRIBUTION' order by id desc limit 1");
    expect(c.entry).toMatchObject({ dataset: "COAL_TO_ELECTRICITY", batchId: "audit-1", accepted: 1, department: "GRID" });
    expect(Number((await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from hub.audit_events where kind = 'CONTRIBUTION'"))[0].n)).toBe(Number(before[0].n) + 1);
  });

  it("records the owner's own reads of its CONDITIONAL data too, each record once, however many aliases select it", async () => {
    const q = `query OwnNested { vehicles(first: 3) { edges { node { vin passages(first: 5) { edges { a: node { plate } b: node { passedAt } } } } } } }`;
    const res = await gql<{ vehicles: { edges: { node: { passages: { edges: { a: { plate: string }; b: { passedAt: string } }[] } } }[] } }>(hub.url, q, {}, await token(Department.PUBLIC_SECURITY, Role.MEMBER));
    expect(res.errors).toBeUndefined();
    const passages = res.data!.vehicles.edges.reduce((n, e) => n + e.node.passages.edges.length, 0);
    expect(passages).toBeGreaterThan(3);
    const [read] = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and dataset = 'CHECKPOINT_PASSAGES' and entry->>'operationName' = 'OwnNested'");
    expect(read.entry).toMatchObject({ department: "PUBLIC_SECURITY", role: "member", sharingClass: "CONDITIONAL", recordCount: passages });
  });

  it("audits the owner's page of CONDITIONAL records read for their type alone as a use of the dataset, with no record read", async () => {
    // a page read for nothing but its records' type still reads the dataset: its use is audited, with no record counted
    const q = `query OwnTypenames { vehicles(first: 3) { edges { node { vin passages(first: 5) { edges { node { __typename } } } } } } }`;
    const res = await gql<{ vehicles: { edges: { node: { passages: { edges: unknown[] } } }[] } }>(hub.url, q, {}, await token(Department.PUBLIC_SECURITY, Role.MEMBER));
    expect(res.errors).toBeUndefined();
    expect(res.data!.vehicles.edges.some((e) => e.node.passages.edges.length > 0)).toBe(true);
    const reads = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and dataset = 'CHECKPOINT_PASSAGES' and entry->>'operationName' = 'OwnTypenames'");
    expect(reads.map((r) => r.entry)).toMatchObject([{ department: "PUBLIC_SECURITY", sharingClass: "CONDITIONAL", recordCount: 0 }]);
  });

  it("counts the records of a CONDITIONAL page read for their keys alone: a gate record's key is its plate, gate and instant", async () => {
    // the key fields are readable openly (other subgraphs join on them), but handed out by the gated list they are the records
    const q = `query GateKeysOnly { gateRecords(first: 3) { edges { node { creditCode gateId passedAt plate } } } }`;
    const res = await gql<{ gateRecords: { edges: { node: { plate: string } }[] } }>(hub.url, q, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(res.errors).toBeUndefined();
    expect(res.data!.gateRecords.edges).toHaveLength(3);
    const [read] = await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and entry->>'operationName' = 'GateKeysOnly'");
    expect(read.entry).toMatchObject({ dataset: "GATE_RECORDS", sharingClass: "CONDITIONAL", recordCount: 3 });
  });

  it("audits a read through a named fragment spread in two places, each place by what it reads there", async () => {
    // `P` selects only the vehicles' VINs; under `a` it is merged with the owners' names (RESTRICTED, masked for
    // the grid). By hand: `a` reads 3 owners' names masked, so each request owes one RESTRICTED entry of 3
    // records, whichever of `a` and `b` resolves first (the decision was once shared by the fragment's node)
    const grid = await token(Department.GRID, Role.ANALYST);
    const masked = `query SpreadTwiceMasked { b: vehicles(first: 2) { ...P } a: vehicles(first: 3) { ...P edges { node { ownerName } } } } fragment P on VehicleConnection { edges { node { vin } } }`;
    // the same for CONDITIONAL records read by their owner: `P` selects the cursors only; `a` reads 4 gate records
    const env = await token(Department.ENVIRONMENT, Role.ANALYST);
    const conditional = `query SpreadTwiceConditional { b: gateRecords(first: 2) { ...P } a: gateRecords(first: 4) { ...P edges { node { plate passedAt direction } } } } fragment P on GateRecordConnection { edges { cursor } }`;
    for (let i = 0; i < 3; i++) {
      const m = await gql<{ a: { edges: { node: { ownerName: string | null } }[] } }>(hub.url, masked, {}, grid);
      expect(m.errors).toBeUndefined();
      expect(m.data!.a.edges.some((e) => e.node.ownerName?.includes("*"))).toBe(true);
      expect((await gql(hub.url, conditional, {}, env)).errors).toBeUndefined();
    }
    const entries = async (name: string) =>
      (await sql<{ entry: Record<string, unknown> }>(hub.dbUrl, "select entry from hub.audit_events where kind = 'READ' and entry->>'operationName' = $1 order by id", [name])).map((r) => [r.entry.sharingClass, r.entry.recordCount]);
    expect(await entries("SpreadTwiceMasked")).toEqual([["RESTRICTED", 3], ["RESTRICTED", 3], ["RESTRICTED", 3]]);
    expect(await entries("SpreadTwiceConditional")).toEqual([["CONDITIONAL", 4], ["CONDITIONAL", 4], ["CONDITIONAL", 4]]);
  });
  it("auditEvents is for admins and pages newest first; usageReport counts reads and contributions", async () => {
    const q = `{ auditEvents(first: 5, filter: { kind: "READ" }) { totalCount edges { node { id kind dataset department hash prevHash } } } }`;
    const denied = await gql(hub.url, q, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    type A = { auditEvents: { totalCount: number; edges: { node: { id: string; kind: string } }[] } };
    const all = ok(await gql<A>(hub.url, q, {}, await token(Department.ENVIRONMENT, Role.ADMIN)), q);
    expect(all.auditEvents.totalCount).toBeGreaterThan(0);
    const ids = all.auditEvents.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.auditEvents.edges.every((e) => e.node.kind === "READ")).toBe(true);

    const now = new Date(Date.now() + 8 * 3600_000);
    const u = `query U($y: Int!, $m: Int!) { usageReport(year: $y, month: $m) { department dataset requests rowsRead rowsContributed } }`;
    type U = { usageReport: { department: string; dataset: string; requests: number; rowsRead: number; rowsContributed: number }[] };
    const usage = ok(await gql<U>(hub.url, u, { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1 }, await token(Department.ENVIRONMENT, Role.ADMIN)), u).usageReport;
    expect(usage.find((l) => l.department === "ENVIRONMENT" && l.dataset === "CHECKPOINT_PASSAGES")?.requests).toBeGreaterThan(0);
    expect(usage.find((l) => l.department === "GRID" && l.dataset === "COAL_TO_ELECTRICITY")?.rowsContributed).toBeGreaterThanOrEqual(1);
  });

  it("`lantian audit verify` passes on the untouched chain and names the entry changed or removed", async () => {
    const ok0 = verify();
    expect(ok0.out).toMatch(/chain intact/);
    expect(ok0.status).toBe(0);

    const [{ id }] = await sql<{ id: string }>(hub.dbUrl, "select id::text from hub.audit_events order by audit_events.id desc offset 2 limit 1");
    // the table refuses changes; a tamperer with the rights to switch triggers off is what the chain is for
    await expect(sql(hub.dbUrl, "update hub.audit_events set entry = entry || '{\"recordCount\": 0}' where id = $1", [id])).rejects.toThrow(/append-only/);
    const tamper = async (statement: string) => {
      const pg = await import("pg");
      const c = new pg.default.Client({ connectionString: hub.dbUrl });
      await c.connect();
      try {
        await c.query("set session_replication_role = replica");
        await c.query(statement, [id]);
      } finally {
        await c.end();
      }
    };
    const [{ entry }] = await sql<{ entry: unknown }>(hub.dbUrl, "select entry from hub.audit_events where id = $1", [id]);
    await tamper(`update hub.audit_events set entry = entry || '{"subject": "someone-else"}' where id = $1`);
    const changed = verify();
    expect(changed.status).toBe(1);
    expect(changed.out).toContain(`entry ${id} fails`);

    await tamper(`update hub.audit_events set entry = '${JSON.stringify(entry).replace(/'/g, "''")}'::jsonb where id = $1`);
    expect(verify().status).toBe(0);
    await tamper("delete from hub.audit_events where id = $1");
    const removed = verify();
    expect(removed.status).toBe(1);
    expect(removed.out).toContain(`entry ${Number(id) + 1} fails: entries ${id} to ${id} are missing`);
  });
});
