import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CONTRIBUTION_DATASETS, type ContributionColumn, type ContributionDataset, type ContributionResultFields, type LantianClient } from "../client/index.js";
import { connect, CONNECTION_OPTIONS, UsageError } from "./connection.js";
import { type CsvRecord, csvDecoder, detectEncoding, readCsv } from "./csv.js";
import { csvLine, csvText } from "../shared/csv.js";

export const IMPORT_USAGE = `lantian import <dataset> <file.csv> [--batch-size 5000] [--non-atomic] [--rejects <file>] [--encoding E] [--url U] [--token T]

  Streams a CSV with a header row through the dataset's contribution mutation, in batches. The file is read as
  UTF-8 when it is valid UTF-8, else as GB18030 (GBK, from Excel on Chinese Windows), or as --encoding utf8|gbk|gb18030.
  Columns are the fields of the dataset's row input (\`lantian import <dataset> --columns\` lists them).
  Resumes after an interruption from <file.csv>.lantian-import.json; rejected rows (the hub's, and those the CLI
  cannot read: UNREADABLE_ROW, BAD_FORMAT) go to <file>.rejects.csv beside it (readings.csv: readings.rejects.csv) or --rejects. Datasets: ${Object.keys(CONTRIBUTION_DATASETS).join(", ")}`;

type AnyDataset = ContributionDataset<Record<string, unknown>>;
type Row = Record<string, unknown>;

/** The rejects-file code of a row the CLI could not read (bad CSV, more cells than columns, bytes not in the encoding). */
export const UNREADABLE_ROW = "UNREADABLE_ROW";

/** A row refused before or by the server: its line in the source file, the code, the message and the field. */
interface Reject {
  line: number;
  code: string;
  message: string;
  field: string | null;
}

interface AckedBatch {
  batchId: string;
  rows: number;
  accepted: number;
  rejected: number;
  replayed: boolean;
}

/** `<file>.lantian-import.json`: which batches of which file the hub acknowledged. */
interface ImportState {
  version: 1;
  dataset: string;
  file: string;
  fileSha256: string;
  batchSize: number;
  atomic: boolean;
  rejectsFile: string;
  /** bytes of the rejects file that belong to acknowledged batches; a resumed run cuts it back to this */
  rejectsBytes: number;
  /** absent in state files written before encodings: UTF-8 */
  encoding?: string;
  acknowledged: Record<string, AckedBatch>;
  completedAt?: string;
}

export interface ImportSummary {
  dataset: string;
  batches: number;
  sent: number;
  skipped: number;
  rows: number;
  accepted: number;
  rejected: number;
  replayed: number;
  /** rows sent in this run per second of waiting for the hub */
  rowsPerSecond: number;
  seconds: number;
  rejectsFile: string;
  stateFile: string;
}

export function datasetBySlug(name: string): AnyDataset {
  const all = CONTRIBUTION_DATASETS as unknown as Record<string, AnyDataset>;
  const d = all[name] ?? Object.values(all).find((x) => x.mutation === name || x.inputType === name);
  if (!d) throw new UsageError(`unknown dataset ${name}; one of ${Object.keys(all).join(", ")}`);
  return d;
}

async function sha256(file: string): Promise<{ hash: string; lines: number }> {
  const h = crypto.createHash("sha256");
  let lines = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    h.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { hash: h.digest("hex"), lines };
}

/** Writes (flag "a": appends) text and returns once it is on the disk. */
function writeSynced(file: string, text: string, flag = "w"): void {
  const fd = fs.openSync(file, flag);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes JSON so a crash leaves either the old or the new file, never half of one. */
function writeAtomically(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeSynced(tmp, JSON.stringify(value, null, 2) + "\n");
  fs.renameSync(tmp, file);
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, "1": true, "0": false, yes: true, no: false, t: true, f: false, y: true, n: false };

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** How a cell is read for each GraphQL type other than text: the value, or undefined and what the cell is not. */
const READERS: Partial<Record<ContributionColumn["type"], { read(s: string): unknown; not(s: string): string }>> = {
  Int: { read: (s) => (/^[+-]?\d+$/.test(s.trim()) ? Number(s) : undefined), not: (s) => `"${s}" is not an integer` },
  Float: { read: (s) => (s.trim() === "" || !Number.isFinite(Number(s)) ? undefined : Number(s)), not: (s) => `"${s}" is not a number` },
  Boolean: { read: (s) => BOOLEANS[s.trim().toLowerCase()], not: (s) => `"${s}" is not true or false` },
  JSON: { read: parseJson, not: () => "not JSON" },
  JSONObject: { read: parseJson, not: () => "not JSON" },
};

/** A cell as its column's GraphQL type; throws a message when it is not one. */
function convert(cell: string, column: ContributionColumn): unknown {
  const reader = READERS[column.type];
  const one = (s: string): unknown => {
    const value = reader ? reader.read(s) : s;
    if (value === undefined) throw new Error(`${column.name}: ${reader!.not(s)}`);
    return value;
  };
  return column.list ? cell.split("|").map(one) : one(cell);
}

function setPath(row: Row, dotted: string, value: unknown): void {
  const parts = dotted.split(".");
  let o = row;
  for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Row;
  o[parts[parts.length - 1]] = value;
}

function formatRate(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export interface ImportOptions {
  client: LantianClient;
  dataset: AnyDataset;
  file: string;
  batchSize: number;
  atomic: boolean;
  rejectsFile?: string;
  progress?: NodeJS.WriteStream;
  /** an encoding label (utf-8, gb18030, …); by default UTF-8 if the file is valid UTF-8, else GB18030 */
  encoding?: string;
}

/**
 * Imports a CSV through a dataset's contribution mutation. Batch ids are `<dataset>-<first 16 hex of the file's
 * SHA-256>-<size><a|n>-<index>`, so a rerun of the same file sends the same ids; acknowledged batches are recorded
 * in the state file after each answer and are not sent again.
 */
export async function importCsv(o: ImportOptions): Promise<ImportSummary> {
  const t0 = Date.now();
  const file = path.resolve(o.file);
  if (!fs.existsSync(file)) throw new UsageError(`${o.file}: no such file`);
  const stateFile = `${file}.lantian-import.json`;
  const rejectsFile = path.resolve(o.rejectsFile ?? file.replace(/\.csv$/i, "") + ".rejects.csv");
  const { hash, lines } = await sha256(file);
  const encoding = o.encoding ? csvDecoder(o.encoding).encoding : await detectEncoding(file);
  if (!o.encoding && encoding !== "utf-8") process.stderr.write(`${o.file} is not UTF-8: read as ${encoding.toUpperCase()} (--encoding to choose)\n`);
  // the same bytes read in another encoding are other rows: other batch ids
  const idPrefix = `${o.dataset.slug}-${hash.slice(0, 16)}-${o.batchSize}${o.atomic ? "a" : "n"}${encoding === "utf-8" ? "" : `-${encoding}`}`;

  let state: ImportState | null = null;
  if (fs.existsSync(stateFile)) {
    const old = JSON.parse(fs.readFileSync(stateFile, "utf8")) as ImportState;
    if (old.fileSha256 === hash && old.dataset === o.dataset.slug && old.batchSize === o.batchSize && old.atomic === o.atomic && old.rejectsFile === rejectsFile && (old.encoding ?? "utf-8") === encoding) state = old;
    else process.stderr.write(`${path.basename(stateFile)} describes another file, dataset, batch size or encoding: starting over\n`);
  }
  // keep the rejects of acknowledged batches, drop any a killed run wrote after its last acknowledgement; without
  // the rejects file, its batches' rejects can only come back by resending them: start over
  if (state && fs.existsSync(rejectsFile)) {
    fs.truncateSync(rejectsFile, state.rejectsBytes);
  } else {
    const header = csvLine(["row", "code", "message", "field"]);
    fs.writeFileSync(rejectsFile, header);
    state = {
      version: 1,
      dataset: o.dataset.slug,
      file: path.basename(file),
      fileSha256: hash,
      batchSize: o.batchSize,
      atomic: o.atomic,
      rejectsFile,
      rejectsBytes: Buffer.byteLength(header),
      encoding,
      acknowledged: {},
    };
    writeAtomically(stateFile, state);
  }
  const st = state;

  const columnsByName = new Map(o.dataset.columns.map((c) => [c.name, c]));
  const summary: ImportSummary = { dataset: o.dataset.slug, batches: 0, sent: 0, skipped: 0, rows: 0, accepted: 0, rejected: 0, replayed: 0, rowsPerSecond: 0, seconds: 0, rejectsFile, stateFile };
  let sentRows = 0;
  let sendSeconds = 0;

  const out = o.progress ?? process.stderr;
  const label = `import ${o.dataset.slug}`;
  const totalEstimate = Math.max(0, lines - 1);
  let lastDraw = 0;
  /** A line per batch; on a terminal a bar, redrawn at most every 100 ms unless forced. */
  const progress = (batchIndex: number, note: string, force = true): void => {
    const rate = formatRate(sendSeconds > 0 ? sentRows / sendSeconds : 0);
    if (!out.isTTY) {
      out.write(`${label}: batch ${batchIndex} ${note}, ${summary.rows} rows, ${rate} rows/s, ${summary.rejected} rejected\n`);
    } else if (force || Date.now() - lastDraw >= 100) {
      lastDraw = Date.now();
      const width = 30;
      const share = totalEstimate > 0 ? Math.min(1, summary.rows / totalEstimate) : 0;
      const bar = "█".repeat(Math.round(share * width)).padEnd(width, "░");
      out.write(`\r${label} ${bar} ${formatRate(summary.rows)}/${formatRate(totalEstimate)} rows  ${rate} rows/s  rejected ${formatRate(summary.rejected)}  `);
    }
  };
  const count = (b: AckedBatch): void => {
    summary.rows += b.rows;
    summary.accepted += b.accepted;
    summary.rejected += b.rejected;
  };

  let header: (ContributionColumn | null)[] | null = null;
  let batch: { line: number; row?: Row; reject?: Reject }[] = [];
  let index = 0;

  const flush = async (): Promise<boolean> => {
    if (batch.length === 0) return true;
    const i = index++;
    const batchId = `${idPrefix}-${i}`;
    const records = batch;
    batch = [];
    summary.batches++;
    const acked = st.acknowledged[String(i)];
    if (acked) {
      if (acked.batchId !== batchId) throw new Error(`state file: batch ${i} has id ${acked.batchId}, expected ${batchId}`);
      summary.skipped++;
      count(acked);
      progress(i, `${batchId} already acknowledged, skipped`, false);
      return true;
    }
    const localRejects = records.flatMap((r) => r.reject ?? []);
    const toSend = records.filter((r) => r.row);
    // All or nothing: an atomic batch with a row the CLI could not read must write nothing, yet its other rows still
    // get the hub's checks, so that one run lists every row to fix: they go as a check (checkOnly), which the hub
    // answers with their errors and neither writes nor remembers.
    const unreadable = o.atomic && localRejects.length > 0;
    let result: Pick<ContributionResultFields, "accepted" | "rejected" | "replayed" | "errors"> = { accepted: 0, rejected: 0, replayed: false, errors: [] };
    if (toSend.length) {
      const ts = Date.now();
      result = (await o.client.request(o.dataset.document, { batchId, atomic: o.atomic, rows: toSend.map((r) => r.row!), checkOnly: unreadable })).result;
      sendSeconds += (Date.now() - ts) / 1000;
      sentRows += toSend.length;
      summary.sent++;
    }
    const serverRejects: Reject[] = result.errors.map((e) => ({ line: toSend[e.row]?.line ?? -1, code: e.code, message: e.message, field: e.field ?? null }));
    const rejects = [...localRejects, ...serverRejects].sort((a, b) => a.line - b.line);
    if (rejects.length) writeSynced(rejectsFile, csvText(rejects.map((r) => [r.line, r.code, r.message, r.field])), "a");
    const done: AckedBatch = { batchId, rows: records.length, accepted: result.accepted, rejected: localRejects.length + result.rejected, replayed: result.replayed };
    count(done);
    if (result.replayed) summary.replayed++;
    if (unreadable) {
      progress(i, `${batchId} not written (atomic): ${localRejects.length} row(s) the CLI could not read, ${result.rejected} refused by the hub's checks`);
      return false;
    }
    if (o.atomic && result.accepted === 0 && result.rejected > 0) {
      // the hub wrote nothing and does not remember the batch: not acknowledged, the rejects say why
      progress(i, `${batchId} refused (atomic)`);
      return false;
    }
    st.rejectsBytes = fs.statSync(rejectsFile).size;
    st.acknowledged[String(i)] = done;
    writeAtomically(stateFile, st);
    progress(i, `${batchId} acknowledged${result.replayed ? " (replayed)" : ""}`);
    return true;
  };

  let ok = true;
  for await (const rec of records(o.file, file, encoding)) {
    if (!header) {
      if (rec.unreadable) throw new UsageError(`${o.file} line ${rec.line}: the header row cannot be read: ${rec.unreadable}`);
      header = rec.fields.map((name) => {
        const n = name.trim();
        if (n === "") return null;
        const c = columnsByName.get(n);
        if (!c) throw new UsageError(`${o.file} line ${rec.line}: unknown column "${n}" for ${o.dataset.slug}; columns: ${o.dataset.columns.map((x) => x.name).join(", ")}`);
        return c;
      });
      continue;
    }
    const row: Row = {};
    let reject: Reject | undefined;
    // a row that cannot be read as CSV, or has more cells than there are columns (a comma not quoted): no value of
    // it can be trusted, so the whole row is refused; a cell that cannot be read as its column's type is BAD_FORMAT
    if (rec.unreadable) reject = { line: rec.line, code: UNREADABLE_ROW, message: rec.unreadable, field: null };
    else if (rec.fields.length > header.length) reject = { line: rec.line, code: UNREADABLE_ROW, message: `${rec.fields.length} fields, the header has ${header.length}`, field: null };
    for (let k = 0; k < rec.fields.length && !reject; k++) {
      const column = header[k];
      const cell = rec.fields[k];
      if (!column || cell === "") continue; // an empty cell is an absent value (the input's default applies)
      try {
        setPath(row, column.name, convert(cell, column));
      } catch (e) {
        reject = { line: rec.line, code: "BAD_FORMAT", message: (e as Error).message, field: column.name };
      }
    }
    batch.push(reject ? { line: rec.line, reject } : { line: rec.line, row });
    if (batch.length >= o.batchSize && !(ok = await flush())) break;
  }
  if (ok) ok = await flush();
  if (!header) throw new UsageError(`${o.file}: empty file (a header row is required)`);
  if (out.isTTY) out.write("\n");
  summary.seconds = (Date.now() - t0) / 1000;
  summary.rowsPerSecond = sendSeconds > 0 ? sentRows / sendSeconds : 0;
  if (ok) {
    st.completedAt = new Date().toISOString();
    writeAtomically(stateFile, st);
  } else {
    throw new ImportStopped(summary);
  }
  return summary;
}

/** The file's records; a file that cannot be read as CSV in its encoding is the user's to fix: a UsageError naming it. */
async function* records(shown: string, file: string, encoding: string): AsyncGenerator<CsvRecord> {
  try {
    yield* readCsv(file, encoding);
  } catch (e) {
    throw new UsageError(`${shown}: ${(e as Error).message}`);
  }
}

/** An atomic import stopped at a refused batch; the batches before it stay acknowledged. */
export class ImportStopped extends Error {
  constructor(readonly summary: ImportSummary) {
    super(`stopped at a refused batch (atomic): see ${summary.rejectsFile}; fix the rows and rerun, or import with --non-atomic`);
  }
}

export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...CONNECTION_OPTIONS,
      "batch-size": { type: "string", default: "5000" },
      "non-atomic": { type: "boolean", default: false },
      rejects: { type: "string" },
      encoding: { type: "string" },
      columns: { type: "boolean", default: false },
    },
  });
  const [name, file] = positionals;
  if (!name) throw new UsageError(`import: a dataset is required\n\n${IMPORT_USAGE}`);
  const dataset = datasetBySlug(name);
  if (values.columns) {
    for (const c of dataset.columns) console.log(`${c.name}\t${c.type}${c.list ? " list (a|b|c)" : ""}\t${c.description ?? ""}`);
    return 0;
  }
  if (!file || positionals.length > 2) throw new UsageError(`import: expected <dataset> <file.csv>\n\n${IMPORT_USAGE}`);
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new UsageError(`--batch-size ${values["batch-size"]}: 1 to 10,000`);
  if (values.encoding) csvDecoder(values.encoding);
  const client = connect(values);
  try {
    const s = await importCsv({ client, dataset, file, batchSize, atomic: !values["non-atomic"], rejectsFile: values.rejects, encoding: values.encoding });
    printSummary(s);
    return 0;
  } catch (e) {
    if (e instanceof ImportStopped) {
      printSummary(e.summary);
      console.error(`lantian import: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function printSummary(s: ImportSummary): void {
  console.log(
    `${s.dataset}: ${s.rows} rows in ${s.batches} batches (${s.sent} sent, ${s.skipped} already acknowledged, ${s.replayed} replayed by the hub); ` +
      `${s.accepted} accepted, ${s.rejected} rejected${s.rejected ? ` (see ${s.rejectsFile})` : ""}; ${s.seconds.toFixed(1)} s (${formatRate(s.rowsPerSecond)} rows/s)`,
  );
}
