import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import ts from "typescript";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { DEPARTMENT_INFO, DEPARTMENTS, Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { projectRoot } from "../src/common/paths.js";
import { createClient } from "../src/client/index.js";
import { REPORTS } from "../src/reports/index.js";
import { startAllInOne, type RunningServer } from "../src/server/hub.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, testConfig, token } from "./support/hub.js";

/**
 * Departments meet only through federation keys and the API: no department's SQL names another
 * department's schema. Checked twice: in the source of each department's folder, and in the SQL each
 * department's database actually receives while the hub answers cross-department reports and the
 * computed indicators, with every department on a database of its own (as `DATABASE_URL_<DEPARTMENT>`
 * allows), where another department's tables are simply not there.
 */

const SCHEMAS = DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].dbSchema);

/** `<schema>.` followed by a name, quoted or not: a table (or function) of one of `schemas`. */
function naming(schemas: string[]): RegExp {
  return new RegExp(`(?<![\\w.])"?(${schemas.join("|")})"?\\s*\\.\\s*"?[a-z_]`, "g");
}

const othersOf = (d: Department) => SCHEMAS.filter((s) => s !== DEPARTMENT_INFO[d].dbSchema);

/** The text of every string and template literal in a TypeScript file (where SQL is written). */
function stringsOf(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("a department's source names no other department's schema", () => {
  for (const d of DEPARTMENTS) {
    it(DEPARTMENT_INFO[d].slug, () => {
      const dir = path.join(projectRoot(), "src", "departments", DEPARTMENT_INFO[d].slug);
      const pattern = naming(othersOf(d));
      const found: string[] = [];
      for (const file of sourcesUnder(dir)) {
        for (const { line, text } of stringsOf(file)) {
          for (const m of text.matchAll(pattern)) found.push(`${path.relative(projectRoot(), file)}:${line}: ${m[0]}… in ${JSON.stringify(text.trim().slice(0, 120))}`);
        }
      }
      expect(found, `SQL of ${d} naming another department's schema:\n${found.join("\n")}`).toEqual([]);
    });
  }
});

describe("the SQL each department's database receives, every department on its own database", () => {
  /** statements sent to each department's database, in the order sent */
  const received = new Map<string, string[]>();
  const databaseOf = new Map<string, Department>();
  const dropped: (() => Promise<void>)[] = [];
  let server: RunningServer;
  let hubDb: string;
  let dbUrl: Record<Department, string>;
  let dataDir: string;
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    // Each department's database holds its schema and its `hub` records, no other department's tables; the
    // shared database holds the hub's records alone.
    const hub = await createTestDatabase();
    dropped.push(hub.drop);
    hubDb = hub.url;
    await sql(hub.url, `drop schema ${SCHEMAS.join(", ")} cascade`);
    dbUrl = {} as Record<Department, string>;
    for (const d of DEPARTMENTS) {
      const db = await createTestDatabase();
      dropped.push(db.drop);
      dbUrl[d] = db.url;
      databaseOf.set(db.name, d);
      await sql(db.url, `drop schema ${othersOf(d).join(", ")} cascade`);
    }
    // databases of their own hold audit chains of their own (the clones share the template's chain's name)
    for (const url of [hubDb, ...Object.values(dbUrl)]) await sql(url, "update hub.audit_chain set id = gen_random_uuid()");
    // every statement of the process (pools, transactions, the ORM's connections), by the database it goes to
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const database = (this as unknown as { connectionParameters: { database: string } }).connectionParameters.database;
      const q = args[0] as string | { text?: string } | undefined;
      const text = typeof q === "string" ? q : q?.text;
      if (databaseOf.has(database) && text) received.get(database)?.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-isolation-"));
    // nine databases' pools open their first connections together while the rest of the suite loads the two
    // cores: a connection may take longer than the 5 s a served hub allows before it says DATABASE_UNAVAILABLE
    const database = { connectTimeoutMs: 30_000, statementTimeoutMs: 60_000 };
    server = await startAllInOne(testConfig(hubDb, dataDir, { departmentDatabaseUrls: dbUrl, database }), createLogger("error", "isolation"));
    // from here on: what the departments' subgraphs send while they answer
    for (const name of databaseOf.keys()) received.set(name, []);
  }, 180_000);

  afterAll(async () => {
    pg.Client.prototype.query = original;
    await server?.stop();
    for (const drop of dropped) await drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // each test judges the statements sent while it ran
  beforeEach(() => {
    for (const name of received.keys()) received.set(name, []);
  });

  /** Every statement a department's database received that names another department's schema. */
  function crossings(): string[] {
    const found: string[] = [];
    for (const [name, statements] of received) {
      const d = databaseOf.get(name)!;
      const pattern = naming(othersOf(d));
      for (const s of statements) if (pattern.test(s)) found.push(`${d}: ${s.replace(/\s+/g, " ").slice(0, 300)}`);
      pattern.lastIndex = 0;
    }
    return found;
  }

  const as = async (d: Department, role: Role) => token(d, role);

  it("market regulation's fuel-sampling coverage reaches environment's indicators through their contribution, with history and audit", async () => {
    const q = `mutation { refreshFuelSamplingCoverage(year: 2021) }`;
    // as on a hub whose job has not run yet (the demo load computed the figures once)
    await sql(dbUrl.ENVIRONMENT, "delete from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE'");
    const res = await gql<{ refreshFuelSamplingCoverage: number }>(server.url, q, {}, await as(Department.MARKET_REGULATION, Role.ADMIN));
    expect(crossings(), "statements naming another department's schema").toEqual([]);
    const written = ok(res, q).refreshFuelSamplingCoverage;
    expect(written).toBeGreaterThan(0);

    // on environment's database, written by environment's subgraph, provenance the caller's
    const rows = await sql<{ region_code: string; value: number; source_department: string; contributed_by: string; batch_id: string }>(
      dbUrl.ENVIRONMENT,
      "select region_code, value, source_department, contributed_by, batch_id from environment.indicators where metric = 'FUEL_SAMPLING_COVERAGE' and period = '2021'",
    );
    expect(rows).toHaveLength(written);
    for (const r of rows) {
      expect(r).toMatchObject({ source_department: "MARKET_REGULATION", contributed_by: "MARKET_REGULATION" });
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.value).toBeLessThanOrEqual(1);
    }
    // the contribution's batch and audit entry, in environment's database (its writes' chain)
    const batchId = rows[0].batch_id;
    expect(batchId).toMatch(/^computed-fuel-sampling-2021@/);
    const batches = await sql(dbUrl.ENVIRONMENT, "select accepted from hub.contribution_batches where department = 'MARKET_REGULATION' and dataset = 'INDICATORS' and batch_id = $1", [batchId]);
    expect(batches).toEqual([{ accepted: written }]);
    const audit = await sql<{ entry: { accepted: number; batchId: string } }>(
      dbUrl.ENVIRONMENT,
      "select entry from hub.audit_events where kind = 'CONTRIBUTION' and department = 'MARKET_REGULATION' and dataset = 'INDICATORS' and entry->>'batchId' = $1",
      [batchId],
    );
    expect(audit.map((a) => a.entry)).toEqual([expect.objectContaining({ batchId, accepted: written })]);
    // nothing of it in market regulation's database
    expect(await sql(dbUrl.MARKET_REGULATION, "select 1 from pg_namespace where nspname = 'environment'")).toEqual([]);

    // unchanged: nothing contributed; changed: the previous value goes to the indicator's history
    expect(ok(await gql<{ refreshFuelSamplingCoverage: number }>(server.url, q, {}, await as(Department.MARKET_REGULATION, Role.ADMIN)), q).refreshFuelSamplingCoverage).toBe(0);
    // one sampled station's samples of the year withdrawn: its city's coverage drops, and the province's
    const [station] = await sql<{ code: string }>(
      dbUrl.MARKET_REGULATION,
      "select code from market_regulation.fuel_stations s where status = 'OPERATING' and exists (select 1 from market_regulation.fuel_samples f where f.station_code = s.code and f.sampled_on between '2021-01-01' and '2021-12-31') order by code limit 1",
    );
    await sql(dbUrl.MARKET_REGULATION, "delete from market_regulation.fuel_samples where station_code = $1 and sampled_on between '2021-01-01' and '2021-12-31'", [station.code]);
    expect(ok(await gql<{ refreshFuelSamplingCoverage: number }>(server.url, q, {}, await as(Department.MARKET_REGULATION, Role.ADMIN)), q).refreshFuelSamplingCoverage).toBe(2);
    const read = `query { indicators(filter: { metric: FUEL_SAMPLING_COVERAGE, period: "2021" }, first: 100) { edges { node { region { code } value sourceDepartment history { current batchId contributedBy } } } } }`;
    const data = ok(await gql<{ indicators: { edges: { node: { region: { code: string }; value: number; history: { current: boolean; batchId: string; contributedBy: string }[] } }[] } }>(server.url, read, {}, await as(Department.HOUSING, Role.ANALYST)), read);
    const changed = data.indicators.edges.map((e) => e.node).filter((n) => n.history.length > 1);
    expect(changed.map((n) => n.region.code)).toContain("410000");
    expect(changed).toHaveLength(2);
    expect(changed[0].history.map((h) => [h.current, h.batchId === batchId, h.contributedBy])).toEqual([[false, true, "MARKET_REGULATION"], [true, false, "MARKET_REGULATION"]]);
    expect(crossings()).toEqual([]);
  });

  it("environment's NRMM indicator goes through the same contribution path", async () => {
    const q = `mutation { refreshNrmmIndicator(year: 2021) }`;
    // as on a hub whose job has not run yet (the demo load computed the figure once)
    await sql(dbUrl.ENVIRONMENT, "delete from environment.indicators where metric = 'NRMM_REGISTERED'");
    const res = await gql<{ refreshNrmmIndicator: number }>(server.url, q, {}, await as(Department.ENVIRONMENT, Role.ADMIN));
    expect(crossings()).toEqual([]);
    const written = ok(res, q).refreshNrmmIndicator;
    const batches = await sql<{ batch_id: string; n: string }>(dbUrl.ENVIRONMENT, "select batch_id, count(*) as n from environment.indicators where metric = 'NRMM_REGISTERED' and period = '2021' group by batch_id");
    expect(batches).toHaveLength(1);
    expect(batches[0].batch_id).toMatch(/^computed-nrmm-2021@/);
    expect(written).toBe(Number(batches[0].n));
    expect(written).toBeGreaterThan(1);
    const audit = await sql(dbUrl.ENVIRONMENT, "select 1 from hub.audit_events where kind = 'CONTRIBUTION' and department = 'ENVIRONMENT' and dataset = 'INDICATORS' and entry->>'batchId' = $1", [batches[0].batch_id]);
    expect(audit).toHaveLength(1);
    expect(ok(await gql<{ refreshNrmmIndicator: number }>(server.url, q, {}, await as(Department.ENVIRONMENT, Role.ADMIN)), q).refreshNrmmIndicator).toBe(0);
  });

  it("the cross-department reports are answered with each department reading only its own schema", async () => {
    const client = createClient({ url: server.url, token: await as(Department.ENVIRONMENT, Role.ANALYST), retries: 0 });
    const options: Record<string, Record<string, string>> = {
      "air-quality-progress": { year: "2021" },
      dust: { year: "2021" },
      "emergency-compliance": { warning: "W2021-410100-01" },
      "fuel-quality": { year: "2021" },
      "high-emission-trucks": { city: "410100", from: "2021-01-01", to: "2021-12-31" },
      "straw-burning": { year: "2021" },
    };
    expect(Object.keys(options).sort()).toEqual(Object.keys(REPORTS).sort());
    for (const [name, o] of Object.entries(options)) {
      const r = await REPORTS[name].run(client, o);
      expect(r.rows.length, name).toBeGreaterThan(0);
    }
    expect(crossings(), "statements naming another department's schema").toEqual([]);
    // every department's subgraph took part
    for (const [name, statements] of received) expect(statements.length, databaseOf.get(name)).toBeGreaterThan(0);
  });
});
