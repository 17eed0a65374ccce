import { RawQueryFragment } from "@mikro-orm/core";
import pg from "pg";
import type { ClassType } from "type-graphql";
import { kindOfColumn, paginate, type Connection, type PageArgs } from "./pagination.js";
import { RECORD_ID, type RecordIdentity } from "./request-sharing.js";

/**
 * A declared dataset's reads as plain SQL into lean records: the declaration knows the table and the
 * columns, so a row becomes a record by position, with no ORM entity hydration, no identity map and no
 * change tracking (reads never write back). A lean record is an instance of the dataset's class (field
 * resolvers and computed fields find their methods and getters on it), holding its columns as its own plain
 * properties in front of the ORM's accessors.
 */


// Dates stay the YYYY-MM-DD text PostgreSQL writes (as the ORM reads them: no time-zone drift); instants
// become Dates, JSON is parsed: pg's defaults.
const TEXT_ARRAY = pg.types.getTypeParser(1009 as never) as (s: string) => string[]; // text[]
const PG_INSTANT = pg.types.getTypeParser(1184 as never) as (s: string) => Date;
const identity = (s: string) => s;
const twoDigits = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
/**
 * An instant as PostgreSQL writes it (`2021-12-31 20:37:10.5+08`, `… +05:30`), read digit by digit: the
 * nested reads parse thousands a request, and a string-to-Date parse was a tenth of their time. Anything
 * else (BC, infinity, years before 1000, offsets with seconds) goes to pg's parser.
 */
export function parseInstant(s: string): Date {
  if (s.length >= 22 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && s.charCodeAt(10) === 32 && s.charCodeAt(13) === 58 && s.charCodeAt(16) === 58) {
    const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
    let i = 19;
    let ms = 0;
    if (s.charCodeAt(i) === 46) {
      // a fraction: its first three digits are the milliseconds (microseconds truncated, as pg's parser does)
      let scale = 100;
      for (i++; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
        ms += (c - 48) * scale;
        scale /= 10;
      }
      ms = Math.trunc(ms);
    }
    const sign = s.charCodeAt(i);
    const end = s.length - i;
    if (year >= 1000 && (sign === 43 || sign === 45) && (end === 3 || (end === 6 && s.charCodeAt(i + 3) === 58))) {
      const offset = twoDigits(s, i + 1) * 60 + (end === 6 ? twoDigits(s, i + 4) : 0);
      const t = Date.UTC(year, twoDigits(s, 5) - 1, twoDigits(s, 8), twoDigits(s, 11), twoDigits(s, 14), twoDigits(s, 17), ms);
      if (!Number.isNaN(t)) return new Date(t - (sign === 43 ? offset : -offset) * 60_000);
    }
  }
  return PG_INSTANT(s);
}
/** How a lean read parses values: pg's defaults, but dates as text and instants by parseInstant. */
export const LEAN_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 1082) return identity;
    if (oid === 1182) return TEXT_ARRAY;
    if (oid === 1184 && format !== "binary") return parseInstant;
    return pg.types.getTypeParser(oid as never, format as never);
  },
};

/** A key part mixed into a hash: text char by char, instants by their milliseconds, anything else by its text. */
function hashPart(h: number, v: unknown): number {
  if (v instanceof Date) v = v.getTime();
  if (typeof v === "number") return (Math.imul(Math.imul(h, 31) + (v | 0), 31) + ((v / 4294967296) | 0)) | 0;
  const s = typeof v === "string" ? v : String(v);
  for (let i = 0; i < s.length; i++) h = Math.imul(h, 31) + s.charCodeAt(i);
  return (Math.imul(h, 31) + 7) | 0; // the end of a part: ("ab", "c") and ("a", "bc") differ
}

function samePart(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime() || (Number.isNaN(a.getTime()) && Number.isNaN(b.getTime()));
  return a === b || (a !== null && b !== null && typeof a === "object" && typeof b === "object" && String(a) === String(b));
}

/**
 * Lean reads are prepared statements, named by their text, each prepared once per connection: planning a
 * page of 50 vehicles took PostgreSQL three times as long as running it. Texts vary with the filter's shape
 * and the page size, so only the first MAX_PREPARED texts a process sees are prepared (each connection
 * keeps what it prepared); later ones run unnamed, as before.
 */
export const MAX_PREPARED = 200;
const prepared = new Map<string, string>();
function preparedName(text: string): string | undefined {
  let name = prepared.get(text);
  if (name === undefined && prepared.size < MAX_PREPARED) prepared.set(text, (name = `lean.${prepared.size}`));
  return name;
}

/** What a lean read needs of a pool (the per-request context's `db`). */
export interface Queryable {
  query(config: pg.QueryArrayConfig): Promise<pg.QueryArrayResult>;
}

type Condition = Record<string, unknown>;
const PROVENANCE: [string, string, string][] = [
  ["contributedBy", "contributed_by", "text"],
  ["batchId", "batch_id", "text"],
  ["contributedAt", "contributed_at", "timestamptz"],
];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const isOperators = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith("$"));

/** A `raw(sql, params)` fragment of a condition as SQL over `params`: each `?` one parameter, an array one per item (as knex writes them). */
function rawSql(fragment: RawQueryFragment, params: unknown[]): string {
  let i = 0;
  const sql = fragment.sql.replace(/\?/g, () => {
    const v = fragment.params[i++];
    return Array.isArray(v) ? (v.length ? v.map((x) => `$${params.push(x)}`).join(", ") : "null") : `$${params.push(v)}`;
  });
  return sql.startsWith("(") ? sql : `(${sql})`;
}

export interface LeanRecords<R> {
  /** the records of `where` (SQL over `params`), with an `order by` clause and a limit when given */
  select(db: Queryable, where: string, params: unknown[], orderBy?: string, limit?: number): Promise<R[]>;
  /** the quoted column of a field */
  column(field: string): string;
  /** the PostgreSQL type of a field's column, for casts of parameters */
  pgType(field: string): string;
  orderBy(order: Record<string, "asc" | "desc">): string;
  /** a keyset-paginated page of the records meeting `condition` (a MikroORM-style condition over field names) */
  page(db: Queryable, condition: Condition, keys: string[], args: PageArgs): Promise<Connection<R>>;
  /** the record of a row read by hand-written SQL (select `columns(alias)`): its columns by their names */
  fromRow(row: object): R;
  /** the columns a record is read from, for hand-written SQL: `p."vin", p."plate", …` */
  columns(alias: string): string;
  /** the record of a row read in array mode whose first values are `columns(…)`, in order (more may follow) */
  fromColumns(row: unknown[]): R;
  /** where a field's value is in `columns(…)` */
  position(field: string): number;
  /** a MikroORM-style condition over field names as SQL over `params` (what `page` selects) */
  where(condition: Condition, params: unknown[]): string;
}

export function leanRecords<R extends object, F>(
  decl: { table: string; key: string[]; fields: Record<string, F>; contribution?: unknown },
  entity: ClassType<R>,
  columnOf: (field: string) => string,
  columnTypeOf: (f: F) => string,
): LeanRecords<R> {
  const own = Object.entries(decl.fields).map(([name, f]) => [name, columnOf(name), columnTypeOf(f)] as [string, string, string]);
  // provenance can be a condition; records never show it (a record's versions do, from the history), so it is not read
  const all = [...own, ...(decl.contribution ? PROVENANCE : [])];
  const names = own.map(([n]) => n);
  const columns = new Map(all.map(([n, c, t]) => [n, { sql: `"${c}"`, type: t }]));
  const info = (field: string) => {
    const c = columns.get(field);
    if (!c) throw new Error(`${decl.table}: no column for field ${field}`);
    return c;
  };
  if (!names.every((n) => IDENTIFIER.test(n)) || !all.every(([, c]) => IDENTIFIER.test(c))) throw new Error(`${decl.table}: field and column names must be identifiers`);

  // The record's prototype: the class's (its methods, computed getters, instanceof), with every column a
  // plain writable property, so that assigning one does not go through the ORM's tracking accessors.
  const proto = Object.create(entity.prototype) as Record<string | symbol, unknown>;
  for (const n of names) Object.defineProperty(proto, n, { value: undefined, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(proto, "toJSON", {
    value(this: Record<string, unknown>) {
      return Object.fromEntries(names.map((n) => [n, this[n]]));
    },
  });
  const keys = decl.key;
  // the record's identity in the request's audit: its key, hashed and compared part by part (see RecordSet)
  const identity: RecordIdentity = {
    hash(r) {
      let h = 0;
      for (const k of keys) h = hashPart(h, (r as Record<string, unknown>)[k]);
      return h;
    },
    same(a, b) {
      for (const k of keys) if (!samePart((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
      return true;
    },
  };
  Object.defineProperty(proto, RECORD_ID, { value: identity });
  // One constructor per dataset, its properties always assigned in the same order (one hidden class).
  const body = (at: (i: number, column: string) => string) => names.map((n, i) => `this.${n} = r[${at(i, own[i][1])}];`).join("\n");
  const fromArray = new Function(`return function LeanRecord(r) {\n${body((i) => String(i))}\n}`)() as { new (r: unknown[]): R; prototype: unknown };
  fromArray.prototype = proto;
  const fromObject = new Function(`return function LeanRecord(r) {\n${body((_, c) => JSON.stringify(c))}\n}`)() as { new (r: object): R; prototype: unknown };
  fromObject.prototype = proto;

  const selectList = own.map(([, c]) => `"${c}"`).join(", ");
  const select = async (db: Queryable, where: string, params: unknown[], orderBy = "", limit?: number) => {
    const text = `select ${selectList} from ${decl.table} where ${where} ${orderBy}${limit !== undefined ? ` limit ${Number(limit)}` : ""}`;
    const { rows } = await db.query({ name: preparedName(text), text, values: params, rowMode: "array", types: LEAN_TYPES });
    const out = new Array<R>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = new fromArray(rows[i]);
    return out;
  };

  /** A MikroORM-style condition (what filter declarations write) as SQL over `params`. */
  const compile = (cond: Condition, params: unknown[]): string => {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(cond)) {
      if (k === "$and" || k === "$or") {
        const subs = (v as Condition[]).map((c) => `(${compile(c, params)})`);
        parts.push(subs.length ? `(${subs.join(k === "$and" ? " and " : " or ")})` : k === "$and" ? "true" : "false");
        continue;
      }
      if (k.startsWith("$")) throw new Error(`${decl.table}: unsupported condition ${k}`);
      const { sql, type } = info(k);
      const json = type === "jsonb" || type === "json";
      const param = (x: unknown, cast = json ? `::${type}` : "") => `$${params.push(json ? JSON.stringify(x) : x)}${cast}`;
      if (v instanceof RawQueryFragment) {
        parts.push(`${sql} = any(array${rawSql(v, params)})`);
        continue;
      }
      if (!isOperators(v)) {
        // as MikroORM reads a condition: a list of values is one of them (but a JSON column's value is a list)
        parts.push(v === null || v === undefined ? `${sql} is null` : Array.isArray(v) && !json ? `${sql} = any($${params.push(v)}::${type}[])` : `${sql} = ${param(v)}`);
        continue;
      }
      for (const [op, x] of Object.entries(v)) {
        switch (op) {
          case "$eq":
            parts.push(x === null ? `${sql} is null` : `${sql} = ${param(x)}`);
            break;
          case "$ne":
            parts.push(x === null ? `${sql} is not null` : `${sql} <> ${param(x)}`);
            break;
          case "$in":
            parts.push(x instanceof RawQueryFragment ? `${sql} in ${rawSql(x, params)}` : `${sql} = any($${params.push(x)}::${type}[])`);
            break;
          case "$nin":
            parts.push(`not (${sql} = any($${params.push(x)}::${type}[]))`);
            break;
          case "$gt":
            parts.push(`${sql} > ${param(x)}`);
            break;
          case "$gte":
            parts.push(`${sql} >= ${param(x)}`);
            break;
          case "$lt":
            parts.push(`${sql} < ${param(x)}`);
            break;
          case "$lte":
            parts.push(`${sql} <= ${param(x)}`);
            break;
          case "$like":
            parts.push(`${sql} like ${param(x)}`);
            break;
          case "$ilike":
            parts.push(`${sql} ilike ${param(x)}`);
            break;
          default:
            throw new Error(`${decl.table}: unsupported operator ${op}`);
        }
      }
    }
    return parts.length ? parts.join(" and ") : "true";
  };

  const orderBy = (order: Record<string, "asc" | "desc">) => `order by ${Object.entries(order).map(([f, d]) => `${info(f).sql} ${d === "desc" ? "desc" : "asc"}`).join(", ")}`;

  const shapes = new Map<string, { list: string; parts: ReturnType<typeof kindOfColumn>[] }>();
  const page = (db: Queryable, condition: Condition, keys: string[], args: PageArgs) => {
    const list = `${entity.name}:${keys.join(",")}`;
    let shape = shapes.get(list);
    if (!shape) shapes.set(list, (shape = { list, parts: keys.map((k) => kindOfColumn(info(k).type)) }));
    return paginate<R>(
      args,
      shape,
      (r) => keys.map((k) => (r as Record<string, unknown>)[k] as string | number),
      (after, limit) => {
        const params: unknown[] = [];
        let where = compile(condition, params);
        // (k1, k2, ...) > (a1, a2, ...): the keyset position, one index range
        if (after) where = `(${where}) and (${keys.map((k) => info(k).sql).join(", ")}) > (${keys.map((k, i) => `$${params.push(after[i])}::${info(k).type}`).join(", ")})`;
        return select(db, where, params, orderBy(Object.fromEntries(keys.map((k) => [k, "asc"]))), limit);
      },
      async () => {
        const params: unknown[] = [];
        const where = compile(condition, params);
        const { rows } = await db.query({ text: `select count(*) from ${decl.table} where ${where}`, values: params, rowMode: "array" });
        return Number(rows[0][0]);
      },
    );
  };

  return {
    select,
    column: (f) => info(f).sql,
    pgType: (f) => info(f).type,
    orderBy,
    page,
    fromRow: (row) => new fromObject(row),
    columns: (alias) => own.map(([, c]) => `${alias}."${c}"`).join(", "),
    fromColumns: (row) => new fromArray(row),
    where: compile,
    position: (field) => {
      const i = names.indexOf(field);
      if (i < 0) throw new Error(`${decl.table}: no column for field ${field}`);
      return i;
    },
  };
}
