import crypto from "node:crypto";
import type pg from "pg";
import { Role } from "../auth.js";
import type { HubContext } from "../context.js";
import { DATASET_OWNER, type Dataset } from "../datasets.js";
import { DEPARTMENT_INFO, type Department } from "../../shared/departments.js";
import { forbidden, hubError } from "../errors.js";
import { ErrorCode } from "../../shared/error-codes.js";
import { LONG_TEXT_MAX, textProblem, tooLong } from "../input-guard.js";
import { toChinaDate } from "../../shared/dates.js";
import { copyRows, type Column } from "../../db/bulk.js";
import { RowCheck, type RowIssue } from "./row-check.js";
import type { ContributionResult } from "./types.js";
import { AuditKind, who, type AuditEntry } from "../audit-entry.js";
import { contributedRows } from "../telemetry.js";

export const MAX_BATCH_ROWS = 10_000;
const MAX_BATCH_ID_LENGTH = 200;
/** No text in a row may be longer, whatever its field; each spec caps its own fields lower. */
export const MAX_ROW_TEXT_LENGTH = LONG_TEXT_MAX;

/**
 * The first value in a row that is not storable text (a NUL, a lone surrogate) or is longer than any
 * field allows, with where it is (`name`, `failedItems[1]`, `values.co`). Walks every string of the row,
 * nested ones included, without recursion.
 */
export function rowTextIssue(row: number, input: unknown): RowIssue | null {
  const stack: [unknown, string][] = [[input, ""]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") {
      const bad = textProblem(v);
      const field = path || null;
      if (bad) return { row, field, code: "INVALID_TEXT", message: `${path || "the row"} ${bad}` };
      const long = tooLong(v, MAX_ROW_TEXT_LENGTH);
      if (long) return { row, field, code: "TOO_LONG", message: `${path || "the row"} ${long}` };
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, `${path}[${i}]`]));
    } else if (v && typeof v === "object" && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}

/** A row value that must name a record the contributing department already holds. */
export interface ReferenceCheck {
  /** column (in `columns`) holding the reference */
  column: string;
  /** input field to blame */
  field: string;
  /** schema-qualified table of the department's own records */
  table: string;
  keyColumn: string;
  /** what the reference is, for the message: "filling-station operator" */
  what: string;
}

export interface ValidateContext {
  now: Date;
  /** China-time date of now */
  today: string;
  ctx: HubContext;
}

/**
 * One dataset's contribution rules. The engine does the rest the same way for every dataset:
 * ownership, batch size, replay, duplicate keys, references, atomicity, history and provenance.
 */
export interface ContributionSpec<I> {
  dataset: Dataset;
  /** schema-qualified target table */
  table: string;
  /** data columns (provenance excluded), in the order `validate` returns them */
  columns: Column[];
  /** natural key: the columns rows upsert by */
  key: string[];
  /** checks one row; returns its column values, or null when the row has errors */
  validate(input: I, check: RowCheck, v: ValidateContext): unknown[] | null;
  references?: ReferenceCheck[];
  /** Columns besides the key that no two rows of a batch may share (a plate held by two vehicles). */
  uniqueInBatch?: { column: string; field: string }[];
  /**
   * Departments allowed to contribute, when not only the dataset's owner: indicators live in the
   * environment department's table but each metric's producer contributes it.
   */
  contributors?: readonly Department[];
  /**
   * Runs after the rows are staged in `contribution_stage` and before they are versioned and upserted:
   * for columns derived in SQL from other tables (a passage's VIN from the plate registered at the time).
   */
  beforeUpsert?: (client: pg.PoolClient) => Promise<void>;
  /**
   * Runs in the write's transaction after the upsert, with the written rows still in the temporary
   * table `contribution_stage`: for data derived from the rows that must never lag behind them.
   */
  afterWrite?: (client: pg.PoolClient) => Promise<void>;
  /**
   * Rules across rows that the key alone does not express (a meter-day is either whole-day or hourly):
   * given the rows that passed every other check (their column values, in `columns` order) and the
   * department's database, returns the issues of the rows that break them. Runs before anything is written.
   */
  checkBatch?: (db: Pick<pg.Pool, "query">, rows: readonly { index: number; values: unknown[] }[]) => Promise<RowIssue[]>;
}

/**
 * A key column as text in the history's record_key, the same whatever the session's settings:
 * instants as JavaScript's toISOString() writes them, so a loader can match a key built from an entity.
 */
export function keyText(alias: string, column: string, type: Column["type"]): string {
  if (type === "timestamptz") return `to_char(${alias}.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (type === "date") return `to_char(${alias}.${column}, 'YYYY-MM-DD')`; // not ::text, which follows DateStyle
  return `${alias}.${column}::text`;
}

export function recordKeySql(alias: string, spec: Pick<ContributionSpec<unknown>, "key" | "columns">): string {
  return `jsonb_build_array(${spec.key.map((k) => keyText(alias, k, spec.columns.find((c) => c.name === k)!.type)).join(", ")})`;
}

export function historyTable(table: string): string {
  return `${table.split(".")[0]}.record_history`;
}

/** Who may contribute a dataset: members and admins of its owning department. */
export function assertMayContribute(ctx: HubContext, dataset: Dataset, contributors: readonly Department[] = [DATASET_OWNER[dataset]]): void {
  if (!contributors.includes(ctx.principal.department)) {
    const who = contributors.map((d) => `${d} (${DEPARTMENT_INFO[d].nameZh})`).join(", ");
    throw forbidden(`${ctx.principal.department} may not contribute ${dataset}: only ${who} may`);
  }
  if (ctx.principal.role === Role.ANALYST) {
    throw forbidden(`analysts read data; contributing ${dataset} needs a member or admin token`);
  }
}

interface StoredBatch {
  content_hash: string;
  result: ContributionResult;
}

async function storedBatch(db: Pick<pg.PoolClient, "query">, ctx: HubContext, dataset: Dataset, batchId: string): Promise<StoredBatch | undefined> {
  const { rows } = await db.query<StoredBatch>(
    "select content_hash, result from hub.contribution_batches where department = $1 and dataset = $2 and batch_id = $3",
    [ctx.principal.department, dataset, batchId],
  );
  return rows[0];
}

function replayOrConflict(stored: StoredBatch, hash: string, batchId: string, dataset: Dataset): ContributionResult {
  if (stored.content_hash !== hash) {
    throw hubError(
      ErrorCode.BATCH_ID_CONFLICT,
      `batch ${batchId} of ${dataset} was already contributed with other rows; use a new batchId for new content`,
      { batchId, dataset },
    );
  }
  return { ...stored.result, replayed: true };
}

export async function contribute<I>(
  ctx: HubContext,
  spec: ContributionSpec<I>,
  batchId: string,
  atomicArg: boolean | null,
  rows: I[],
  /** check the rows and answer, writing and remembering nothing */
  checkOnly = false,
): Promise<ContributionResult> {
  const atomic = atomicArg ?? true;
  const result = await contributeBatch(ctx, spec, batchId, atomic, rows, checkOnly);
  // every answered attempt, written, refused, checked or replayed, is listed for its department
  await ctx.contributionLog.note({ principal: ctx.principal, dataset: spec.dataset, rowCount: rows.length, atomic, checkOnly, result });
  return result;
}

async function contributeBatch<I>(ctx: HubContext, spec: ContributionSpec<I>, batchId: string, atomic: boolean, rows: I[], checkOnly: boolean): Promise<ContributionResult> {
  const { dataset } = spec;
  assertMayContribute(ctx, dataset, spec.contributors);
  if (rows.length > MAX_BATCH_ROWS) {
    throw hubError(ErrorCode.BATCH_TOO_LARGE, `${rows.length} rows in one batch; send at most ${MAX_BATCH_ROWS} per call`, { limit: MAX_BATCH_ROWS });
  }
  // The schema's argument guard refuses these first; checked again here for callers that come another way.
  const badId = textProblem(batchId);
  if (badId) throw hubError(ErrorCode.BAD_USER_INPUT, `batchId ${badId}`, { argument: "batchId" });
  const id = batchId.trim();
  if (!id || id.length > MAX_BATCH_ID_LENGTH) {
    throw hubError(ErrorCode.BAD_USER_INPUT, `batchId must be 1 to ${MAX_BATCH_ID_LENGTH} characters`, { argument: "batchId" });
  }
  // The rows as the schema coerced them: fields in the input type's order, absent ones left out, so the
  // same content always serialises the same way (and cheaply: this runs on every batch).
  const hash = crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  const db = ctx.db;
  // a check writes nothing, so the rows are checked whatever the id already holds: a replay would answer old checks
  const earlier = checkOnly ? undefined : await storedBatch(db, ctx, dataset, id);
  if (earlier) return replayOrConflict(earlier, hash, id, dataset);

  // 1. every row on its own
  const now = new Date();
  const v: ValidateContext = { now, today: toChinaDate(now), ctx };
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  let candidates: { index: number; values: unknown[] }[] = [];
  rows.forEach((input, index) => {
    // Text no column can store is this row's error; the row goes no further (its checks would quote the value).
    const textIssue = rowTextIssue(index, input);
    if (textIssue) {
      errors.push(textIssue);
      return;
    }
    const check = new RowCheck(index);
    const values = spec.validate(input, check, v);
    errors.push(...check.errors);
    warnings.push(...check.warnings);
    if (values && check.ok) candidates.push({ index, values });
  });

  // 2. the batch as a whole: one row per natural key
  const keyIdx = spec.key.map((k) => spec.columns.findIndex((c) => c.name === k));
  const firstByKey = new Map<string, number>();
  candidates = candidates.filter(({ index, values }) => {
    const key = JSON.stringify(keyIdx.map((i) => (values[i] instanceof Date ? (values[i] as Date).toISOString() : values[i])));
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, index);
      return true;
    }
    errors.push({ row: index, field: null, code: "DUPLICATE_KEY", message: `row ${index} repeats the key (${spec.key.join(", ")}) of row ${first}; send each record once per batch` });
    return false;
  });

  for (const u of spec.uniqueInBatch ?? []) {
    const col = spec.columns.findIndex((c) => c.name === u.column);
    const firstBy = new Map<unknown, number>();
    candidates = candidates.filter(({ index, values }) => {
      const value = values[col];
      if (value === null) return true;
      const first = firstBy.get(value);
      if (first === undefined) {
        firstBy.set(value, index);
        return true;
      }
      errors.push({ row: index, field: u.field, code: "DUPLICATE_KEY", message: `${u.field} ${String(value)} is also in row ${first}; one record per ${u.field} in a batch` });
      return false;
    });
  }

  // 3. references to the department's own records, one query per reference
  for (const ref of spec.references ?? []) {
    const col = spec.columns.findIndex((c) => c.name === ref.column);
    const wanted = [...new Set(candidates.map((c) => c.values[col] as string))];
    if (wanted.length === 0) continue;
    const { rows: found } = await db.query<{ k: string }>(`select ${ref.keyColumn} as k from ${ref.table} where ${ref.keyColumn} = any($1::text[])`, [wanted]);
    const known = new Set(found.map((r) => r.k));
    candidates = candidates.filter(({ index, values }) => {
      if (known.has(values[col] as string)) return true;
      errors.push({ row: index, field: ref.field, code: "UNKNOWN_REFERENCE", message: `${ref.field}: no ${ref.what} ${values[col] as string} is registered; register it first` });
      return false;
    });
  }

  // 4. rules across rows, in the batch and against the stored rows
  if (spec.checkBatch && candidates.length > 0) {
    const issues = await spec.checkBatch(db, candidates);
    const refused = new Set(issues.map((i) => i.row));
    errors.push(...issues);
    candidates = candidates.filter(({ index }) => !refused.has(index));
  }

  errors.sort((a, b) => a.row - b.row);
  const rejected = new Set(errors.map((e) => e.row)).size;
  const result: ContributionResult = { batchId: id, dataset, accepted: candidates.length, rejected, replayed: false, errors, warnings };
  const audit: AuditEntry = { kind: AuditKind.CONTRIBUTION, ...who(ctx.principal), dataset, batchId: id, recordCount: rows.length, accepted: 0, rejected };
  // Nothing written, nothing remembered: the corrected batch may reuse its id. The attempt (a check too) is audited.
  if ((atomic && errors.length > 0) || candidates.length === 0 || checkOnly) {
    await ctx.audit.append(db, [audit]);
    countRows(dataset, 0, rejected);
    return { ...result, accepted: 0 };
  }

  const usage = [{ department: ctx.principal.department, dataset, requests: 1, rows_read: 0, rows_contributed: result.accepted }];
  // The usage report is the hub's: on its database, the counts commit with the write; a department on a
  // database of its own sends them after the commit (one transaction cannot span two databases).
  const usageHere = ctx.db === ctx.hub;
  const client = await db.connect();
  try {
    await client.query("begin");
    const claimed = await client.query(
      `insert into hub.contribution_batches (department, dataset, batch_id, content_hash, atomic, row_count, accepted, rejected, result, subject)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing returning batch_id`,
      [ctx.principal.department, dataset, id, hash, atomic, rows.length, result.accepted, rejected, JSON.stringify(result), ctx.principal.subject],
    );
    if (claimed.rowCount === 0) {
      // the same batch id committed concurrently: answer as a replay of that one
      await client.query("rollback");
      return replayOrConflict((await storedBatch(client, ctx, dataset, id))!, hash, id, dataset);
    }
    await writeRows(client, spec, candidates.map((c) => c.values), { department: ctx.principal.department, batchId: id, at: now });
    // last before commit: the audit chain's lock is held only until then
    await ctx.audit.append(client, [{ ...audit, accepted: result.accepted }], usageHere ? usage : []);
    await client.query("commit");
  } catch (e) {
    await client.query("rollback").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  if (!usageHere) {
    ctx.usage.add(usage);
    // written before the answer, so the contributor finds it in usageReport; a failed write is kept and
    // retried by the buffer (logged), never the contributor's failure: its rows are committed
    await ctx.usage.flush();
  }
  countRows(dataset, result.accepted, rejected);
  // before answering: the contributor then finds its rows in the catalogue
  await ctx.datasetStats.refresh([dataset]);
  return result;
}

/** The rows at /metrics as the answer reports them, once the outcome is final (committed, or nothing to write). */
function countRows(dataset: Dataset, accepted: number, rejected: number): void {
  if (accepted) contributedRows.inc({ dataset, outcome: "accepted" }, accepted);
  if (rejected) contributedRows.inc({ dataset, outcome: "rejected" }, rejected);
}

/**
 * Set-based upsert with history, inside the caller's transaction: stage the rows (one COPY),
 * copy the versions they change into the history table (one), upsert by natural key (one). An identical
 * row changes nothing: no new version, provenance untouched.
 */
async function writeRows(
  client: pg.PoolClient,
  spec: ContributionSpec<unknown>,
  rows: unknown[][],
  prov: { department: string; batchId: string; at: Date },
): Promise<void> {
  const cols = spec.columns;
  const names = cols.map((c) => c.name);
  const data = names.filter((n) => !spec.key.includes(n));
  await client.query(`create temp table contribution_stage (${cols.map((c) => `${c.name} ${c.type}`).join(", ")}) on commit drop`);
  await copyRows(client, "contribution_stage", cols, rows);
  // A temporary table has no statistics: without them the history join below scans the whole target.
  await client.query("analyze contribution_stage");
  await spec.beforeUpsert?.(client);
  const joinOn = spec.key.map((k) => `t.${k} = s.${k}`).join(" and ");
  const changed = data.length ? `(${data.map((n) => `t.${n}`).join(", ")}) is distinct from (${data.map((n) => `s.${n}`).join(", ")})` : "false";
  // Batches of one table take turns from here to commit: otherwise two batches changing the same record
  // could both copy its old version into history and lose the version between them. One lock per batch
  // costs less than locking each of its rows; validation and staging above still run side by side.
  await client.query("select pg_advisory_xact_lock(hashtext($1))", [spec.table]);
  await client.query(
    `insert into ${historyTable(spec.table)} (dataset, record_key, values, contributed_by, batch_id, contributed_at, superseded_at, superseded_by_batch, superseded_by)
     select $1, ${recordKeySql("t", spec)},
            jsonb_build_object(${names.map((n) => `'${n}', t.${n}`).join(", ")}),
            t.contributed_by, t.batch_id, t.contributed_at, $2, $3, $4
       from ${spec.table} t join contribution_stage s on ${joinOn}
      where ${changed}`,
    [spec.dataset, prov.at, prov.batchId, prov.department],
  );
  const update = data.length
    ? `do update set ${[...data, "contributed_by", "batch_id", "contributed_at"].map((n) => `${n} = excluded.${n}`).join(", ")}
       where (${data.map((n) => `${spec.table.split(".")[1]}.${n}`).join(", ")}) is distinct from (${data.map((n) => `excluded.${n}`).join(", ")})`
    : "do nothing";
  await client.query(
    `insert into ${spec.table} (${names.join(", ")}, contributed_by, batch_id, contributed_at)
     select ${names.join(", ")}, $1, $2, $3 from contribution_stage
     on conflict (${spec.key.join(", ")}) ${update}`,
    [prov.department, prov.batchId, prov.at],
  );
  await spec.afterWrite?.(client);
}
