import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { LantianRequestError, type ConnectionPage, type LantianClient } from "../client/index.js";

/**
 * A value a missing grant withheld (GRANT_REQUIRED): not 0, not "no data". Tables show `withheld`; JSON and
 * CSV have null/empty, with the report's `withheld` list (JSON) and notes naming the columns.
 */
export class Withheld {
  toJSON(): null {
    return null;
  }
  toString(): string {
    return "withheld";
  }
}
export const WITHHELD = new Withheld();

export type Cell = string | number | boolean | null | Withheld;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  header: string;
  /** numbers: digits after the point in table output (csv and json keep full precision) */
  digits?: number;
  /** show a 0..1 number as a percentage in table output */
  percent?: boolean;
}

export interface ReportResult {
  name: string;
  title: string;
  parameters: Record<string, Cell>;
  columns: Column[];
  rows: Row[];
  /** what the reader must know: data withheld (GRANT_REQUIRED), rules applied, totals */
  notes: string[];
}

/** Option specs as node:util parseArgs takes them; every value arrives as a string. */
export type ReportOptions = Record<string, { type: "string"; description: string; required?: boolean; default?: string }>;

export interface ReportDefinition {
  name: string;
  description: string;
  options: ReportOptions;
  run(client: LantianClient, options: Record<string, string>): Promise<ReportResult>;
}

/**
 * A column as a report declares it: its value for one of the report's items (by default the item's field of the
 * column's key), and no header when only json shows it.
 */
export interface ColumnOf<TItem> extends Omit<Column, "header"> {
  header?: string;
  value?(item: TItem): Cell;
}

/**
 * A report from its parts: the parameters checked from the options, the items it lists (fetched in the order of
 * its rows, with what the reader must know added to the notes), and one column per field of a row.
 */
export function defineReport<TParameters extends Record<string, Cell>, TItem>(r: {
  name: string;
  description: string;
  options: ReportOptions;
  parameters(options: Record<string, string>): TParameters;
  title(parameters: TParameters): string;
  items(client: LantianClient, parameters: TParameters, notes: string[]): Promise<TItem[]>;
  columns: ColumnOf<TItem>[];
}): ReportDefinition {
  return {
    name: r.name,
    description: r.description,
    options: r.options,
    async run(client, options) {
      const parameters = r.parameters(options);
      const notes: string[] = [];
      const items = await r.items(client, parameters, notes);
      const rows = items.map((item) => Object.fromEntries(r.columns.map((c) => [c.key, cellOf(item, c)])));
      const columns = r.columns.filter((c): c is ColumnOf<TItem> & Column => c.header !== undefined);
      return { name: r.name, title: r.title(parameters), parameters, columns, rows, notes };
    },
  };
}

/** The (object, field) pairs a missing grant withheld in the answers fetchTolerant returned. */
const withheldFields = new WeakMap<object, Set<string>>();

/** True when `field` of `object` (from an answer of fetchTolerant) was withheld by a missing grant. */
export function isWithheld(object: unknown, field: string): boolean {
  return typeof object === "object" && object !== null && (withheldFields.get(object)?.has(field) ?? false);
}

/** Marks the field a GRANT_REQUIRED error's path names, or the nearest one on the path that came back null. */
function markWithheld(data: unknown, path: readonly (string | number)[]): void {
  let at = data;
  for (let i = 0; i < path.length; i++) {
    if (typeof at !== "object" || at === null) return;
    const key = String(path[i]);
    const next = (at as Record<string, unknown>)[key];
    if (i === path.length - 1 || next === null || next === undefined) {
      const set = withheldFields.get(at) ?? new Set<string>();
      set.add(key);
      withheldFields.set(at, set);
      return;
    }
    at = next;
  }
}

/**
 * A view of a report's item that notes when a read found a withheld field. A cell computed from a withheld value
 * is withheld, whatever the column made of the null: `d.checks?.totalCount ?? null` is not "no data", and
 * `truck.phaseOut ? … : "NOT_LISTED"` is not "not listed". (Sums a report makes in `items` from many answers
 * mark themselves: see dust's hoursWithheld.)
 */
function recording<T>(value: T, seen: { withheld: boolean }): T {
  if (typeof value !== "object" || value === null) return value;
  // answers are plain objects and arrays; a Set or a Date would refuse a proxy as `this`
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  return new Proxy(value, {
    get(target, key) {
      const v = Reflect.get(target, key);
      if (typeof key !== "string") return v;
      if ((v === null || v === undefined) && isWithheld(target, key)) seen.withheld = true;
      // a proxy must answer a frozen property with the property itself
      const d = Object.getOwnPropertyDescriptor(target, key);
      return d && !d.configurable && !d.writable ? v : recording(v, seen);
    },
  });
}

function cellOf<TItem>(item: TItem, column: ColumnOf<TItem>): Cell {
  const seen = { withheld: false };
  const v = column.value ? column.value(recording(item, seen)) : (item as Record<string, Cell>)[column.key];
  if (seen.withheld || ((v === null || v === undefined) && isWithheld(item, column.key))) return WITHHELD;
  return v ?? null;
}

/** The option and parameter of a report over one year. */
export const BY_YEAR = {
  options: { year: { type: "string", description: "the year", required: true } },
  parameters: (options: Record<string, string>) => ({ year: parseYear(options.year) }),
} as const;

/** Counts of each value, as a note says them: "MET 12, MISSED 3". */
export function tally(values: Cell[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ${n}`).join(", ");
}

/** Rows of a page size that keeps saved operations inside the hub's query-cost limits. */
export const PAGE_SIZE = 500;

/**
 * Runs a typed operation and tolerates GRANT_REQUIRED: the fields a missing grant withheld come back null and
 * a note says so; any other error throws.
 */
export async function fetchTolerant<TData, TVars extends Record<string, unknown>>(
  client: LantianClient,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  notes: string[],
): Promise<TData> {
  const { data, errors } = await client.requestPartial(document, variables);
  const fatal = errors.filter((e) => e.code !== "GRANT_REQUIRED");
  if (fatal.length || data === null) throw new LantianRequestError(fatal.length ? fatal : errors, data, 200);
  for (const e of errors) {
    if (e.path) markWithheld(data, e.path);
    const note = `withheld (GRANT_REQUIRED): ${e.path?.filter((p) => typeof p === "string").join(".") ?? e.message}`;
    if (!notes.includes(note)) notes.push(note);
  }
  return data;
}

/** Every node of a connection, page by page, tolerating GRANT_REQUIRED like fetchTolerant. */
export async function fetchAll<TData, TVars extends Record<string, unknown> & { first?: number | null; after?: string | null }, TNode>(
  client: LantianClient,
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, "first" | "after">,
  select: (data: TData) => ConnectionPage<TNode> | null | undefined,
  notes: string[],
  pageSize = PAGE_SIZE,
): Promise<TNode[]> {
  const nodes: TNode[] = [];
  const pages = client.paginate(document, { ...variables, first: pageSize } as unknown as Omit<TVars, "after">, select, (d, v) => fetchTolerant(client, d, v, notes));
  for await (const node of pages) nodes.push(node);
  return nodes;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export function parseYear(value: string | undefined): number {
  const y = Number(value);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new ReportOptionError(`--year ${value ?? ""}: a year such as 2021`);
  return y;
}

export class ReportOptionError extends Error {}
