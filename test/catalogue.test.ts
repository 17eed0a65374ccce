import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { DatasetStats } from "../src/common/dataset-stats.js";
import { Dataset } from "../src/common/datasets.js";
import { Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { startAllInOne, type RunningServer } from "../src/server/hub.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, startTestHub, testConfig, token, type TestHub } from "./support/hub.js";

/**
 * The catalogue's row counts and last contributions are the owning departments' figures: here after
 * contributions, in one process on one database and with a department on a database of its own. (The
 * distributed test runs the hub's process as a login that may not read any department's table.)
 */

interface Entry {
  name: string;
  rowCount: number;
  lastContributionAt: string | null;
  countedAt: string | null;
}

const CATALOG = "{ catalog { name rowCount lastContributionAt countedAt } }";

async function entry(url: string, dataset: string): Promise<Entry> {
  const { catalog } = ok(await gql<{ catalog: Entry[] }>(url, CATALOG, {}, await token(Department.TRANSPORT, Role.MEMBER)), CATALOG);
  return catalog.find((e) => e.name === dataset)!;
}

const CONTRIBUTE = `mutation C($batchId: ID!, $rows: [CoalToElectricityInput!]!) {
  contributeCoalToElectricity(batchId: $batchId, rows: $rows) { accepted rejected replayed }
}`;
type Contributed = { contributeCoalToElectricity: { accepted: number; rejected: number; replayed: boolean } };

async function contribute(url: string, batchId: string, rows: { countyCode: string; year: number; households: number }[]) {
  const res = await gql<Contributed>(url, CONTRIBUTE, { batchId, rows }, await token(Department.GRID, Role.MEMBER));
  return ok(res, CONTRIBUTE).contributeCoalToElectricity;
}

/** County-years of Zhongmu (410122) that the test contributes; which of them exist already it reads from the table. */
const KEYS = [2001, 2002, 2003, 2004].map((year) => ({ countyCode: "410122", year }));

describe("catalogue figures in one process", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("counts the records a contribution added (not those it changed) and dates the batch, right after the contribution", async () => {
    const before = await entry(hub.url, "COAL_TO_ELECTRICITY");
    const [{ n: held }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from grid.coal_to_electricity");
    expect(before.rowCount).toBe(Number(held));
    expect(before.countedAt).not.toBeNull();
    const existing = await sql<{ year: number }>(hub.dbUrl, "select year from grid.coal_to_electricity where county_code = '410122' and year = any($1)", [KEYS.map((k) => k.year)]);
    const added = KEYS.filter((k) => !existing.some((e) => e.year === k.year)).length;
    // one record already held is changed too: it is not a new record
    const [changed] = await sql<{ county_code: string; year: number; households: number }>(hub.dbUrl, "select county_code, year, households from grid.coal_to_electricity where county_code <> '410122' limit 1");
    expect(changed).toBeDefined();

    const t0 = Date.now();
    const result = await contribute(hub.url, "catalogue-1", [
      ...KEYS.map((k, i) => ({ ...k, households: 100 + i })),
      { countyCode: changed.county_code, year: changed.year, households: changed.households + 1 },
    ]);
    const t1 = Date.now();
    expect(result).toMatchObject({ accepted: KEYS.length + 1, rejected: 0 });

    const after = await entry(hub.url, "COAL_TO_ELECTRICITY");
    expect(after.rowCount).toBe(before.rowCount + added);
    expect(added).toBeGreaterThan(0);
    const last = Date.parse(after.lastContributionAt!);
    // the batch's own instant, taken by the database on this machine between the call and the answer
    expect(last).toBeGreaterThanOrEqual(t0 - 1000);
    expect(last).toBeLessThanOrEqual(t1 + 1000);
    expect(Date.parse(after.countedAt!)).toBeGreaterThanOrEqual(last);

    // a rejected batch and a replay change nothing
    const bad = await gql<Contributed>(hub.url, CONTRIBUTE, { batchId: "catalogue-2", rows: [{ countyCode: "410122", year: 2005, households: -1 }] }, await token(Department.GRID));
    expect(bad.data?.contributeCoalToElectricity.accepted).toBe(0);
    expect((await contribute(hub.url, "catalogue-1", [...KEYS.map((k, i) => ({ ...k, households: 100 + i })), { countyCode: changed.county_code, year: changed.year, households: changed.households + 1 }])).replayed).toBe(true);
    expect(await entry(hub.url, "COAL_TO_ELECTRICITY")).toMatchObject({ rowCount: after.rowCount, lastContributionAt: after.lastContributionAt });

    // batches committed together: each contributor, once answered, finds its own records counted
    const concurrent = [2010, 2011, 2012, 2013, 2014, 2015].map((year) => ({ countyCode: "410122", year }));
    const held2 = await sql<{ year: number }>(hub.dbUrl, "select year from grid.coal_to_electricity where county_code = '410122' and year = any($1)", [concurrent.map((k) => k.year)]);
    const fresh = concurrent.filter((k) => !held2.some((e) => e.year === k.year));
    expect(fresh.length).toBeGreaterThan(1);
    const seen = await Promise.all(
      fresh.map(async (k, i) => {
        await contribute(hub.url, `catalogue-concurrent-${i}`, [{ ...k, households: i }]);
        return (await entry(hub.url, "COAL_TO_ELECTRICITY")).rowCount;
      }),
    );
    // each saw at least the records of every batch answered before it read: its own, at the least
    for (const n of seen) expect(n).toBeGreaterThan(after.rowCount);
    expect((await entry(hub.url, "COAL_TO_ELECTRICITY")).rowCount).toBe(after.rowCount + fresh.length);
  });

  it("reports a dataset's size at start, rows that came another way included", async () => {
    // rows loaded around the contribution path (an operator's SQL) are counted when the owner next starts
    const [{ n }] = await sql<{ n: string }>(hub.dbUrl, "select count(*) as n from grid.electricity_readings");
    await sql(hub.dbUrl, "delete from hub.dataset_stats where dataset = 'ELECTRICITY_READINGS'");
    expect(await entry(hub.url, "ELECTRICITY_READINGS")).toMatchObject({ rowCount: 0, countedAt: null });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-catalogue-"));
    const again = await startAllInOne(testConfig(hub.dbUrl, dataDir), createLogger("error", "second"));
    try {
      const e = await entry(again.url, "ELECTRICITY_READINGS");
      expect(e.rowCount).toBe(Number(n));
      expect(e.countedAt).not.toBeNull();
    } finally {
      await again.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("a report the hub's database does not take", () => {
  it("fails no writer, and is made once the hub's database is back", async () => {
    const db = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    let down = true;
    const warnings: string[] = [];
    // the hub's database as seen from a department: away until `down` turns false
    const hub = { query: (...args: Parameters<pg.Pool["query"]>) => (down ? Promise.reject(new Error("connection refused")) : pool.query(...args)) } as unknown as pg.Pool;
    const log = { debug: () => undefined, info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined };
    const stats = new DatasetStats((d) => (d === Department.GRID ? pool : undefined), hub, log, 200);
    try {
      await pool.query("delete from hub.dataset_stats");
      await stats.refresh([Dataset.COAL_TO_ELECTRICITY]);
      expect(warnings.join("\n")).toMatch(/COAL_TO_ELECTRICITY are not reported yet/);
      // a dataset of a department whose database it does not hold: not counted, said so
      await stats.refresh([Dataset.VEHICLES]);
      expect(warnings.join("\n")).toMatch(/VEHICLES was written here, but its figures are PUBLIC_SECURITY's to report/);
      down = false;
      const [{ n }] = await sql<{ n: string }>(db.url, "select count(*) as n from grid.coal_to_electricity");
      for (let i = 0; i < 50; i++) {
        const rows = await sql<{ n: string }>(db.url, "select row_count::text as n from hub.dataset_stats where dataset = 'COAL_TO_ELECTRICITY'");
        if (rows.length) {
          expect(rows[0].n).toBe(n);
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error("the failed report was not made again");
    } finally {
      await stats.close();
      await pool.end();
      await db.drop();
    }
  });
});

describe("catalogue figures with a department on a database of its own", () => {
  let hubDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let gridDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    // The hub's database is a copy of the demo one, grid's tables included; grid's own database starts
    // empty. Counting grid's tables on the hub's database would give the demo's figures.
    hubDb = await createTestDatabase();
    gridDb = await createTestDatabase({ empty: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-catalogue-"));
    server = await startAllInOne(testConfig(hubDb.url, dataDir, { departmentDatabaseUrls: { [Department.GRID]: gridDb.url } }), createLogger("error", "own-db"));
  });
  afterAll(async () => {
    await server?.stop();
    await Promise.all([hubDb?.drop(), gridDb?.drop()]);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("counts grid's datasets on grid's database and the others on theirs", async () => {
    const [{ n: onHubDb }] = await sql<{ n: string }>(hubDb.url, "select count(*) as n from grid.coal_to_electricity");
    expect(Number(onHubDb)).toBeGreaterThan(0);
    expect(await entry(server.url, "COAL_TO_ELECTRICITY")).toMatchObject({ rowCount: 0, lastContributionAt: null });

    const t0 = Date.now();
    expect(await contribute(server.url, "own-db-1", KEYS.map((k, i) => ({ ...k, households: i })))).toMatchObject({ accepted: KEYS.length });
    const grid = await entry(server.url, "COAL_TO_ELECTRICITY");
    expect(grid.rowCount).toBe(KEYS.length);
    expect(Date.parse(grid.lastContributionAt!)).toBeGreaterThanOrEqual(t0 - 1000);
    // the batch is remembered on grid's database, the figures on the hub's
    expect(await sql(gridDb.url, "select batch_id from hub.contribution_batches")).toEqual([{ batch_id: "own-db-1" }]);
    expect(await sql(hubDb.url, "select owner, row_count::int as n from hub.dataset_stats where dataset = 'COAL_TO_ELECTRICITY'")).toEqual([{ owner: "GRID", n: KEYS.length }]);

    // a department on the shared database: its figures as before
    const [{ n: vehicles }] = await sql<{ n: string }>(hubDb.url, "select count(*) as n from public_security.vehicles");
    expect((await entry(server.url, "VEHICLES")).rowCount).toBe(Number(vehicles));
  });
});
