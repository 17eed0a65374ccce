import crypto from "node:crypto";
import type { GraphQLError } from "graphql";
import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from "type-graphql";
import { badInput } from "./errors.js";
import { declareTextCap, textProblem } from "./input-guard.js";
import { quoted } from "./scalars.js";
import { isIsoDate } from "../shared/dates.js";
import { Envelope } from "./sharing.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@Envelope()
@ObjectType({ description: "Where a page stands in its list (Relay cursor connections): whether more rows follow, and the cursors to continue from.", simpleResolvers: true })
@Directive("@shareable")
export class PageInfo {
  @Field({ description: "True when more rows follow this page: ask for them with `after: endCursor`." })
  hasNextPage!: boolean;

  @Field({ description: "True when this page was asked for with `after`, so rows come before it." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first row; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last row, to pass as `after` for the next page; null when the page is empty." })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string;
}

export interface Edge<T> {
  readonly cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** a number, or the promise of one: a page computes its total only when the selection asks for it */
  readonly totalCount: number | Promise<number>;
}

// Cursors are JSON and base64 of the row's key: written only when a client selects `cursor` or `pageInfo`
// (most reads page through `edges { node }` alone), as a getter the default resolver reads.
class LazyEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}
  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

class LazyPageInfo<T> implements PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: Edge<T>[],
  ) {}
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

// The total is one more statement: run only when `totalCount` is selected (the default resolver reads the
// getter), at most once per page.
class LazyConnection<T> implements Connection<T> {
  private total: number | Promise<number> | undefined;
  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly count: number | (() => Promise<number>),
  ) {}
  get totalCount(): number | Promise<number> {
    return (this.total ??= typeof this.count === "number" ? this.count : this.count());
  }
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, description?: string) {
  @Envelope()
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its position in the list.`, simpleResolvers: true })
  class EdgeType {
    @Field({ description: "This row's position in its list, opaque: pass it as `after` to continue after this row." })
    cursor!: string;

    @Field(() => node, { description: `The ${name} itself.` })
    node!: T;
  }

  @Envelope()
  @ObjectType(`${name}Connection`, { description: description ?? `A page of ${name} records, in the list's order.`, simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The page's rows, in the list's order; empty past the last row." })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "Whether more rows follow, and the cursors to continue from." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows matching the filter, over all pages." })
    totalCount!: number;
  }
  return ConnectionType as ClassType<Connection<T>>;
}

/**
 * How a list's position is written: one part per sort key. A cursor names the list and key shape it came
 * from, and every part is checked against its kind before it goes near SQL, so a cursor of another list
 * (or a made-up one) is the client's error, never a database error.
 */
export type KeyPart = "text" | "integer" | "number" | "instant" | "date";
export interface CursorShape {
  /** the list's identity: the entity or table it pages over */
  list: string;
  parts: readonly KeyPart[];
}
type Key = (string | number)[];

export const MAX_CURSOR_LENGTH = 1000;
declareTextCap("after", MAX_CURSOR_LENGTH);

// A short digest of the list and its key shape: opaque (no table names in cursors) and stable across restarts.
const tags = new Map<string, string>();
function tagOf(shape: CursorShape): string {
  const name = `${shape.list}(${shape.parts.join(",")})`;
  let tag = tags.get(name);
  if (!tag) {
    tag = crypto.createHash("sha256").update(name).digest("base64url").slice(0, 10);
    tags.set(name, tag);
  }
  return tag;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

function partOk(kind: KeyPart, v: unknown): boolean {
  switch (kind) {
    case "text":
      return typeof v === "string" && v.length <= MAX_CURSOR_LENGTH && textProblem(v) === null;
    case "integer":
      // bigint columns come back from the driver as digit strings
      return (typeof v === "number" && Number.isSafeInteger(v)) || (typeof v === "string" && /^-?\d{1,18}$/.test(v));
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "instant":
      return typeof v === "string" && ISO_INSTANT.test(v) && isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v));
    case "date":
      return typeof v === "string" && DATE_PREFIX.test(v) && isIsoDate(v.slice(0, 10)) && (v.length === 10 || (ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v))));
  }
}

export function encodeCursor(shape: CursorShape, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([tagOf(shape), ...key])).toString("base64url");
}

function invalidCursor(cursor: string): GraphQLError {
  return badInput(`Invalid cursor ${quoted(cursor)}: pass an endCursor from a previous page of this list`, { argument: "after" });
}

/** The key a cursor of this list holds; BAD_USER_INPUT for anything else, whatever it decodes to. */
export function decodeCursor(shape: CursorShape, cursor: string): Key {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor(cursor);
  }
  if (!Array.isArray(decoded) || decoded.length !== shape.parts.length + 1 || decoded[0] !== tagOf(shape)) throw invalidCursor(cursor);
  const key = decoded.slice(1);
  if (!shape.parts.every((kind, i) => partOk(kind, key[i]))) throw invalidCursor(cursor);
  return key as Key;
}

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, { argument: "first" });
  }
  return first;
}

/**
 * Keyset pagination: `fetch` returns up to `limit` rows after the decoded cursor position, ordered by the
 * key; one extra row is fetched to learn whether another page follows.
 */
export async function paginate<T>(
  args: PageArgs,
  shape: CursorShape,
  keyOf: (row: T) => (string | number)[],
  fetch: (after: (string | number)[] | null, limit: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(shape, args.after) : null;
  const rows = await fetch(after, size + 1);
  return connection(rows, size, (node) => encodeCursor(shape, keyOf(node)), count, after !== null);
}

/**
 * A page of the first `size` of `rows` (one more row than that says another page follows). Cursors are
 * written when read; `totalCount` a number, or a count run when the selection reads it.
 */
export function connection<T>(rows: T[], size: number, cursorOf: (node: T) => string, totalCount: number | (() => Promise<number>), hasPreviousPage: boolean): Connection<T> {
  const n = Math.min(rows.length, size);
  const edges = new Array<Edge<T>>(n);
  for (let i = 0; i < n; i++) edges[i] = new LazyEdge(rows[i], cursorOf);
  return new LazyConnection(edges, new LazyPageInfo(rows.length > size, hasPreviousPage, edges), totalCount);
}

/** What findPage needs of an EntityManager (a fork per request). */
export interface PagingEntityManager {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  find: (...a: any[]) => Promise<any[]>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  count: (...a: any[]) => Promise<number>;
  getMetadata(): { find(entityName: string): { properties: Record<string, { type?: string; columnTypes?: string[] }> } | undefined };
}

/** The kind of a column as its mapping declares it (every entity names its column types). */
export function kindOfColumn(type: string): KeyPart {
  const t = type.toLowerCase();
  if (t.includes("timestamp") || t === "datetime" || t === "datetimetype") return "instant";
  if (t === "date") return "date";
  if (/^(smallint|integer|int|int2|int4|int8|bigint|tinyint|mediumint|serial|bigserial)$/.test(t)) return "integer";
  if (/^(double|float|real|numeric|decimal|number|double precision)/.test(t)) return "number";
  return "text";
}

const shapes = new Map<string, CursorShape>();
function entityShape(em: PagingEntityManager, entity: ClassType<object>, keys: string[]): CursorShape {
  const list = `${entity.name}:${keys.join(",")}`;
  let shape = shapes.get(list);
  if (!shape) {
    const props = em.getMetadata().find(entity.name)?.properties ?? {};
    shape = { list, parts: keys.map((k) => kindOfColumn(props[k]?.columnTypes?.[0] ?? props[k]?.type ?? "text")) };
    shapes.set(list, shape);
  }
  return shape;
}

/**
 * A filtered connection over one entity, keyset-paginated on `keys` (its unique sort order): one
 * statement for the page and, when `totalCount` is selected, one for the total, whatever the page size.
 */
export async function findPage<T extends object>(
  em: PagingEntityManager,
  entity: ClassType<T>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  where: Record<string, any>,
  keys: (keyof T & string)[],
  args: PageArgs,
): Promise<Connection<T>> {
  return paginate<T>(
    args,
    entityShape(em, entity, keys),
    (row) => keys.map((k) => row[k] as unknown as string | number),
    async (after, limit) => {
      let w = where;
      if (after) {
        // (k1, k2, ...) > (a1, a2, ...) as an OR of prefixes, which the planner turns into index ranges.
        const or = keys.map((k, i) => {
          const cond: Record<string, unknown> = {};
          keys.slice(0, i).forEach((p, j) => (cond[p] = after[j]));
          cond[k] = { $gt: after[i] };
          return cond;
        });
        w = { $and: [where, { $or: or }] };
      }
      const orderBy = Object.fromEntries(keys.map((k) => [k, "asc"]));
      return em.find(entity, w, { orderBy, limit });
    },
    () => em.count(entity, where),
  );
}

/**
 * Newest first over a table keyed by a growing bigint `id` (the audit trail, access requests):
 * `where` is a SQL condition over `params`; one statement for the page, one for the total when it is selected.
 */
export function pageNewestFirst<R, T>(
  db: { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> },
  args: PageArgs,
  q: { columns: string; table: string; where: string; params: unknown[] },
  toNode: (row: R) => T & { id: string },
): Promise<Connection<T & { id: string }>> {
  return paginate<T & { id: string }>(
    args,
    { list: q.table, parts: ["integer"] },
    (node) => [Number(node.id)],
    async (after, limit) => {
      const p = [...q.params];
      const cursor = after ? ` and id < $${p.push(after[0])}` : "";
      const { rows } = await db.query(`select ${q.columns} from ${q.table} where ${q.where}${cursor} order by id desc limit $${p.push(limit)}`, p);
      return (rows as R[]).map(toNode);
    },
    async () => Number(((await db.query(`select count(*) as n from ${q.table} where ${q.where}`, q.params)).rows[0] as { n: string }).n),
  );
}

const BY_NAME = { parent: (r: { parent: string }) => r.parent, total: (r: { total: unknown }) => r.total };

/** One parent's page request among many: the rest of the key (a period, a cursor) is the same for a group. */
export interface ParentPageKey<A> {
  parent: string;
  first: number;
  after: A | null;
}

/** How pagesByParent reads a row's parent, and each parent's total. */
export interface ParentPageParts<K, R> {
  parent(row: R): string;
  /** the parent's total on a row (its first row at least), when `fetch` counts it */
  total?(row: R): unknown;
  /**
   * the totals of the group's parents, counted in one statement when a page's `totalCount` is first read
   * (most reads never select it), instead of `total`
   */
  count?(parents: string[], shape: K): Promise<Map<string, number>>;
  /**
   * the rest of a key as text (what keys of one statement share), by default its JSON: a loader pays it for
   * every parent of a page, so a hot one writes it by hand
   */
  shape?(key: K): string;
}

/**
 * Pages of many parents' children at once (a page of vehicles, each with its passages): the keys that ask
 * for the same page shape are one statement, which `fetch` writes to keep `first + 1` children of each parent
 * (a lateral join with a limit, or a window function), with the parent's total unless `of.count` counts it
 * apart. Statements grow with the kinds of page asked for, not with the number of parents. `of` reads a
 * row's parent and the parent's total: by default the row's `parent` and `total`.
 */
export async function pagesByParent<K extends ParentPageKey<unknown>, R, T>(
  keys: readonly K[],
  fetch: (parents: string[], shape: K) => Promise<R[]>,
  toNode: (row: R) => T,
  cursorOf: (node: T) => string,
  of: ParentPageParts<K, R> = BY_NAME as never,
): Promise<Connection<T>[]> {
  const shapes = keys.map(of.shape ?? ((k) => JSON.stringify({ ...k, parent: undefined })));
  const groups = new Map<string, K[]>();
  keys.forEach((k, i) => {
    const group = groups.get(shapes[i]);
    if (group) group.push(k);
    else groups.set(shapes[i], [k]);
  });
  const pages = new Map<string, Connection<T>>();
  for (const [shape, ks] of groups) {
    const { first, after } = ks[0];
    const parents = ks.map((k) => k.parent);
    const rows = await fetch(parents, ks[0]);
    const byParent = new Map<string, T[]>();
    const totals = new Map<string, number>();
    for (const r of rows) {
      const parent = of.parent(r);
      const mine = byParent.get(parent);
      if (mine) mine.push(toNode(r));
      else {
        byParent.set(parent, [toNode(r)]);
        if (!of.count) totals.set(parent, Number(of.total!(r)));
      }
    }
    // one count for the whole group, on the first read of any of its pages' totalCount
    let counted: Promise<Map<string, number>> | undefined;
    const count = of.count;
    for (const k of ks) {
      const total = count ? () => (counted ??= count(parents, ks[0])).then((m) => m.get(k.parent) ?? 0) : (totals.get(k.parent) ?? 0);
      pages.set(`${k.parent}|${shape}`, connection(byParent.get(k.parent) ?? [], first, cursorOf, total, after !== null));
    }
  }
  return keys.map((k, i) => pages.get(`${k.parent}|${shapes[i]}`)!);
}
