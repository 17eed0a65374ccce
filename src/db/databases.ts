import path from "node:path";
import { Migrator } from "@mikro-orm/migrations";
import type { MikroORM } from "@mikro-orm/postgresql";
import pg from "pg";
import { MIGRATIONS } from "../../migrations/index.js";
import type { Config } from "../common/config.js";
import { DEPARTMENT_INFO, type Department } from "../common/departments.js";
import type { Logger } from "../common/logger.js";
import { SUBGRAPHS } from "../departments/index.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres.js";
import { openOrm } from "./orm.js";
import { sqlStatements } from "./query-counter.js";

const EMBEDDED_DATABASE = "lantian";

/**
 * The databases behind the departments this process serves. Departments that share a URL share one
 * ORM (one pool); a department given its own DATABASE_URL_<DEPARTMENT> gets its own, and that database
 * also holds its `hub` records.
 */
export class Databases {
  private constructor(
    readonly groups: { url: string; departments: Department[]; orm: MikroORM; pool: pg.Pool }[],
    private readonly embedded: EmbeddedPostgres | undefined,
    private readonly log: Logger,
    private readonly hub: pg.Pool,
    private readonly ownHubPool: boolean,
    /** the shared database of the hub's own records (grants, audit of reads, usage, rate limits) */
    readonly hubUrl: string,
  ) {}

  static async open(config: Config, departments: readonly Department[], log: Logger): Promise<Databases> {
    let embedded: EmbeddedPostgres | undefined;
    const urlOf = new Map<Department, string>();
    for (const d of departments) {
      const url = config.departmentDatabaseUrls[d] ?? config.databaseUrl;
      if (url) urlOf.set(d, url);
    }
    if (urlOf.size < departments.length) {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "pg"), port: config.embeddedPgPort, log });
      log.info(`embedded PostgreSQL on 127.0.0.1:${embedded.port}, cluster in ${embedded.dataDir}`);
      const url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
      for (const d of departments) if (!urlOf.has(d)) urlOf.set(d, url);
    }
    // The hub's grants, audit trail of reads and usage live in the shared database (DATABASE_URL or the
    // embedded one); a department with its own database keeps its writes' audit entries there.
    const hubUrl = config.databaseUrl ?? (embedded ? urlOf.get(departments.find((d) => !config.departmentDatabaseUrls[d])!) : undefined);
    const byUrl = new Map<string, Department[]>();
    for (const d of departments) byUrl.set(urlOf.get(d)!, [...(byUrl.get(urlOf.get(d)!) ?? []), d]);
    const groups = [];
    try {
      for (const [url, ds] of byUrl) {
        const orm = await openOrm(url, ds.flatMap((d) => SUBGRAPHS[d].entities));
        // Bulk writes (contributions, demo data) go through plain pg for array parameters and COPY.
        groups.push({ url, departments: ds, orm, pool: countingPool(new pg.Pool({ connectionString: url, max: 5 })) });
      }
    } catch (e) {
      await Promise.all(groups.map((g) => Promise.all([g.orm.close(), g.pool.end()])));
      await embedded?.stop();
      throw e;
    }
    const hubGroup = groups.find((g) => g.url === hubUrl) ?? (hubUrl ? undefined : groups[0]);
    const hub = hubGroup?.pool ?? countingPool(new pg.Pool({ connectionString: hubUrl, max: 3 }));
    return new Databases(groups, embedded, log, hub, !hubGroup, hubUrl ?? hubGroup!.url);
  }

  private group(d: Department) {
    const g = this.groups.find((x) => x.departments.includes(d));
    if (!g) throw new Error(`no database opened for ${d}`);
    return g;
  }

  orm(d: Department): MikroORM {
    return this.group(d).orm;
  }

  pool(d: Department): pg.Pool {
    return this.group(d).pool;
  }

  /** Applies pending migrations: `hub` on every database, then each department's in its own schema. */
  async migrate(): Promise<number> {
    let applied = 0;
    for (const g of this.groups) {
      for (const unit of ["HUB" as const, ...g.departments]) {
        const schema = unit === "HUB" ? "hub" : DEPARTMENT_INFO[unit].dbSchema;
        // One Migrator per unit, each with its own history table inside its own schema.
        g.orm.config.set("migrations", {
          ...g.orm.config.get("migrations"),
          tableName: `${schema}.mikro_orm_migrations`,
          migrationsList: MIGRATIONS[unit],
          snapshot: false,
          silent: true,
          transactional: true,
          allOrNothing: true,
        });
        const done = await new Migrator(g.orm.em).up();
        applied += done.length;
      }
    }
    return applied;
  }

  /** The database of the hub's grants, audit of reads and usage. */
  hubPool(): pg.Pool {
    return this.hub;
  }

  /** Each database's audit trail (one chain per database), named by the departments it holds. */
  auditTrails(): { name: string; pool: pg.Pool }[] {
    const trails = this.groups.map((g) => ({ name: g.departments.map((d) => DEPARTMENT_INFO[d].slug).join("+"), pool: g.pool }));
    if (this.ownHubPool) trails.push({ name: "hub", pool: this.hub });
    return trails;
  }

  async ping(): Promise<void> {
    await Promise.all(this.groups.map((g) => g.orm.em.getConnection().execute("select 1")));
  }

  async close(): Promise<void> {
    await Promise.all(this.groups.map((g) => Promise.all([g.orm.close(true), g.pool.end()])));
    if (this.ownHubPool) await this.hub.end();
    if (this.embedded) {
      await this.embedded.stop();
      this.log.info("embedded PostgreSQL stopped");
    }
  }
}

/** A pool whose statements count in `sqlStatements` too, so N+1 checks see the raw-SQL loaders as well. */
function countingPool(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    sqlStatements.count += 1;
    return query(...args);
  };
  return pool;
}

/** Creates a database on the server of `serverUrl` if it is missing; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      const tpl = template ? ` template ${client.escapeIdentifier(template)}` : "";
      await client.query(`create database ${client.escapeIdentifier(name)}${tpl}`);
    }
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
