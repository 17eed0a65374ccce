// A bulk export as the owning department's subgraph runs it, on its own database: the rows its list answers
// for the filter, each field as the requester may read it (the API's sharing rule and masks, from the same
// declarations), streamed with COPY into a file in its data directory.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { coerceInputValue, getNamedType, isInputObjectType, type GraphQLError, type GraphQLInputType, type GraphQLSchema } from "graphql";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Principal } from "../auth.js";
import type { HubContext } from "../context.js";
import type { DefinedDataset, ExportColumn } from "../dataset.js";
import { DATASET_INFO, type Dataset } from "../datasets.js";
import { badInput, notFound } from "../errors.js";
import { loadGrants } from "../grants.js";
import { accessTo, maskedValue, type SharingDecl } from "../sharing.js";
import { grantRequired, restricted, sharingDeclarations } from "../sharing-enforcement.js";
import { ExportFormat, fileName, filePath, isJobId, type ExportPlace } from "./files.js";
import { CopyTextTo, type RowColumn } from "./rows.js";

/** The datasets a subgraph can export: those declared with defineDataset, in their owner's subgraph. */
export function exportable(datasets: readonly DefinedDataset<object>[] | undefined, dataset: Dataset): DefinedDataset<object> {
  const d = datasets?.find((x) => x.decl.dataset === dataset);
  if (!d) throw badInput(`${dataset} cannot be exported: it has no dataset declaration its owner can stream (ask for it through the API)`, { argument: "dataset" });
  return d;
}

/**
 * The export's filter as the dataset's list takes it (its `filter` input, or its filter arguments), coerced and
 * checked by the list's own GraphQL types in the owner's schema: the same conditions select the same rows.
 */
export function exportFilter(schema: GraphQLSchema, d: DefinedDataset<object>, filter: unknown): Record<string, unknown> | undefined {
  if (filter === null || filter === undefined) return undefined;
  if (typeof filter !== "object" || Array.isArray(filter)) throw badInput("filter must be an object of the dataset's list filters", { argument: "filter" });
  const given = filter as Record<string, unknown>;
  const list = d.decl.list;
  const field = list ? schema.getQueryType()?.getFields()[list.query] : undefined;
  const errors: string[] = [];
  const coerce = (value: unknown, type: GraphQLInputType, at: string) =>
    coerceInputValue(value, type, (p, _invalid, e: GraphQLError) => errors.push(`${[at, ...p].join(".")}: ${e.message}`));
  let out: Record<string, unknown> | undefined;
  if (field && list?.filterArgs) {
    const args = field.args.filter((a) => a.name !== "first" && a.name !== "after");
    const unknown = Object.keys(given).filter((k) => !args.some((a) => a.name === k));
    if (unknown.length) throw badInput(`filter: ${unknown.join(", ")} ${unknown.length > 1 ? "are" : "is"} not a filter of ${list.query}; its filters are ${args.map((a) => a.name).join(", ")}`, { argument: "filter" });
    out = Object.fromEntries(args.filter((a) => a.name in given).map((a) => [a.name, coerce(given[a.name], a.type, `filter.${a.name}`)]));
  } else {
    const arg = field?.args.find((a) => a.name === "filter");
    if (!arg) {
      if (Object.keys(given).length) throw badInput(`filter: ${d.decl.dataset} is exported whole (its list takes no filter); omit the filter`, { argument: "filter" });
      return undefined;
    }
    out = coerce(given, arg.type, "filter") as Record<string, unknown>;
    const type = getNamedType(arg.type);
    if (errors.length && isInputObjectType(type)) errors.push(`${list!.query}'s filter takes ${Object.keys(type.getFields()).join(", ")}`);
  }
  if (errors.length) throw badInput(errors.join("; "), { argument: "filter" });
  // the list's own checks (a range in order)
  d.exportSource(out);
  return out;
}

/** The requester's access to a whole dataset (FULL: it may be exported), by the same rule as the API's. */
export function datasetAccess(dataset: Dataset, principal: Principal, grants: Set<Dataset>): ReturnType<typeof accessTo> {
  const decl: SharingDecl = { dataset, sharingClass: DATASET_INFO[dataset].sharingClass, mask: null };
  return accessTo(decl, principal, (x) => grants.has(x));
}

/** Whether the requester may export the dataset at all: OPEN, its own, or CONDITIONAL with a grant in force. */
export function checkDatasetAccess(dataset: Dataset, principal: Principal, grants: Set<Dataset>): void {
  const access = datasetAccess(dataset, principal, grants);
  if (access === "GRANT_REQUIRED") throw grantRequired(dataset, principal);
  if (access !== "FULL") throw restricted(dataset, dataset);
}

/** A value of a parameter as an SQL literal: COPY takes no parameters. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw badInput(`filter: ${v} is not a number PostgreSQL compares`, { argument: "filter" });
    return String(v);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Date) return pg.escapeLiteral(v.toISOString());
  if (Array.isArray(v)) return `array[${v.map(literal).join(", ")}]`;
  return pg.escapeLiteral(typeof v === "string" ? v : JSON.stringify(v));
}

/** A column's value as the API writes it (the DateTime and Date scalars, true/false, JSON text). */
function asApiText(c: ExportColumn): string {
  if (c.list || c.type === "JSON") return `(${c.sql})::text`;
  switch (c.type) {
    case "DateTime":
      return `to_char(${c.sql} at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')`;
    case "Date":
      // YYYY-MM-DD under the ISO date style the export sets; to_char would cost a third of a plain COPY's time
      return `(${c.sql})::text`;
    case "Boolean":
      return `(${c.sql})::text`;
    default:
      return c.sql;
  }
}

export interface ExportQuery {
  sql: string;
  columns: RowColumn[];
  /** no column is masked: COPY's own CSV is the file */
  plain: boolean;
}

/**
 * The export's SELECT, with the filter's values written in: each field the requester reads in full as it is,
 * a masked one through the API's mask, one the requester may not read at all left out (the API answers it
 * null with FORBIDDEN).
 */
export function exportQuery(schema: GraphQLSchema, d: DefinedDataset<object>, filter: Record<string, unknown> | undefined, principal: Principal, grants: Set<Dataset>): ExportQuery {
  const source = d.exportSource(filter);
  const fields = sharingDeclarations(schema).get(d.decl.name);
  const typeDecl: SharingDecl = { dataset: d.decl.dataset, sharingClass: DATASET_INFO[d.decl.dataset].sharingClass, mask: null };
  const columns: RowColumn[] = [];
  const selected: string[] = [];
  let plain = true;
  for (const c of source.columns) {
    const decl = fields?.get(c.field) ?? typeDecl;
    const access = accessTo(decl, principal, (x) => grants.has(x));
    if (access === "GRANT_REQUIRED") throw grantRequired(decl.dataset!, principal);
    if (access === "FORBIDDEN") continue;
    const column: RowColumn = { name: c.field, type: c.type, list: c.list };
    if (access === "MASKED") {
      column.show = (v) => maskedValue(decl.mask, v);
      plain = false;
    }
    columns.push(column);
    selected.push(`${asApiText(c)} as "${c.field}"`);
  }
  const where = source.where.replace(/\$(\d+)/g, (_, n: string) => literal(source.params[Number(n) - 1]));
  return { sql: `select ${selected.join(", ")} from ${d.decl.table} where ${where}`, columns, plain };
}

export interface ExportResult {
  rowCount: number;
  sizeBytes: number;
  sha256: string;
}

/**
 * Streams the query's rows into `file`: COPY's CSV as it comes when nothing is masked, else COPY's text
 * decoded and written again (CSV with masks, JSONL). Hashes and counts the bytes on the way; `progress`
 * hears the bytes written so far about once a second. The file appears complete or not at all.
 */
export async function writeExport(db: pg.Pool, q: ExportQuery, format: ExportFormat, file: string, progress?: (bytes: number) => void): Promise<ExportResult> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const part = `${file}.part`;
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _e, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const timer = progress && setInterval(() => progress(bytes), 1000);
  // A connection of its own, not the pool's: the pool's client-side query_timeout (the statement timeout
  // and a margin, for a server that stopped answering) would end a COPY longer than that, and pg arms it
  // for a COPY stream too, whose late end then throws in a timer (the process gone). An export may run for
  // minutes; it holds none of the connections requests wait for.
  const client = new pg.Client({ ...db.options, query_timeout: 0 });
  // a connection dropped mid-run fails the copy (and the job), not the process
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("begin read only");
    // one long statement: the per-statement timeout of requests is not meant for it
    await client.query("set local statement_timeout = 0");
    await client.query("set local datestyle = 'ISO, YMD'");
    const direct = format === ExportFormat.CSV && q.plain;
    const copy = client.query(copyTo(direct ? `copy (${q.sql}) to stdout with (format csv, header true)` : `copy (${q.sql}) to stdout`));
    await pipeline(direct ? [copy, measure, fs.createWriteStream(part)] : [copy, new CopyTextTo(q.columns, format), measure, fs.createWriteStream(part)]);
    await client.query("commit");
    await fs.promises.rename(part, file);
    return { rowCount: copy.rowCount, sizeBytes: bytes, sha256: hash.digest("hex") };
  } catch (e) {
    await client.query("rollback").catch(() => undefined);
    await fs.promises.rm(part, { force: true });
    throw e;
  } finally {
    if (timer) clearInterval(timer);
    await client.end().catch(() => undefined);
  }
}

interface ClaimedJob {
  dataset: Dataset;
  format: ExportFormat;
  filter: Record<string, unknown> | null;
}

/**
 * Runs the queued job `id` in the owning department's subgraph, for the principal who asked for it (the hub's
 * call carries their token): claims it (queued → running), checks access again (a grant may have ended since),
 * writes the file. The hub records the outcome and its audit entry.
 */
export async function runExportJob(ctx: HubContext, schema: GraphQLSchema, datasets: readonly DefinedDataset<object>[] | undefined, place: ExportPlace | undefined, id: string): Promise<ExportResult> {
  if (!place) throw new Error("this process serves no export files (no export place)");
  const p = ctx.principal;
  if (!isJobId(id)) throw badInput(`job ${id} is not an export job id`, { argument: "job" });
  const { rows: [job] } = await ctx.hub.query<ClaimedJob>(
    `update hub.export_jobs set status = 'RUNNING', started_at = now(), heartbeat_at = now()
      where id = $1 and status = 'QUEUED' and department = $2 and role = $3 and subject = $4 and owner = $5
      returning dataset, format, filter`,
    [id, p.department, p.role, p.subject, (ctx.subgraph as string)],
  );
  if (!job) throw notFound(`no queued export job ${id} of yours for this department`);
  const d = exportable(datasets, job.dataset);
  const grants = await loadGrants(ctx.hub, p);
  checkDatasetAccess(job.dataset, p, grants);
  const q = exportQuery(schema, d, exportFilter(schema, d, job.filter), p, grants);
  const file = filePath(place, DATASET_INFO[job.dataset].owner, fileName(id, job.format));
  return writeExport(ctx.db, q, job.format, file, (bytes) => {
    // how far it is, for exportJob's progress, and that its writer lives (the hub fails a job whose beats
    // stopped: STALE_EXPORT_SECONDS); a lost update is no harm
    ctx.hub.query(`update hub.export_jobs set size_bytes = $2, heartbeat_at = now() where id = $1 and status = 'RUNNING'`, [id, bytes]).catch(() => undefined);
  });
}
