import fs from "node:fs";
import path from "node:path";
import type { MikroORM } from "@mikro-orm/postgresql";
import pg from "pg";
import { hubDatabaseUrl, runtimeDatabaseUrlOf, type Config } from "../common/config.js";
import { AuditChain, Checkpointer } from "../common/audit-chain.js";
import { ReadAuditCommitter, UsageBuffer } from "../common/audit.js";
import { ContributionLog } from "../common/contribution/attempt-log.js";
import { DatasetStats } from "../common/dataset-stats.js";
import { loadAuditKey } from "../common/auth.js";
import { DEPARTMENT_INFO, type Department } from "../shared/departments.js";
import type { Logger } from "../common/logger.js";
import { HUB, type SubgraphId } from "../shared/subgraphs.js";
import { SUBGRAPHS } from "../departments/index.js";
import { isClusterProcess, postgresBinary, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres.js";
import { migrateUnit } from "./migrator.js";
import { openOrm } from "./orm.js";
import { poolConfig, resilientPool } from "./pools.js";
import { canLogIn, prepareRuntimeRole } from "./roles.js";
import { sqlStatements } from "./query-counter.js";

const EMBEDDED_DATABASE = "lantian";

/** How an operator reaches the embedded cluster of a running hub: `$LANTIAN_DATA_DIR/postgres.json`. */
export function attachFile(config: Pick<Config, "dataDir">): string {
  return path.join(config.dataDir, "postgres.json");
}

interface AttachInfo {
  url: string;
  /** the cluster directory and the postmaster's pid, so a reader can check the server is the one named */
  dataDir: string;
  pid: number;
}

function writeAttachFile(file: string, info: AttachInfo): void {
  // written whole, then renamed over the old one: a reader never sees half a file
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** The URL of a running hub's embedded cluster, when postgres.json names a live server of it. */
async function attachedUrl(config: Config): Promise<string | undefined> {
  let info: AttachInfo;
  try {
    info = JSON.parse(fs.readFileSync(attachFile(config), "utf8")) as AttachInfo;
  } catch {
    return undefined;
  }
  if (typeof info.url !== "string" || !isClusterProcess(info.pid, postgresBinary(), info.dataDir)) return undefined;
  return (await canLogIn(info.url, config.database.connectTimeoutMs)) ? info.url : undefined;
}

/**
 * The databases behind the subgraphs this process serves. Departments that share a URL share one
 * ORM (one pool); a department given its own DATABASE_URL_<DEPARTMENT> gets its own, and that database
 * also holds the `hub` records of its writes (contribution batches, the audit entries of its writes: they
 * commit with the write). The hub's own records (grants, audit of reads, usage, the catalogue's figures,
 * rate-limit counters) are on the hub's database (DATABASE_URL_HUB, else the shared one), which is one of
 * the groups, holding no department when none served here is on it. A process opens only these: its
 * departments' databases and the hub's, never another department's.
 */
export class Databases {
  private constructor(
    readonly groups: { url: string; departments: Department[]; orm: MikroORM; pool: pg.Pool }[],
    private embedded: EmbeddedPostgres | undefined,
    private readonly log: Logger,
    /** the database of the hub's own records (grants, audit of reads, usage, rate limits): DATABASE_URL_HUB, else the shared one */
    readonly hubUrl: string,
    /**
     * Bookkeeping that may be lost in a crash (usage counters) on the hub's database, with synchronous
     * commit off for these connections only: no fsync wait for it.
     */
    private readonly bookkeeping: pg.Pool,
    private attach: string | undefined,
    private readonly timeouts: Config["database"],
    private readonly auditKey: Uint8Array,
  ) {
    this.usage = new UsageBuffer(bookkeeping, (e) => log.warn(`usage counts not written yet (kept for the next try): ${e.message}`));
    this.audit = new AuditChain(auditKey);
    this.reads = new ReadAuditCommitter(this.audit, this.hubPool());
    // counted on each department's own database, written to the hub's
    this.datasetStats = new DatasetStats((d) => groups.find((g) => g.departments.includes(d))?.pool, this.hubPool(), log);
    this.contributionLog = new ContributionLog(this.hubPool(), (e) => log.warn(`a contribution attempt was not added to the list of batches: ${e.message}`));
  }

  /** The audit chain, keyed with the hub's audit key: every append goes through it. */
  readonly audit: AuditChain;
  /** The audit entries of reads, group-committed to the hub's database (see ReadAuditCommitter). */
  readonly reads: ReadAuditCommitter;
  private checkpointer: Checkpointer | undefined;

  /**
   * Serving processes keep checkpoints of every chain they append to in the data directory (operator
   * commands do not: a checkpoint is only ever written of a chain checked since the previous one).
   */
  keepCheckpoints(dataDir: string): void {
    this.checkpointer ??= new Checkpointer(this.audit, () => this.auditTrails(), dataDir, this.log);
  }

  /** Usage counts of reads without audit entries, written in the background (see UsageBuffer). */
  readonly usage: UsageBuffer;

  /** The catalogue's figures of the datasets of the departments opened here, reported to the hub's database. */
  readonly datasetStats: DatasetStats;

  /** The list of contribution attempts, on the hub's database. */
  readonly contributionLog: ContributionLog;

  /**
   * Opens the databases of `departments` and the hub's (no departments: the hub's alone, for its own
   * subgraph). Without a DATABASE_URL the embedded cluster in the data directory is started (and
   * supervised when `supervise`), or, with `attach`, the cluster of a hub already running on that data
   * directory is used through its postgres.json.
   */
  static async open(
    config: Config,
    departments: readonly Department[],
    log: Logger,
    opts: { supervise?: boolean; attach?: boolean } = {},
  ): Promise<Databases> {
    let embedded: EmbeddedPostgres | undefined;
    let attach: string | undefined;
    const urlOf = new Map<Department, string>();
    for (const d of departments) {
      const url = config.departmentDatabaseUrls[d] ?? config.databaseUrl;
      if (url) urlOf.set(d, url);
    }
    let shared: string | undefined;
    const hubOwnerUrl = hubDatabaseUrl(config);
    if (urlOf.size < departments.length || (departments.length === 0 && !hubOwnerUrl)) {
      let url = opts.attach ? await attachedUrl(config) : undefined;
      if (url) {
        log.info(`using the embedded PostgreSQL of the hub running on ${config.dataDir} (${attachFile(config)})`);
      } else {
        const file = attachFile(config);
        const pgDir = path.join(config.dataDir, "pg");
        embedded = await startEmbeddedPostgres({
          dataDir: pgDir,
          port: config.embeddedPgPort,
          log,
          supervise: opts.supervise,
          onRestart: (e) => writeAttachFile(file, { url: url!, dataDir: e.dataDir, pid: e.pid }),
        });
        log.info(`embedded PostgreSQL on 127.0.0.1:${embedded.port}, cluster in ${embedded.dataDir}`);
        url = await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
        writeAttachFile(file, { url, dataDir: embedded.dataDir, pid: embedded.pid });
        attach = file;
      }
      for (const d of departments) if (!urlOf.has(d)) urlOf.set(d, url);
      shared = url;
    }
    // The hub's grants, audit trail of reads, usage and figures live in its own database (DATABASE_URL_HUB),
    // else the shared one (DATABASE_URL or the embedded one); a department with its own database keeps its
    // writes' batches and audit entries there.
    const hubUrl = hubOwnerUrl ?? shared;
    return Databases.connect(config, urlOf, hubUrl, embedded, attach, log);
  }

  /** Opens the ORMs and pools on the given URLs; the cluster (if any) and its postgres.json become this instance's. */
  private static async connect(
    config: Config,
    urlOf: Map<Department, string>,
    hubUrl: string | undefined,
    embedded: EmbeddedPostgres | undefined,
    attach: string | undefined,
    log: Logger,
  ): Promise<Databases> {
    const departments = [...urlOf.keys()];
    const byUrl = new Map<string, Department[]>();
    for (const d of departments) byUrl.set(urlOf.get(d)!, [...(byUrl.get(urlOf.get(d)!) ?? []), d]);
    // the hub's records on a database no department served here is on: a group of its own
    if (hubUrl && !byUrl.has(hubUrl)) byUrl.set(hubUrl, []);
    if (byUrl.size === 0) throw new Error("no database to open: neither a department nor the hub's");
    const groups = [];
    try {
      for (const [url, ds] of byUrl) {
        const orm = await openOrm(url, ds.flatMap((d) => SUBGRAPHS[d].entities), config.database, log);
        // Bulk writes (contributions, demo data) go through plain pg for array parameters and COPY.
        const name = groupName(ds);
        groups.push({ url, departments: ds, orm, pool: countingPool(resilientPool(poolConfig(url, 5, config.database), log, name)) });
      }
    } catch (e) {
      await Promise.all(groups.map((g) => Promise.all([g.orm.close(), g.pool.end()])));
      await embedded?.stop();
      if (attach) fs.rmSync(attach, { force: true });
      throw e;
    }
    // without a hub's or shared database (every department on its own, all in one process), the first one
    // holds the hub's records; a department's own process refuses to start so (startSubgraphServer)
    const sharedUrl = hubUrl ?? groups[0].url;
    const bookkeeping = resilientPool(poolConfig(sharedUrl, 2, config.database, { synchronous_commit: "off" }), log, "bookkeeping");
    return new Databases(groups, embedded, log, sharedUrl, bookkeeping, attach, config.database, loadAuditKey(config));
  }

  /**
   * The same databases, reached as the least-privilege runtime login instead of the owner (see
   * roles.ts): call after migrations and demo data, before serving. This instance is closed; the
   * embedded cluster, if any, passes to the one returned.
   */
  async asRuntime(config: Config): Promise<Databases> {
    const runtimeOf = new Map<string, string>();
    for (const url of new Set([...this.groups.map((g) => g.url), this.hubUrl])) {
      const departments = this.groups.find((g) => g.url === url)?.departments ?? [];
      const runtime = await prepareRuntimeRole(url, {
        runtimeUrl: runtimeDatabaseUrlOf(config, url),
        secret: this.auditKey,
        schemas: ["hub", ...departments.map((d) => DEPARTMENT_INFO[d].dbSchema)],
        log: this.log,
      });
      runtimeOf.set(url, runtime ?? url);
    }
    const urlOf = new Map<Department, string>();
    for (const g of this.groups) for (const d of g.departments) urlOf.set(d, runtimeOf.get(g.url)!);
    const next = await Databases.connect(config, urlOf, runtimeOf.get(this.hubUrl), this.embedded, this.attach, this.log);
    this.embedded = undefined;
    this.attach = undefined;
    await this.close();
    return next;
  }

  /** The group of a department's database, or of the hub's own records. */
  private group(s: SubgraphId) {
    const g = s === HUB ? this.groups.find((x) => x.url === this.hubUrl) : this.groups.find((x) => x.departments.includes(s));
    if (!g) throw new Error(`no database opened for ${s}`);
    return g;
  }

  orm(s: SubgraphId): MikroORM {
    return this.group(s).orm;
  }

  pool(s: SubgraphId): pg.Pool {
    return this.group(s).pool;
  }

  /** Applies pending migrations: `hub` on every database (the shared one included), then each department's in its own schema. */
  async migrate(): Promise<number> {
    let applied = 0;
    for (const g of this.groups) {
      for (const unit of [HUB as SubgraphId, ...g.departments]) applied += await migrateUnit(g.orm, unit);
    }
    return applied;
  }

  /** The database of the hub's grants, audit of reads, usage and the catalogue's figures. */
  hubPool(): pg.Pool {
    return this.group(HUB).pool;
  }

  /** Each database's audit trail (one chain per database), named by the departments it holds ("hub" for none). */
  auditTrails(): { name: string; pool: pg.Pool }[] {
    return this.groups.map((g) => ({ name: groupName(g.departments), pool: g.pool }));
  }

  /** Resolves when every database answers; rejects when one does not, within the connect timeout. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database did not answer in time")), this.timeouts.connectTimeoutMs);
    });
    try {
      await Promise.race([deadline, Promise.all(this.groups.map((g) => g.pool.query("select 1")))]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.reads.close();
    await this.datasetStats.close();
    await this.checkpointer?.close();
    await Promise.all(this.groups.map((g) => Promise.all([g.orm.close(true), g.pool.end()])));
    await this.usage.close();
    await this.bookkeeping.end();
    if (this.embedded) {
      await this.embedded.stop();
      if (this.attach) fs.rmSync(this.attach, { force: true });
      this.log.info("embedded PostgreSQL stopped");
    }
  }
}

/** A database's name in logs and audit trails: the departments it holds, or `hub` for the hub's records alone. */
function groupName(departments: Department[]): string {
  return departments.length > 0 ? departments.map((d) => DEPARTMENT_INFO[d].slug).join("+") : "hub";
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
