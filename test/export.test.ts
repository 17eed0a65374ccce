import "reflect-metadata";
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { gql, ok, startTestHub, token, type TestHub } from "./support/hub.js";
import { CLI } from "./support/process.js";

/** The built CLI, run as its own process (the hub is in this one: never a synchronous spawn). */
function lantian(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: "utf8" }, (e, stdout, stderr) => resolve({ code: e ? Number(e.code ?? 1) : 0, stdout, stderr }));
  });
}

/**
 * Bulk exports (issue 22) through the all-in-one hub over HTTP: refused without a grant, with one the file's
 * rows are the API's rows for the same filter (masked fields masked as the API masks them), the audit entry
 * carries the file's hash, an expired link is refused and a file past its retention is gone.
 */

const JOB = `id status reason rowCount sizeBytes sha256 expiresAt downloadUrl downloadUrlExpiresAt`;
type Job = { id: string; status: string; reason: string | null; rowCount: number | null; sizeBytes: number | null; sha256: string | null; expiresAt: string | null; downloadUrl: string | null; downloadUrlExpiresAt: string | null };

async function requestExport(hub: TestHub, as: [Department, Role], dataset: string, format: string, filter: Record<string, unknown> | null) {
  return gql<{ requestExport: Job }>(hub.url, `mutation($d: Dataset!, $f: ExportFormat!, $filter: JSONObject) { requestExport(dataset: $d, format: $f, filter: $filter) { ${JOB} } }`, { d: dataset, f: format, filter }, await token(...as));
}

async function jobOf(hub: TestHub, as: [Department, Role], id: string): Promise<Job> {
  return (await hub.query<{ exportJob: Job }>(`query($id: ID!) { exportJob(id: $id) { ${JOB} } }`, { id }, as)).exportJob;
}

/** Polls the job until it is DONE or FAILED. */
async function finished(hub: TestHub, as: [Department, Role], id: string): Promise<Job> {
  for (let i = 0; i < 300; i++) {
    const job = await jobOf(hub, as, id);
    if (job.status === "DONE" || job.status === "FAILED") return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`export ${id} did not finish`);
}

async function exported(hub: TestHub, as: [Department, Role], dataset: string, format: string, filter: Record<string, unknown> | null): Promise<{ job: Job; body: Buffer }> {
  const started = await requestExport(hub, as, dataset, format, filter);
  const { id } = ok(started, "requestExport").requestExport;
  const job = await finished(hub, as, id);
  expect(job.status, job.reason ?? "").toBe("DONE");
  const res = await fetch(new URL(job.downloadUrl!, hub.url));
  expect(res.status).toBe(200);
  return { job, body: Buffer.from(await res.arrayBuffer()) };
}

/** Every node of a list query, paged through 1,000 at a time. */
async function allRows(hub: TestHub, as: [Department, Role], list: string, args: string, fields: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let after: string | null = null;
  const vars = Object.keys(variables).map((k) => `, $${k}: ${k === "filter" ? "ElectricityReadingFilter" : "String"}`).join("");
  for (;;) {
    const q = `query($after: String${vars}) { ${list}(first: 1000, after: $after${args}) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`;
    const data: Record<string, { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await hub.query(q, { after, ...variables }, as);
    rows.push(...data[list].edges.map((e) => e.node));
    if (!data[list].pageInfo.hasNextPage) return rows;
    after = data[list].pageInfo.endCursor;
  }
}

const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
const jsonl = (b: Buffer) => b.toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
/** Rows in one order (a file's rows are a set: exports keep no order), each compared whole. */
const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
/** A value as a CSV cell reads back: null empty, numbers and booleans as written. */
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

const HOUSING_ANALYST: [Department, Role] = [Department.HOUSING, Role.ANALYST];
const GRID_ANALYST: [Department, Role] = [Department.GRID, Role.ANALYST];

describe("bulk export", () => {
  let hub: TestHub;
  let filter: { creditCode: string; from: string; to: string };

  beforeAll(async () => {
    hub = await startTestHub();
    // the firm with the most readings, over the months that hold them
    const [firm] = await sql<{ credit_code: string; from: string; to: string }>(
      hub.dbUrl,
      `select credit_code, min(day)::text as from, max(day)::text as to from grid.electricity_readings group by credit_code order by count(*) desc limit 1`,
    );
    filter = { creditCode: firm.credit_code, from: firm.from, to: firm.to };
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("refuses CONDITIONAL data without a grant (GRANT_REQUIRED), and writes no job", async () => {
    const res = await requestExport(hub, HOUSING_ANALYST, "ELECTRICITY_READINGS", "CSV", filter);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "GRANT_REQUIRED", dataset: "ELECTRICITY_READINGS" });
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from hub.export_jobs where department = 'HOUSING'");
    expect(Number(n)).toBe(0);
  });

  it("refuses a filter the dataset's list does not take, saying which it takes", async () => {
    const res = await requestExport(hub, GRID_ANALYST, "ELECTRICITY_READINGS", "CSV", { plant: "x" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toContain("creditCode");
    const bad = await requestExport(hub, GRID_ANALYST, "ELECTRICITY_READINGS", "CSV", { from: "2024-13-01" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  describe("with a grant", () => {
    const fields = "meterNo day hour creditCode kwh";
    let api: Record<string, unknown>[];
    let csv: { job: Job; body: Buffer };
    let requestId: string;

    beforeAll(async () => {
      const asked = await hub.query<{ requestAccess: { id: string } }>(
        `mutation($until: Date!) { requestAccess(dataset: ELECTRICITY_READINGS, purpose: "Models of electricity use of the emergency-list firms.", until: $until) { id } }`,
        { until: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
        HOUSING_ANALYST,
      );
      requestId = asked.requestAccess.id;
      await hub.query(`mutation($id: ID!) { decideAccess(requestId: $id, approve: true, note: "for the models") { status } }`, { id: requestId }, [Department.GRID, Role.ADMIN]);
      api = await allRows(hub, HOUSING_ANALYST, "electricityReadings", ", filter: $filter", fields, { filter });
      expect(api.length).toBeGreaterThan(10);
      csv = await exported(hub, HOUSING_ANALYST, "ELECTRICITY_READINGS", "CSV", filter);
    }, 120_000);

    it("CSV: the file's rows are the API's rows for the same filter; the job's figures are the file's", async () => {
      const rows = parseCsv(csv.body, { columns: false }) as string[][];
      expect(rows[0]).toEqual(fields.split(" "));
      expect(sorted(rows.slice(1))).toEqual(sorted(api.map((r) => fields.split(" ").map((f) => cell(r[f])))));
      expect(csv.job.rowCount).toBe(api.length);
      expect(csv.job.sizeBytes).toBe(csv.body.length);
      expect(csv.job.sha256).toBe(sha256(csv.body));
    });

    it("JSONL: one object per row, equal to the API's nodes", async () => {
      const { job, body } = await exported(hub, HOUSING_ANALYST, "ELECTRICITY_READINGS", "JSONL", filter);
      expect(sorted(jsonl(body))).toEqual(sorted(api));
      expect(job.sha256).toBe(sha256(body));
    });

    it("the audit trail has one EXPORT entry per file, with its filter, row count and SHA-256", async () => {
      const data = await hub.query<{ auditEvents: { edges: { node: { department: string; entry: Record<string, unknown> } }[] } }>(
        `{ auditEvents(first: 20, filter: { kind: "EXPORT", dataset: ELECTRICITY_READINGS }) { edges { node { department entry } } } }`,
        {},
        [Department.ENVIRONMENT, Role.ADMIN],
      );
      const entries = data.auditEvents.edges.map((e) => e.node).filter((n) => n.entry.exportId === csv.job.id);
      expect(entries).toHaveLength(1);
      expect(entries[0].department).toBe("HOUSING");
      expect(entries[0].entry).toMatchObject({ kind: "EXPORT", role: "analyst", format: "CSV", recordCount: api.length, sizeBytes: csv.body.length, sha256: sha256(csv.body), sharingClass: "CONDITIONAL" });
      expect(JSON.parse(entries[0].entry.filter as string)).toEqual(filter);
    });

    it("the link is the requester's: another department sees no job, another role of it no link", async () => {
      expect((await hub.query<{ exportJob: Job | null }>(`query($id: ID!) { exportJob(id: $id) { id } }`, { id: csv.job.id }, GRID_ANALYST)).exportJob).toBeNull();
      expect((await jobOf(hub, [Department.HOUSING, Role.MEMBER], csv.job.id)).downloadUrl).toBeNull();
    });

    it("lantian export: shows progress, downloads the file and checks its SHA-256", async () => {
      const out = path.join(hub.config.dataDir, "cli-readings.csv");
      const r = await lantian(["export", "electricity-readings", "--filter", JSON.stringify(filter), "--out", out, "--url", hub.url, "--token", await token(...HOUSING_ANALYST)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/of ELECTRICITY_READINGS: queued/);
      expect(r.stderr).toContain(`done: ${api.length} rows`);
      expect(r.stderr).toContain("downloaded 100%");
      // the same rows as the export above
      const body = fs.readFileSync(out);
      const lines = (b: Buffer) => b.toString("utf8").split("\n");
      expect(sorted(lines(body))).toEqual(sorted(lines(csv.body)));
      expect(r.stdout).toContain(`SHA-256 ${sha256(body)}, checked`);
      expect(fs.existsSync(`${out}.part`)).toBe(false);
    });

    it("lantian export without a grant: GRANT_REQUIRED, exit 1, no file", async () => {
      const out = path.join(hub.config.dataDir, "cli-refused.csv");
      const r = await lantian(["export", "ELECTRICITY_READINGS", "--out", out, "--url", hub.url, "--token", await token(Department.TRANSPORT, Role.MEMBER)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("GRANT_REQUIRED");
      expect(fs.existsSync(out)).toBe(false);
    });

    it("a signature of as many characters, not all ASCII, is refused as any forged one (FORBIDDEN, not 500)", async () => {
      const forged = new URL(csv.job.downloadUrl!, hub.url);
      forged.searchParams.set("signature", "é".repeat(forged.searchParams.get("signature")!.length));
      const res = await fetch(forged);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
    });

    it("a grant revoked ends the links to the files it allowed (the job and its figures stay)", async () => {
      expect((await jobOf(hub, HOUSING_ANALYST, csv.job.id)).downloadUrl).not.toBeNull();
      await hub.query(`mutation($id: ID!) { revokeAccess(requestId: $id, note: "models done") { status } }`, { id: requestId }, [Department.GRID, Role.ADMIN]);
      const after = await jobOf(hub, HOUSING_ANALYST, csv.job.id);
      expect(after).toMatchObject({ status: "DONE", sha256: csv.job.sha256, downloadUrl: null });
      const listed = (await hub.query<{ exportJobs: Job[] }>(`{ exportJobs { id downloadUrl } }`, {}, HOUSING_ANALYST)).exportJobs;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((j) => j.downloadUrl === null)).toBe(true);
    });

    it("a link not signed by the hub is refused (FORBIDDEN)", async () => {
      const forged = new URL(csv.job.downloadUrl!, hub.url);
      forged.searchParams.set("expires", String(Number(forged.searchParams.get("expires")) + 3600));
      const res = await fetch(forged);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
    });
  });

  it("RESTRICTED fields are masked in the file exactly as the API masks them (vehicle owners, for another department)", async () => {
    const { body } = await exported(hub, GRID_ANALYST, "VEHICLES", "JSONL", null);
    const rows = jsonl(body);
    const fields = Object.keys(rows[0]);
    expect(fields).toEqual(expect.arrayContaining(["vin", "plate", "ownerName", "ownerIdNumber"]));
    const api = await allRows(hub, GRID_ANALYST, "vehicles", "", fields.join(" "));
    expect(sorted(rows)).toEqual(sorted(api));
    // the masks by their rule: the family name and stars; the first 4 and last 4 of the number
    const raw = new Map((await sql<{ vin: string; owner_name: string | null; owner_id_number: string | null }>(hub.dbUrl, "select vin, owner_name, owner_id_number from public_security.vehicles")).map((r) => [r.vin, r]));
    const named = rows.filter((r) => raw.get(r.vin as string)?.owner_name);
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) {
      const { owner_name: name, owner_id_number: id } = raw.get(r.vin as string)!;
      expect(r.ownerName).toBe([...name!][0] + "*".repeat([...name!].length - 1));
      if (id) expect(r.ownerIdNumber).toBe(id.slice(0, 4) + "*".repeat(id.length - 8) + id.slice(-4));
    }
    // the CSV says the same
    const csv = parseCsv((await exported(hub, GRID_ANALYST, "VEHICLES", "CSV", null)).body, { columns: true }) as Record<string, string>[];
    expect(sorted(csv.map((r) => [r.vin, r.ownerName, r.ownerIdNumber]))).toEqual(sorted(rows.map((r) => [r.vin, cell(r.ownerName), cell(r.ownerIdNumber)])));
  });

  it("the owner exports its own personal data whole", async () => {
    const { body } = await exported(hub, [Department.PUBLIC_SECURITY, Role.MEMBER], "VEHICLES", "CSV", null);
    const rows = parseCsv(body, { columns: true }) as Record<string, string>[];
    const raw = new Map((await sql<{ vin: string; owner_name: string | null }>(hub.dbUrl, "select vin, owner_name from public_security.vehicles")).map((r) => [r.vin, r.owner_name ?? ""]));
    expect(rows.length).toBe(raw.size);
    for (const r of rows) expect(r.ownerName).toBe(raw.get(r.vin));
  });

  it("exportJobs pages newest first with after; an after that names no job of the department is refused", async () => {
    const as: [Department, Role] = [Department.AGRICULTURE, Role.MEMBER];
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await exported(hub, as, "CHECKPOINTS", "CSV", null)).job.id);
    const page = async (after: string | null) => (await hub.query<{ exportJobs: { id: string }[] }>(`query($after: ID) { exportJobs(first: 2, after: $after) { id } }`, { after }, as)).exportJobs.map((j) => j.id);
    const first = await page(null);
    expect(first).toEqual([ids[2], ids[1]]);
    expect(await page(first[1])).toEqual([ids[0]]);
    expect(await page(ids[0])).toEqual([]);
    const res = await gql(hub.url, `query($after: ID) { exportJobs(after: $after) { id } }`, { after: ids[0] }, await token(...GRID_ANALYST));
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await gql(hub.url, `{ exportJobs(after: "x") { id } }`, {}, await token(...as));
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a job whose process stopped (no beat for 60 s) reads FAILED, INTERRUPTED; a live one stays RUNNING", async () => {
    const as: [Department, Role] = [Department.MARKET_REGULATION, Role.MEMBER];
    const { job } = await exported(hub, as, "CHECKPOINTS", "CSV", null);
    // the states a stopped process leaves: claimed, last beat 61 s ago; queued 61 s ago and never claimed;
    // and one whose writer beat 30 s ago, still within the minute
    const [dead, neverClaimed, live] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await sql(
      hub.dbUrl,
      `insert into hub.export_jobs (id, dataset, owner, format, filter, department, role, subject, status, requested_at, started_at, heartbeat_at) values
        ($1, 'CHECKPOINTS', 'PUBLIC_SECURITY', 'CSV', 'null', 'MARKET_REGULATION', 'member', 's', 'RUNNING', now() - interval '90 seconds', now() - interval '90 seconds', now() - interval '61 seconds'),
        ($2, 'CHECKPOINTS', 'PUBLIC_SECURITY', 'CSV', 'null', 'MARKET_REGULATION', 'member', 's', 'QUEUED', now() - interval '61 seconds', null, null),
        ($3, 'CHECKPOINTS', 'PUBLIC_SECURITY', 'CSV', 'null', 'MARKET_REGULATION', 'member', 's', 'RUNNING', now() - interval '90 seconds', now() - interval '90 seconds', now() - interval '30 seconds')`,
      [dead, neverClaimed, live],
    );
    for (const id of [dead, neverClaimed]) {
      const j = await jobOf(hub, as, id);
      expect(j.status).toBe("FAILED");
      expect(j.reason).toMatch(/^INTERRUPTED: .*request the export again/);
    }
    expect((await jobOf(hub, as, live)).status).toBe("RUNNING");
    const listed = (await hub.query<{ exportJobs: { id: string; status: string }[] }>(`{ exportJobs(first: 10) { id status } }`, {}, as)).exportJobs;
    expect(Object.fromEntries(listed.map((j) => [j.id, j.status]))).toEqual({ [job.id]: "DONE", [dead]: "FAILED", [neverClaimed]: "FAILED", [live]: "RUNNING" });
  });
});

describe("bulk export links and retention", () => {
  let hub: TestHub;

  beforeAll(async () => {
    // links good for 3 s, files kept for 8 s: a link must outlive the step from the job's answer to the
    // download on a loaded machine (1 s did not, once, in a clean-clone run), and expire within the test
    // and a statement timeout of 3 s, which a long export must outlast
    hub = await startTestHub({ exports: { linkTtlSeconds: 3, retentionSeconds: 8 }, database: { connectTimeoutMs: 5_000, statementTimeoutMs: 3_000 } });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("an export outlasts the statement timeout; a department runs at most 2 at once, a third is RATE_LIMITED", async () => {
    const as: [Department, Role] = [Department.HOUSING, Role.MEMBER];
    // the checkpoints locked for 5 s, longer than the pools' client-side limit (3 s and 0.5 s): the exports' COPY waits on them
    const locker = new pg.Client({ connectionString: hub.dbUrl });
    await locker.connect();
    const started: Job[] = [];
    try {
      await locker.query("begin");
      await locker.query("lock table public_security.checkpoints in access exclusive mode");
      for (const format of ["CSV", "JSONL"]) started.push(ok(await requestExport(hub, as, "CHECKPOINTS", format, null), "requestExport").requestExport);
      const third = await requestExport(hub, as, "CHECKPOINTS", "CSV", null);
      expect(third.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: 2 });
      // another department's exports are its own
      const other = ok(await requestExport(hub, [Department.TRANSPORT, Role.MEMBER], "CHECKPOINTS", "CSV", null), "requestExport").requestExport;
      started.push(other);
      await new Promise((r) => setTimeout(r, 5_000));
    } finally {
      await locker.query("rollback");
      await locker.end();
    }
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from public_security.checkpoints");
    for (const [i, job] of started.entries()) {
      const done = await finished(hub, i < 2 ? as : [Department.TRANSPORT, Role.MEMBER], job.id);
      expect(done.status, done.reason ?? "").toBe("DONE");
      expect(done.rowCount).toBe(Number(n));
    }
    // the two ended: room again
    ok(await requestExport(hub, as, "CHECKPOINTS", "CSV", null), "requestExport");
  });

  it("an expired link is refused; a new one works until the file is removed at the end of its retention", async () => {
    const as: [Department, Role] = [Department.TRANSPORT, Role.MEMBER];
    const { job } = await exported(hub, as, "CHECKPOINTS", "CSV", null);
    const file = path.join(hub.config.dataDir, "exports", "public-security", `${job.id}.csv`);
    expect(fs.existsSync(file)).toBe(true);
    expect(new Date(job.downloadUrlExpiresAt!).getTime() - Date.now()).toBeLessThanOrEqual(3000);

    await new Promise((r) => setTimeout(r, Math.max(0, new Date(job.downloadUrlExpiresAt!).getTime() - Date.now()) + 500));
    const expired = await fetch(new URL(job.downloadUrl!, hub.url));
    expect(expired.status).toBe(403);
    const answer = (await expired.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(answer.errors[0].message).toContain("expired");

    const again = await jobOf(hub, as, job.id);
    const fresh = await fetch(new URL(again.downloadUrl!, hub.url));
    expect(fresh.status).toBe(200);
    expect(sha256(Buffer.from(await fresh.arrayBuffer()))).toBe(job.sha256);

    // past the retention: no link, the file removed (by the sweep, or at the latest when asked for)
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(job.expiresAt!).getTime() - Date.now()) + 1500));
    expect((await jobOf(hub, as, job.id)).downloadUrl).toBeNull();
    const late = await fetch(new URL(again.downloadUrl!, hub.url));
    expect([403, 404]).toContain(late.status);
    // the sweep runs every second here (a tenth of the retention, at least 1 s): on a loaded machine a timer
    // may fire late, so the removal is awaited for a few sweeps rather than at one instant
    for (let i = 0; i < 50 && fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 200));
    expect(fs.existsSync(file)).toBe(false);
  });
});
