import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMER_NAMES, MIGRATIONS } from "../migrations/index.js";
import { AuditChain } from "../src/common/audit-chain.js";
import { Role } from "../src/common/auth.js";
import { loadConfig } from "../src/common/config.js";
import { Department, DEPARTMENTS } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { projectRoot } from "../src/common/paths.js";
import { Databases } from "../src/db/databases.js";
import { openMigratorOrm, schemaDifference, unitFolder, UNITS, unitSchema, type Unit } from "../src/db/migrator.js";
import { startAllInOne } from "../src/server/hub.js";
import { createTestDatabase, sql } from "./support/db.js";
import { gql, ok, testConfig, token, TEST_AUDIT_KEY } from "./support/hub.js";

/**
 * Issue 15: migrations through MikroORM's migrator, per unit (the hub and each department).
 * - The entities (with migrations/<unit>/tables.ts) and the tables the migrations make agree: MikroORM
 *   finds nothing to change in the unit's schema, and nothing to generate against the unit's snapshot.
 * - A database made by main before the migrator (test/fixtures/main-9132403.sql, made by
 *   test/fixtures/make-upgrade-fixture.js) upgrades in place: its migrations are recognised, its rows are
 *   all still there, unchanged, and its schema is then the one a new database gets, functions and
 *   triggers included (MikroORM does not compare those).
 */
const FIXTURE = path.join(projectRoot(), "test", "fixtures", "main-9132403.sql");
const log = createLogger("error", "migrations-test");
const SCHEMAS = UNITS.map(unitSchema);
const dbs: { drop(): Promise<void> }[] = [];
let fresh: string;

async function migrated(url: string): Promise<number> {
  const databases = await Databases.open({ ...loadConfig({}), databaseUrl: url, auditKey: TEST_AUDIT_KEY }, DEPARTMENTS, log);
  try {
    return await databases.migrate();
  } finally {
    await databases.close();
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The schemas' structure as PostgreSQL prints it: columns, constraints, indexes, sequences, functions, triggers. */
async function catalog(url: string): Promise<Record<string, string[]>> {
  const q = async (text: string) => (await sql<{ d: string }>(url, text, [SCHEMAS])).map((r) => r.d);
  return {
    columns: await q(`select format('%s.%s.%s %s%s%s%s', n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
        case when a.attnotnull then ' not null' else '' end,
        coalesce(' default ' || case when a.attgenerated = '' then pg_get_expr(d.adbin, d.adrelid) end, ''),
        coalesce(' generated ' || case when a.attgenerated <> '' then pg_get_expr(d.adbin, d.adrelid) end, '')) as d
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = any($1) and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped order by 1`),
    constraints: await q(`select format('%s.%s %s %s', n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)) as d
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = any($1) order by 1`),
    indexes: await q(`select indexdef as d from pg_indexes where schemaname = any($1) order by 1`),
    sequences: await q(`select format('%s.%s', sequence_schema, sequence_name) as d from information_schema.sequences where sequence_schema = any($1) order by 1`),
    functions: await q(`select pg_get_functiondef(p.oid) as d from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = any($1) order by 1`),
    triggers: await q(`select pg_get_triggerdef(t.oid) as d from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any($1) and not t.tgisinternal order by 1`),
  };
}

/** Each table's rows (but the migrations' own records): their number and a digest of their values. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const { rows: tables } = await c.query<{ t: string }>(
      `select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname = any($1) and tablename <> 'mikro_orm_migrations' order by 1`,
      [SCHEMAS],
    );
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const [r] = (await c.query<{ n: string; digest: string | null }>(`select count(*) as n, md5(string_agg(to_jsonb(x)::text, '|' order by to_jsonb(x)::text)) as digest from ${t} x`)).rows;
      out[t] = `${r.n} ${r.digest ?? "-"}`;
    }
    return out;
  });
}

const recorded = (url: string, unit: Unit) =>
  sql<{ id: number; name: string; executed_at: Date }>(url, `select id, name, executed_at from ${unitSchema(unit)}.mikro_orm_migrations order by id`);

beforeAll(async () => {
  const db = await createTestDatabase({ empty: true });
  dbs.push(db);
  fresh = db.url;
  await migrated(fresh);
});

afterAll(async () => {
  for (const db of dbs) await db.drop();
});

describe("the migrations", () => {
  it("are listed from their files, each class named as its file, by the time it was written", () => {
    const check = spawnSync(process.execPath, [path.join(projectRoot(), "scripts", "migration-list.js"), "--check"], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
    for (const unit of UNITS) {
      const names = MIGRATIONS[unit].map((m) => m.name);
      expect(names.length).toBeGreaterThan(0);
      expect(names, `${unit}: in the order they were written`).toEqual([...names].sort());
      expect(new Set(names).size).toBe(names.length);
      for (const m of MIGRATIONS[unit]) {
        expect((m.class as { name: string }).name).toBe(m.name);
        expect(fs.existsSync(path.join(projectRoot(), "migrations", unitFolder(unit), `${m.name}.ts`)), m.name).toBe(true);
        const [, y, mo, d, h, mi, s] = /^Migration(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:_\w+)?$/.exec(m.name)!.map(Number);
        const at = Date.UTC(y, mo - 1, d, h, mi, s);
        expect(new Date(at).getUTCDate(), `${m.name}: a real time`).toBe(d);
        expect(at).toBeLessThanOrEqual(Date.now());
      }
      // every former name (before the migrator) names a migration of the unit
      for (const now of Object.values(FORMER_NAMES[unit] ?? {})) expect(names).toContain(now);
    }
  });

  // MikroORM compares what it knows of tables: columns (types, nullability, defaults, generated), primary
  // keys, indexes, check constraints, foreign keys. Functions and triggers are outside it (see below).
  it.each(UNITS)("and the entities of %s agree: nothing to change in its schema, nothing to generate", async (unit) => {
    const orm = await openMigratorOrm(fresh, unit);
    try {
      const diff = await schemaDifference(orm, unit);
      expect(diff, `the entities of ${unit} and its tables differ; the SQL that would make the tables match:\n${diff}`).toBe("");
      expect(await orm.migrator.getPendingMigrations()).toEqual([]);
      // the snapshot is the schema the entities described at the last generated migration
      expect(await orm.migrator.checkMigrationNeeded(), `the entities of ${unit} changed since its last migration: npm run migration:create -- ${unitFolder(unit)} <name>`).toBe(false);
    } finally {
      await orm.close();
    }
  });

  it("find a difference when an entity and its table disagree", async () => {
    const db = await createTestDatabase({ empty: true });
    dbs.push(db);
    await migrated(db.url);
    await sql(db.url, "alter table grid.coal_to_electricity add column note text");
    await sql(db.url, "drop index grid.electricity_readings_credit_code_day_index");
    const orm = await openMigratorOrm(db.url, Department.GRID);
    try {
      const diff = await schemaDifference(orm, Department.GRID);
      expect(diff).toMatch(/alter table "grid"."coal_to_electricity" drop column "note"/);
      expect(diff).toMatch(/create index "electricity_readings_credit_code_day_index"/);
    } finally {
      await orm.close();
    }
  });
});

describe("a database made by main before the migrator", () => {
  let url: string;
  let before: Record<string, string>;
  const recordedBefore = new Map<Unit, { id: number; name: string; executed_at: Date }[]>();
  let applied: number;

  beforeAll(async () => {
    const db = await createTestDatabase({ empty: true });
    dbs.push(db);
    url = db.url;
    await withClient(url, (c) => c.query(fs.readFileSync(FIXTURE, "utf8")));
    before = await contents(url);
    for (const unit of UNITS) recordedBefore.set(unit, await recorded(url, unit));
    applied = await migrated(url);
  });

  it("has its migrations recognised under their names now, and gets only those written since", async () => {
    let since = 0;
    for (const unit of UNITS) {
      const was = recordedBefore.get(unit)!;
      expect(was.length, `${unit}: the fixture records main's migrations`).toBeGreaterThan(0);
      const now = await recorded(url, unit);
      // the same records (ids, times), renamed
      expect(now.slice(0, was.length)).toEqual(was.map((r) => ({ ...r, name: FORMER_NAMES[unit][r.name] })));
      // (in the order applied: main applied the hub's trust before its rate limits, written earlier)
      expect(now.map((r) => r.name).sort()).toEqual(MIGRATIONS[unit].map((m) => m.name));
      since += now.length - was.length;
    }
    expect(applied).toBe(since);
    expect(await migrated(url), "a second run has nothing to do").toBe(0);
  });

  it("keeps every row of every table, unchanged", async () => {
    const after = await contents(url);
    // the tables the fixture had, unchanged; tables the migrations since created are new
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, after[t]]))).toEqual(before);
    expect(Object.values(after).filter((v) => !v.startsWith("0 ")).length, "the fixture has rows in most tables").toBeGreaterThan(40);
  });

  it("then has the schema a new database gets, functions and triggers included, and the entities agree with it", async () => {
    const [upgraded, made] = await Promise.all([catalog(url), catalog(fresh)]);
    for (const part of Object.keys(made)) {
      expect(made[part].length, part).toBeGreaterThan(0);
      expect(upgraded[part], part).toEqual(made[part]);
    }
    for (const unit of UNITS) {
      const orm = await openMigratorOrm(url, unit);
      try {
        expect(await schemaDifference(orm, unit), unit).toBe("");
      } finally {
        await orm.close();
      }
    }
  });

  it("still holds an audit chain that verifies, and serves its records and their history", async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const check = await new AuditChain(new TextEncoder().encode(TEST_AUDIT_KEY)).verify(pool);
      expect(check.broken).toBeUndefined();
      expect(check.checked).toBeGreaterThan(10);
    } finally {
      await pool.end();
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-upgraded-"));
    const server = await startAllInOne(testConfig(url, dataDir), log);
    try {
      const q = `{ firePoint(id: "FPFIXTURE1") { source confirmed history { batchId current values } } }`;
      const data = ok(await gql<{ firePoint: { source: string; confirmed: boolean; history: { batchId: string; current: boolean }[] } }>(server.url, q, {}, await token(Department.AGRICULTURE, Role.MEMBER)), q);
      expect(data.firePoint).toMatchObject({ source: "DRONE", confirmed: true });
      expect(data.firePoint.history.map((v) => [v.batchId, v.current])).toEqual([
        ["fixture-fire-1", false],
        ["fixture-fire-2", true],
      ]);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
