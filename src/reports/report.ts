import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { LantianRequestError, type ConnectionPage, type LantianClient } from "../client/index.js";

export type Cell = string | number | boolean | null;
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
      const rows = items.map((item) => Object.fromEntries(r.columns.map((c) => [c.key, c.value ? c.value(item) : (item as Row)[c.key]])));
      const columns = r.columns.filter((c): c is ColumnOf<TItem> & Column => c.header !== undefined);
      return { name: r.name, title: r.title(parameters), parameters, columns, rows, notes };
    },
  };
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
