import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from "type-graphql";
import { badInput } from "./errors.js";
import { Envelope } from "./sharing.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@Envelope()
@ObjectType({ description: "Relay page information." })
@Directive("@shareable")
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
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
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, description?: string) {
  @Envelope()
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @Envelope()
  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows matching the filter, over all pages." })
    totalCount!: number;
  }
  return ConnectionType as ClassType<Connection<T>>;
}

// Cursors are opaque to clients but are simply the keyset position (the sort key of the last row).
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.every((k) => typeof k === "string" || typeof k === "number")) return key;
  } catch {
    /* fall through */
  }
  throw badInput(`Invalid cursor ${JSON.stringify(cursor)}: pass an endCursor from a previous page`, { argument: "after" });
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
  keyOf: (row: T) => (string | number)[],
  fetch: (after: (string | number)[] | null, limit: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const [rows, totalCount] = await Promise.all([fetch(after, size + 1), count()]);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A filtered connection over one entity, keyset-paginated on `keys` (its unique sort order): one
 * statement for the page and one for the total, whatever the page size.
 */
export async function findPage<T extends object>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  em: { find: (...a: any[]) => Promise<any[]>; count: (...a: any[]) => Promise<number> },
  entity: ClassType<T>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  where: Record<string, any>,
  keys: (keyof T & string)[],
  args: PageArgs,
): Promise<Connection<T>> {
  return paginate<T>(
    args,
    (row) => keys.map((k) => row[k] as unknown as string | number),
    async (after, limit) => {
      let w = where;
      if (after) {
        if (after.length !== keys.length) throw badInput("Invalid cursor: it belongs to another list", { argument: "after" });
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
 * `where` is a SQL condition over `params`; one statement for the page, one for the total.
 */
export function pageNewestFirst<R, T>(
  db: { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> },
  args: PageArgs,
  q: { columns: string; table: string; where: string; params: unknown[] },
  toNode: (row: R) => T & { id: string },
): Promise<Connection<T & { id: string }>> {
  return paginate<T & { id: string }>(
    args,
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
