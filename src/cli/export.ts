import crypto from "node:crypto";
import fs from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ExportJobDocument, RequestExportDocument, type Dataset, type ExportFormat } from "../client/index.js";
import { connect, CONNECTION_OPTIONS, UsageError } from "./connection.js";

export const EXPORT_USAGE = `lantian export <dataset> [--filter JSON] [--format csv|jsonl] --out <file> [--url U] [--token T]

  Starts a bulk export of the rows of <dataset> you may read (CONDITIONAL data needs a grant in force; RESTRICTED
  fields come masked as the API masks them), shows its progress on stderr, downloads the file to --out and checks
  its SHA-256 against the hub's (the audit trail holds the same hash). --filter takes the conditions of the
  dataset's list query as JSON, e.g. for ELECTRICITY_READINGS
  --filter '{"creditCode":"914101000000000001","from":"2021-01-01","to":"2021-12-31"}'. --format: csv (default) or jsonl.`;

/** The job failed, or the file downloaded is not the one the hub wrote: exit 1 with that line. */
export class ExportFailed extends Error {}

const mb = (bytes: number | null | undefined) => `${((bytes ?? 0) / 1e6).toFixed(1)} MB`;

export async function runExport(args: string[], progress: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...CONNECTION_OPTIONS, filter: { type: "string" }, format: { type: "string", default: "csv" }, out: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `export takes one dataset, got ${positionals.join(" ")}` : "export: a dataset is required, e.g. ELECTRICITY_READINGS");
  const dataset = positionals[0].toUpperCase().replace(/-/g, "_") as Dataset;
  const format = values.format!.toUpperCase() as ExportFormat;
  if (format !== "CSV" && format !== "JSONL") throw new UsageError(`--format ${values.format}: csv or jsonl`);
  if (!values.out) throw new UsageError("export: --out <file> is required");
  let filter: Record<string, unknown> | null = null;
  if (values.filter !== undefined) {
    try {
      filter = JSON.parse(values.filter) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`--filter is JSON: ${(e as Error).message}`);
    }
    if (filter === null || typeof filter !== "object" || Array.isArray(filter)) throw new UsageError(`--filter is a JSON object of the dataset's list filters, e.g. '{"from":"2021-01-01"}'`);
  }
  const client = connect(values);
  const { requestExport } = await client.request(RequestExportDocument, { dataset, format, filter });
  const id = requestExport.id;
  progress.write(`export ${id} of ${dataset}: ${requestExport.status.toLowerCase()}\n`);

  // the job's progress: its status and, while it runs, the bytes written so far
  let job;
  for (let last = "";;) {
    job = (await client.request(ExportJobDocument, { id })).exportJob;
    if (!job) throw new ExportFailed(`export ${id} is gone`);
    const line = job.status === "RUNNING" ? `running: ${mb(job.sizeBytes)} written` : job.status.toLowerCase();
    if (line !== last) progress.write(`  ${line}\n`);
    last = line;
    if (job.status === "DONE" || job.status === "FAILED") break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (job.status === "FAILED") throw new ExportFailed(`export ${id} failed: ${job.reason}`);
  if (!job.downloadUrl || !job.sha256) throw new ExportFailed(`export ${id} is done but offers no download (only the requester's department and role get the link)`);
  progress.write(`  done: ${job.rowCount} rows, ${mb(job.sizeBytes)}; downloading\n`);

  // the download, hashed as it is written, into a file beside --out that becomes it only when the hash agrees
  const res = await fetch(new URL(job.downloadUrl, client.url));
  if (res.status !== 200 || !res.body) throw new ExportFailed(`download of export ${id} answered HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  let shown = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _e, done) {
      hash.update(chunk);
      bytes += chunk.length;
      const pct = job.sizeBytes ? Math.floor((bytes / job.sizeBytes) * 10) : 0;
      if (pct > shown) {
        shown = pct;
        progress.write(`  downloaded ${pct * 10}%\n`);
      }
      done(null, chunk);
    },
  });
  const part = `${values.out}.part`;
  try {
    await pipeline(Readable.fromWeb(res.body as never), measure, fs.createWriteStream(part));
    const sha256 = hash.digest("hex");
    if (sha256 !== job.sha256 || bytes !== job.sizeBytes) {
      throw new ExportFailed(`the file downloaded (${bytes} bytes, SHA-256 ${sha256}) is not the one the hub wrote (${job.sizeBytes} bytes, SHA-256 ${job.sha256}); nothing was written to ${values.out}`);
    }
    fs.renameSync(part, values.out);
  } finally {
    fs.rmSync(part, { force: true });
  }
  console.log(`${job.rowCount} rows of ${dataset} to ${values.out} (${bytes} bytes, SHA-256 ${job.sha256}, checked)`);
  return 0;
}
