import crypto from "node:crypto";
import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { AuditKind, who } from "../common/audit-entry.js";
import type { Principal } from "../common/auth.js";
import type { HubContext } from "../common/context.js";
import { DATASET_INFO, Dataset } from "../common/datasets.js";
import { defineEnum, type EnumOf } from "../common/enum.js";
import { badInput, hubError } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import { ExportFormat, fileName, isJobId, signLink, type ExportPlace } from "../common/export/files.js";
import { exportRunField } from "../common/export/run-resolver.js";
import { checkDatasetAccess, datasetAccess, exportable, exportFilter } from "../common/export/run.js";
import { buildFederatedSchema, type SubgraphDefinition } from "../common/federation.js";
import "../common/graphql-enums.js"; // registers Dataset
import { loadGrants } from "../common/grants.js";
import "../common/provenance.js"; // registers Department
import { Envelope } from "../common/sharing.js";
import type { Logger } from "../common/logger.js";
import { inTransaction } from "../db/transaction.js";
import { Department } from "../shared/departments.js";

export const ExportStatus = defineEnum(
  "ExportStatus",
  {
    QUEUED: "Accepted; the owning department has not started it yet.",
    RUNNING: "The owning department is writing the file (`sizeBytes` so far).",
    DONE: "The file is written: `rowCount`, `sizeBytes`, `sha256` and a `downloadUrl` until `expiresAt`.",
    FAILED: "No file: `reason` says why.",
  },
  "Where an export job stands.",
);
export type ExportStatus = EnumOf<typeof ExportStatus>;

@Envelope()
@ObjectType({ description: "A bulk export: the rows of a dataset the requester may read, as a file the owning department wrote, masked as the API masks them." })
export class ExportJob {
  @Field(() => ID, { description: "The job's id." }) id!: string;
  @Field(() => Dataset, { description: "The dataset exported." }) dataset!: Dataset;
  @Field(() => ExportFormat, { description: "The file's format." }) format!: ExportFormat;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The filter as given: conditions of the dataset's list query; null for all rows." }) filter!: Record<string, unknown> | null;
  @Field(() => Department, { description: "The requesting department." }) department!: Department;
  @Field({ description: "Who asked (the token's subject)." }) subject!: string;
  @Field(() => ExportStatus, { description: "Where the job stands." }) status!: ExportStatus;
  @Field(() => String, { nullable: true, description: "Why it FAILED (with the error code); null otherwise." }) reason!: string | null;
  @Field(() => Float, { nullable: true, description: "Rows in the file (DONE)." }) rowCount!: number | null;
  @Field(() => Float, { nullable: true, description: "The file's size in bytes (DONE), or written so far (RUNNING)." }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true, description: "SHA-256 of the file, hex (DONE): check the download against it (the audit entry holds it too)." }) sha256!: string | null;
  @Field({ description: "When it was asked for." }) requestedAt!: Date;
  @Field(() => Date, { nullable: true, description: "When the owning department started it." }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When it ended (DONE or FAILED)." }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: "When the file is removed (the retention period, LANTIAN_EXPORT_RETENTION, after it was written)." }) expiresAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A link to download the file, a path to resolve against the hub's address (GET, no token needed: the link is signed); good until `downloadUrlExpiresAt`, a new one with every read. Null unless DONE, for the requester's department and role, before `expiresAt`, while they may read the dataset (a grant that ended or was revoked ends the links).",
  })
  downloadUrl!: string | null;
  @Field(() => Date, { nullable: true, description: "When `downloadUrl` stops working (LANTIAN_EXPORT_LINK_TTL after this read, at most `expiresAt`)." }) downloadUrlExpiresAt!: Date | null;
}

interface JobRow {
  id: string;
  dataset: Dataset;
  owner: Department;
  format: ExportFormat;
  filter: Record<string, unknown> | null;
  department: Department;
  role: string;
  subject: string;
  status: ExportStatus;
  reason: string | null;
  rowCount: string | null;
  sizeBytes: string | null;
  sha256: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
}
const COLUMNS = `id, dataset, owner, format, filter, department, role, subject, status, reason, row_count as "rowCount", size_bytes as "sizeBytes", sha256,
  requested_at as "requestedAt", started_at as "startedAt", finished_at as "finishedAt", expires_at as "expiresAt"`;

/**
 * A job with no sign of life for this long is dead: the owner's writer beats every second while it runs, and
 * claims a queued job as soon as the hub calls it. A process that stopped mid-job (the hub's, which records
 * the outcome, or the owner's, which writes the file) would otherwise leave it QUEUED or RUNNING for ever.
 */
export const STALE_EXPORT_SECONDS = 60;
/**
 * A department's exports queued or running at once. Each holds a database connection of its own on the
 * owner's database and a file being written for its whole run: a burst of requests must not take them all.
 */
export const MAX_ACTIVE_EXPORTS = 2;

/** Fails the department's jobs whose process stopped, so that a reader sees FAILED, not a job running for ever. */
async function failStaleJobs(ctx: HubContext): Promise<void> {
  await ctx.hub.query(
    `update hub.export_jobs set status = 'FAILED', finished_at = now(),
        reason = 'INTERRUPTED: the process running it stopped before the file was recorded; request the export again'
      where department = $1 and status in ('QUEUED', 'RUNNING')
        and coalesce(heartbeat_at, requested_at) < now() - make_interval(secs => $2)`,
    [ctx.principal.department, STALE_EXPORT_SECONDS],
  );
}

/**
 * A job as its reader sees it: a fresh signed link for the requester's department and role while the file is
 * kept, and while they may still read the dataset (a grant that ended, or was revoked, ends the links too).
 */
function toJob(r: JobRow, p: Principal, place: ExportPlace | undefined, grants: Set<Dataset>, now = new Date()): ExportJob {
  let downloadUrl: string | null = null;
  let downloadUrlExpiresAt: Date | null = null;
  if (r.status === ExportStatus.DONE && place && r.expiresAt && r.expiresAt > now && r.department === p.department && r.role === p.role && datasetAccess(r.dataset, p, grants) === "FULL") {
    downloadUrlExpiresAt = new Date(Math.min(now.getTime() + place.linkTtlSeconds * 1000, r.expiresAt.getTime()));
    downloadUrl = signLink(place, r.owner, fileName(r.id, r.format), downloadUrlExpiresAt);
  }
  const num = (v: string | null) => (v === null ? null : Number(v));
  return { ...r, rowCount: num(r.rowCount), sizeBytes: num(r.sizeBytes), downloadUrl, downloadUrlExpiresAt };
}


/**
 * Bulk exports: the hub checks the request (the dataset may be read, the filter is the list's), records the
 * job, has the owning department's subgraph run it on its own database (in process or over HTTP, with the
 * requester's token), then records the outcome and one audit entry per file.
 */
@Resolver(() => ExportJob)
export class ExportResolver {
  constructor(
    private readonly departments: readonly SubgraphDefinition[],
    private readonly log?: Logger,
  ) {}

  @Mutation(() => ExportJob, {
    description:
      "Starts a bulk export of the rows of `dataset` you may read (OPEN data, your own, or CONDITIONAL data with a grant in force; a RESTRICTED field masked as the API masks it, or left out where the API refuses it), in no particular order. Follow it with exportJob(id); the file is kept for the retention period.",
  })
  async requestExport(
    @Arg("dataset", () => Dataset, { description: "The dataset to export (one with a list query)." }) dataset: Dataset,
    @Arg("format", () => ExportFormat, { defaultValue: ExportFormat.CSV, description: "CSV (the default) or JSONL." }) format: ExportFormat,
    @Arg("filter", () => GraphQLJSONObject, {
      nullable: true,
      description: 'The conditions of the dataset\'s list query, as its `filter` input (or its filter arguments) takes them, e.g. {"creditCode": "…", "from": "2024-01-01", "to": "2024-12-31"} for electricityReadings; omit it for every row.',
    })
    filter: Record<string, unknown> | null,
    @Ctx() ctx: HubContext,
  ): Promise<ExportJob> {
    const owner = DATASET_INFO[dataset].owner;
    const def = this.departments.find((d) => d.department === owner);
    const d = exportable(def?.datasets, dataset);
    const grants = await loadGrants(ctx.hub, ctx.principal);
    checkDatasetAccess(dataset, ctx.principal, grants);
    // refused now rather than failed later: checked by the list's own types in the owner's schema
    exportFilter(buildFederatedSchema(def!), d, filter);
    const p = ctx.principal;
    await failStaleJobs(ctx);
    const row = await inTransaction(ctx.hub, async (client) => {
      // one request of the department at a time counts and adds, so that the cap holds under a burst
      await client.query("select pg_advisory_xact_lock(hashtext('hub.export_jobs:' || $1))", [p.department]);
      const { rows: [{ active }] } = await client.query<{ active: number }>(`select count(*)::int as active from hub.export_jobs where department = $1 and status in ('QUEUED', 'RUNNING')`, [p.department]);
      if (active >= MAX_ACTIVE_EXPORTS) {
        throw hubError(ErrorCode.RATE_LIMITED, `${active} exports of your department are still running, the most at once: ask again when one has ended (exportJobs)`, { limit: MAX_ACTIVE_EXPORTS });
      }
      const { rows: [job] } = await client.query<JobRow>(
        `insert into hub.export_jobs (id, dataset, owner, format, filter, department, role, subject, status) values ($1, $2, $3, $4, $5, $6, $7, $8, 'QUEUED') returning ${COLUMNS}`,
        [crypto.randomUUID(), dataset, owner, format, JSON.stringify(filter ?? null), p.department, p.role, p.subject],
      );
      return job;
    });
    // not awaited: the answer is the queued job; the outcome is the job's row and its audit entry
    void this.run(ctx, row);
    return toJob(row, p, ctx.exports, grants);
  }

  /** Has the owner's subgraph write the file, then records DONE and the audit entry together, or FAILED. */
  private async run(ctx: HubContext, job: JobRow): Promise<void> {
    const field = exportRunField(job.owner);
    try {
      const data = await ctx.peers.request<Record<string, { rowCount: number; sizeBytes: number; sha256: string }>>(job.owner, `mutation RunExport($job: ID!) { ${field}(job: $job) }`, { job: job.id });
      const { rowCount, sizeBytes, sha256 } = data[field];
      const retention = ctx.exports?.retentionSeconds ?? 0;
      await inTransaction(ctx.hub, async (client) => {
        const { rowCount: recorded } = await client.query(
          // one outcome per job: a job already failed as stale stays failed (its file is never linked)
          `update hub.export_jobs set status = 'DONE', row_count = $2, size_bytes = $3, sha256 = $4, finished_at = now(), expires_at = now() + make_interval(secs => $5) where id = $1 and status = 'RUNNING'`,
          [job.id, rowCount, sizeBytes, sha256, retention],
        );
        if (!recorded) return this.log?.warn(`export ${job.id}: written after it was failed as stale; its file is not linked`);
        await ctx.audit.append(client, [
          {
            kind: AuditKind.EXPORT,
            ...who(ctx.principal),
            dataset: job.dataset,
            sharingClass: DATASET_INFO[job.dataset].sharingClass,
            exportId: job.id,
            format: job.format,
            filter: JSON.stringify(job.filter ?? {}),
            recordCount: rowCount,
            sizeBytes,
            sha256,
          },
        ]);
      });
    } catch (e) {
      const code = (e as { extensions?: { code?: unknown } }).extensions?.code;
      const reason = `${typeof code === "string" ? `${code}: ` : ""}${(e as Error).message}`;
      if (typeof code !== "string") this.log?.error(`export ${job.id} failed: ${(e as Error).stack ?? e}`);
      await ctx.hub
        .query(`update hub.export_jobs set status = 'FAILED', reason = $2, finished_at = now() where id = $1 and status in ('QUEUED', 'RUNNING')`, [job.id, reason.slice(0, 2000)])
        .catch((err: Error) => this.log?.error(`export ${job.id}: its failure was not recorded: ${err.message}`));
    }
  }

  @Query(() => [ExportJob], { description: "Your department's export jobs, newest first; page on with `after`." })
  async exportJobs(
    @Arg("first", () => Int, { defaultValue: 20, description: "How many, 1 to 100 (default 20)." }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The id of the last job of the previous page: the jobs requested before it." }) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ExportJob[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput("first must be 1 to 100", { argument: "first" });
    const department = ctx.principal.department;
    if (after != null) {
      if (!isJobId(after)) throw badInput(`after: ${after} is not an export job id`, { argument: "after" });
      const { rowCount } = await ctx.hub.query(`select from hub.export_jobs where id = $1 and department = $2`, [after, department]);
      if (!rowCount) throw badInput(`after: ${after} is no export job of your department`, { argument: "after" });
    }
    await failStaleJobs(ctx);
    // compared in SQL: requested_at has microseconds, a JavaScript Date only milliseconds
    const { rows } = await ctx.hub.query<JobRow>(
      `select ${COLUMNS} from hub.export_jobs
        where department = $1 and ($3::uuid is null or (requested_at, id) < (select requested_at, id from hub.export_jobs where id = $3))
        order by requested_at desc, id desc limit $2`,
      [department, first, after ?? null],
    );
    const grants = await loadGrants(ctx.hub, ctx.principal);
    return rows.map((r) => toJob(r, ctx.principal, ctx.exports, grants));
  }

  @Query(() => ExportJob, { nullable: true, description: "One export job of your department, with a fresh download link when it is done; null when there is none." })
  async exportJob(@Arg("id", () => ID, { description: "The job's id, from requestExport." }) id: string, @Ctx() ctx: HubContext): Promise<ExportJob | null> {
    if (!isJobId(id)) throw badInput(`id ${id} is not an export job id`, { argument: "id" });
    await failStaleJobs(ctx);
    const { rows: [row] } = await ctx.hub.query<JobRow>(`select ${COLUMNS} from hub.export_jobs where id = $1 and department = $2`, [id, ctx.principal.department]);
    return row ? toJob(row, ctx.principal, ctx.exports, await loadGrants(ctx.hub, ctx.principal)) : null;
  }
}

