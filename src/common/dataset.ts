import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  type ClassType,
  type ObjectTypeOptions,
} from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";

/** What type-graphql's Field takes as its type (a function returning the GraphQL type). */
type ReturnTypeFunc = Parameters<typeof Field>[0] & ((...args: never[]) => unknown);
import type { Column } from "../db/bulk.js";
import { byKey, groupByKey, loader, type HubContext } from "./context.js";
import type { ContributionSpec, ReferenceCheck, ValidateContext } from "./contribution/contribute.js";
import { historyLoader } from "./contribution/history.js";
import { contributionMutation } from "./contribution/resolver.js";
import type { RowCheck } from "./contribution/row-check.js";
import { RecordVersion } from "./contribution/types.js";
import { SharingClass, type Dataset } from "./datasets.js";
import { assertInOrder } from "./errors.js";
import { connectionOf, PageArgs } from "./pagination.js";
import { leanRecords } from "./lean-records.js";
import { Contributed } from "./provenance.js";
import { DateScalar, DateTimeScalar } from "./scalars.js";
import { chinaDayEnd, chinaDayStart } from "../shared/dates.js";
import { Shared } from "./sharing.js";

/**
 * A dataset as one declaration: its table, key, fields with their checks, filters and order. From it
 * `defineDataset` derives the MikroORM entity and GraphQL type (one class), the connection and filter
 * types, the list and by-key queries and the key loader, the `history` field, the contribution input,
 * spec and mutation. What is not a plain column (a derived field, a relation to another type) is
 * declared beside it as `computed` or written as a field resolver of its own.
 */

/** The GraphQL scalar of a field, and the PostgreSQL column type it is stored as by default. */
export type FieldType = "ID" | "String" | "Int" | "Float" | "Boolean" | "Date" | "DateTime" | "JSON";

const GRAPHQL: Record<FieldType, ReturnTypeFunc> = {
  ID: () => ID,
  String: () => String,
  Int: () => Int,
  Float: () => Float,
  Boolean: () => Boolean,
  Date: () => DateScalar,
  DateTime: () => DateTimeScalar,
  JSON: () => GraphQLJSON,
};
const COLUMN: Record<FieldType, Column["type"]> = {
  ID: "text",
  String: "text",
  Int: "integer",
  Float: "double precision",
  Boolean: "boolean",
  Date: "date",
  DateTime: "timestamptz",
  JSON: "jsonb",
};
/** What a contributed value arrives as: dates as text, so the row checks say what is wrong with them. */
const INPUT: Record<FieldType, ReturnTypeFunc> = {
  ID: () => String,
  String: () => String,
  Int: () => Int,
  Float: () => Float,
  Boolean: () => Boolean,
  Date: () => String,
  DateTime: () => String,
  // any JSON passes the schema, so a malformed value rejects its row, not the batch
  JSON: () => GraphQLJSON,
};

export interface FieldDecl {
  type: FieldType;
  /** the column's name; default the field's name in snake_case */
  column?: string;
  /** the column's PostgreSQL type; default from `type` */
  columnType?: Column["type"];
  /** the entity property's MikroORM type when not the column's (`json` for a jsonb column, `smallint`) */
  entityType?: string;
  /** the GraphQL type when it is not the scalar of `type` (an enum stored as text) */
  graphql?: ReturnTypeFunc;
  /** the enum of an enum-valued field (`defineEnum`'s object): the GraphQL type, the row type's union, and the check when there is none */
  enum?: Record<string, string>;
  /** the output field's description; `hidden` keeps the column out of the GraphQL type */
  description?: string;
  hidden?: boolean;
  /**
   * a hidden column the GraphQL type shows through a resolver of its own, as a bulk export writes it: SQL over
   * the quoted column giving what that resolver answers (`nullif("hour", -1)`). Other hidden columns are not exported.
   */
  exported?: (column: string) => string;
  nullable?: boolean;
  /** a list of `type` (stored as jsonb by default); its input takes null items so a null rejects the row, not the batch */
  list?: boolean;
  /** the column's default, also the input's default value */
  default?: string | number | boolean;
  /** the contribution input's description of the field */
  input?: string;
  /** not contributed: the input has no such field and the check derives the value (from `checked`, the caller) */
  derived?: boolean;
  /** the input's GraphQL type when it is not the one of `type` (a list, a nested input), and its nullability ("itemsAndList": a null item rejects its row only) */
  inputType?: ReturnTypeFunc;
  inputNullable?: boolean | "itemsAndList";
  /** the column is filled by the contribution's own SQL (`beforeUpsert`), never sent: no input field, staged as null */
  noInput?: boolean;
  /**
   * checks one row's value: the value to store, or null after `c.error(...)`; `checked` holds the values the
   * fields declared before this one checked to (for rules across fields). Default for an `enum` field: one of its values.
   */
  check?(c: RowCheck, value: never, v: ValidateContext, row: Record<string, unknown>, checked: Record<string, unknown>): unknown;
}

/** A list filter's argument: how it narrows the list (a MikroORM condition). */
export interface FilterDecl {
  type: FieldType;
  graphql?: ReturnTypeFunc;
  /** a registered TypeScript enum: the filter's GraphQL type */
  enum?: Record<string, string>;
  description?: string;
  /** the condition (none when it returns undefined); default the field of the filter's name equal to the value */
  where?(value: never): Record<string, unknown> | undefined;
}

/** A field computed from the record's own columns (no query). */
export interface ComputedDecl {
  type: ReturnTypeFunc;
  description?: string;
  nullable?: boolean;
  get(record: never): unknown;
}

export interface DatasetDecl {
  /** dataset, sharing, catalogue and table: what the catalogue says of it (scripts/registry.js reads them from the literals) */
  dataset: Dataset;
  /** the sharing class of its fields (a field of personal data may be stricter) */
  sharing: `${SharingClass}`;
  /** the catalogue's description of the dataset */
  catalogue: string;
  /** `schema.table` */
  table: string;
  /** the GraphQL type's name */
  name: string;
  description: string;
  /** GraphQL interfaces the type implements (their fields it does not declare come from the interface) */
  implements?: ObjectTypeOptions["implements"];
  /** directives on the GraphQL type, e.g. `@key(fields: "code")` */
  directives?: string[];
  /** field names of the natural key, in order */
  key: string[];
  fields: Record<string, FieldDecl>;
  computed?: Record<string, ComputedDecl>;
  indexes?: string[][];
  /** the list query; none when the list is hand-written beside the declaration */
  list?: {
    query: string;
    description: string;
    /** the keyset order: field names making a unique order */
    order: string[];
    filterDescription?: string;
    /** the filter type's name; default `<name>Filter` */
    filterName?: string;
    filters?: Record<string, FilterDecl>;
    /** the filters are the query's own arguments rather than fields of a `filter` input */
    filterArgs?: boolean;
    /** an empty or blank string filter sets no condition (instead of asking for the empty value) */
    skipEmpty?: boolean;
    /** pairs of filter names that must be in order (from ≤ to); default `from`–`to` when both are filters */
    ranges?: [string, string][];
    connectionDescription?: string;
    nullable?: boolean;
  };
  /** the by-key query (single-field keys) */
  byKey?: {
    query: string;
    description?: string;
    /** the key argument's description; default the key field's */
    argument?: string;
    /** the key argument as it is stored (default: trimmed) */
    normalize?(key: string): string;
  };
  history?: string;
  /** fields naming one record of another dataset of this subgraph by a key column: `plant` by `plantCreditCode` */
  links?: Record<string, { by: string; to: () => DefinedDataset<object>; description?: string; nullable?: boolean }>;
  /**
   * lists of this dataset's records on a parent type (its own or another dataset's entity, an entity view):
   * `coalChecks` on Enterprise, the records whose `by` equals the parent's `key`, in `order`
   */
  listedOn?: Record<string, { parent: () => ClassType; key: string; by: string; order: Record<string, "asc" | "desc">; description: string; nullable?: boolean }>;
  /** the contribution path; none for a table written otherwise (reference data, issued warnings, the plan's targets) */
  contribution?: {
    mutation: string;
    description: string;
    input: string;
    /** the input type's name; default `<name>Input` */
    inputName?: string;
    references?: ReferenceCheck[];
    /** the departments that may contribute, when not only the owner */
    contributors?: ContributionSpec<Record<string, unknown>>["contributors"];
    uniqueInBatch?: { column: string; field: string }[];
    beforeUpsert?: ContributionSpec<Record<string, unknown>>["beforeUpsert"];
    afterWrite?: ContributionSpec<Record<string, unknown>>["afterWrite"];
    checkBatch?: ContributionSpec<Record<string, unknown>>["checkBatch"];
  };
}

/** The TypeScript value of a field: its scalar, or its enum's union; a list of it; null when nullable. */
type ScalarOf<T> = T extends "Int" | "Float" ? number : T extends "Boolean" ? boolean : T extends "DateTime" ? Date : T extends "JSON" ? unknown : string;
type GraphqlValue<G, T> = G extends abstract new (...args: never[]) => infer I ? I : G extends StringConstructor[] ? string[] : G extends Record<string, string> ? G[keyof G] : ScalarOf<T>;
type ValueOf<F> = F extends { enum: infer E } ? E[keyof E] : F extends { graphql: () => infer G; type: infer T } ? GraphqlValue<G, T> : F extends { type: infer T } ? ScalarOf<T> : never;
type FieldValue<F> = (F extends { list: true } ? ValueOf<F>[] : ValueOf<F>) | (F extends { nullable: true } ? null : never);
/** A declaration's record type, inferred from its fields (and computed fields) and the provenance columns. */
export type RowOf<D extends Pick<DatasetDecl, "fields" | "computed">> = (D extends { contribution: object } ? Contributed : unknown) & { -readonly [K in keyof D["fields"]]: FieldValue<D["fields"][K]> } & {
  readonly [K in keyof D["computed"]]: D["computed"][K] extends { get(r: never): infer V } ? V : never;
};
/** The record type of a defined dataset: `type DustViolation = Row<typeof dustViolation>`. */
export type Row<T> = T extends DefinedDataset<infer R> ? R : never;

/**
 * The usual `from`/`to` filters of a list over a day or instant field `field`: days (China time for an
 * instant), both inclusive; with `instants`, instants, `to` exclusive.
 */
export function periodFilters(field: string, stored: "Date" | "DateTime", instants = false): Record<"from" | "to", FilterDecl> {
  if (instants) {
    return {
      from: { type: "DateTime", description: "First instant, inclusive.", where: (from: Date) => ({ [field]: { $gte: from } }) },
      to: { type: "DateTime", description: "Last instant, exclusive.", where: (to: Date) => ({ [field]: { $lt: to } }) },
    };
  }
  if (stored === "Date") {
    return {
      from: { type: "Date", description: "First day, inclusive.", where: (from: string) => ({ [field]: { $gte: from } }) },
      to: { type: "Date", description: "Last day, inclusive.", where: (to: string) => ({ [field]: { $lte: to } }) },
    };
  }
  return {
    from: { type: "Date", description: "First China-time day, inclusive.", where: (from: string) => ({ [field]: { $gte: chinaDayStart(from) } }) },
    to: { type: "Date", description: "Last China-time day, inclusive.", where: (to: string) => ({ [field]: { $lt: chinaDayEnd(to) } }) },
  };
}

/** A description continuing a sentence: "The day …" → "the day …" (an acronym such as "VIN" or "GB/T" stays). */
const continuing = (d: string) => (/^[A-Z][a-z]/.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : d);

/** The `filter` argument of every list with a filter input. */
const FILTER_ARG = "Conditions the listed records must all meet; omit it (or a condition) to list without it.";

/**
 * What a filter without a description of its own says: a filter on a field (no `where`) asks for the field's
 * value, which the field's own description explains.
 */
function filterDescription(decl: DatasetDecl, name: string, f: FilterDecl): string | undefined {
  const field = decl.fields[name];
  if (f.where || !field?.description) return undefined;
  return `Only records whose \`${name}\` is this value: ${continuing(field.description)}`;
}

/** The by-key query's argument: the key field, as its declaration describes it. */
function keyArgDescription(decl: DatasetDecl, keyField: string): string {
  if (decl.byKey?.argument) return decl.byKey.argument;
  const field = decl.fields[keyField]?.description;
  return `The \`${keyField}\` of the ${decl.name} to read${field ? `: ${continuing(field)}` : "."}${decl.byKey?.normalize ? "" : " Surrounding spaces are ignored."}`;
}

/** "A, B or C.": what an enum field's input takes, when the declaration does not say more. */
const oneOf = (values: string[]) => `${values.slice(0, -1).join(", ")}${values.length > 1 ? " or " : ""}${values[values.length - 1]}.`;

const graphqlOf = (f: { type: FieldType; graphql?: ReturnTypeFunc; enum?: object }) => f.graphql ?? (f.enum ? () => f.enum! : GRAPHQL[f.type]);
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** A key value as the history's record_key holds it (instants as toISOString() writes them). */
const keyText = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const columnTypeOf = (f: FieldDecl): Column["type"] => f.columnType ?? (f.list ? "jsonb" : COLUMN[f.type]);
/** The field's GraphQL type, a list of it when the field is one. */
const listOf = (f: FieldDecl, type: ReturnTypeFunc): ReturnTypeFunc => (f.list ? () => [type()] : type);

/** A class named `name` (GraphQL and MikroORM take the name from the class). */
function named<T extends ClassType>(name: string, base: T): T {
  return { [name]: class extends base {} }[name] as T;
}

export interface DefinedDataset<R extends object> {
  [DEFINED]: true;
  decl: DatasetDecl;
  /** the entity and GraphQL type */
  entity: ClassType<R>;
  contribution: ContributionSpec<Record<string, unknown>>;
  /** the resolvers to register in the department's subgraph: list, by key, history, contribution */
  resolvers: ClassType[];
  /** the per-request loader of records by key (the key's values, in order) */
  loader(ctx: HubContext): { load(key: string): Promise<R | null> };
  /** a per-request loader of the records whose `field` is among the keys, each key's in `order` */
  loaderBy(field: string, order: Record<string, "asc" | "desc">): (ctx: HubContext) => { load(key: string): Promise<R[]> };
  /** the record a federation representation (its key fields) names: the type's `__resolveReference` */
  resolveReference(ctx: HubContext, ref: Record<string, unknown>): Promise<R | null>;
  /** the record of a row read by hand-written SQL (select `columns(alias)`): its columns by their names */
  fromRow(row: object): R;
  /** the columns a record is read from, for hand-written SQL: `p."vin", p."plate", …` */
  columns(alias: string): string;
  /** the record of a row read in array mode whose first values are `columns(…)`, in order (more may follow) */
  fromColumns(row: unknown[]): R;
  /** where a field's value is in `columns(…)` */
  position(field: string): number;
  /**
   * What a bulk export of the dataset reads: the rows its list answers for `filter` (the list's filter, or its
   * filter arguments, as coerced by GraphQL) as SQL over `params`. In no order: ordering a million rows took
   * COPY 40% longer (bench/export.ts), and a file's rows are a set.
   */
  exportSource(filter: Record<string, unknown> | undefined): { columns: ExportColumn[]; where: string; params: unknown[] };
}

/** A column of a bulk export: the field it is, its value as SQL over the table's columns, and its type. */
export interface ExportColumn {
  field: string;
  sql: string;
  type: FieldType;
  list: boolean;
}

export function defineDataset<const D extends DatasetDecl, R extends object = RowOf<D>>(decl: D): DefinedDataset<R> {
  const [schema, tableName] = decl.table.split(".");
  const entries = Object.entries(decl.fields);
  for (const [name, f] of entries) if (decl.contribution && !f.check && !f.enum && !f.noInput) throw new Error(`${decl.name}.${name}: a field needs a check or an enum`);
  const columnOf = (f: string) => decl.fields[f].column ?? snake(f);

  // The entity and GraphQL type: one class.
  const entity = named(decl.name, (decl.contribution ? Contributed : class {}) as unknown as ClassType) as unknown as ClassType<R>;
  for (const [name, f] of entries) {
    const options = {
      fieldName: columnOf(name),
      type: f.entityType ?? columnTypeOf(f),
      ...(f.nullable ? { nullable: true } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
    };
    (decl.key.includes(name) ? PrimaryKey(options) : Property(options))(entity.prototype, name);
    if (!f.hidden) Field(listOf(f, graphqlOf(f)), { description: f.description, nullable: f.nullable })(entity.prototype, name);
  }
  for (const [name, c] of Object.entries(decl.computed ?? {})) {
    Object.defineProperty(entity.prototype, name, { get(this: never) { return c.get(this); }, configurable: true });
    Field(c.type, { description: c.description, nullable: c.nullable })(entity.prototype, name, Object.getOwnPropertyDescriptor(entity.prototype, name)!);
  }
  for (const properties of decl.indexes ?? []) Index({ properties: properties as never })(entity);
  Entity({ tableName, schema })(entity);
  for (const directive of decl.directives ?? []) Directive(directive)(entity);
  // simple: a column is read as the property it is (no per-field resolver wrapping it)
  ObjectType(decl.name, { description: decl.description, simpleResolvers: true, ...(decl.implements ? { implements: decl.implements } : {}) })(entity);
  Shared(decl.dataset)(entity);

  // The contribution: input type and spec (the spec also says the table's columns where there is no contribution).
  const inputName = decl.contribution?.inputName ?? `${decl.name}Input`;
  const input = named(inputName, class {} as ClassType);
  for (const [name, f] of entries) {
    // a derived field is computed by its check, one without input is filled by the contribution's own SQL
    if (!decl.contribution || f.derived || f.noInput) continue;
    const nullable = f.inputNullable ?? (f.list ? ("itemsAndList" as const) : true);
    Field(f.inputType ?? listOf(f, INPUT[f.type]), { nullable, description: f.input ?? (f.enum ? oneOf(Object.values(f.enum)) : f.description), ...(f.default !== undefined ? { defaultValue: f.default } : {}) })(input.prototype, name);
  }
  if (decl.contribution) InputType(inputName, { description: decl.contribution.input })(input);
  const contribution: ContributionSpec<Record<string, unknown>> = {
    dataset: decl.dataset,
    table: decl.table,
    key: decl.key.map(columnOf),
    columns: entries.map(([name, f]) => ({ name: columnOf(name), type: columnTypeOf(f) })),
    ...decl.contribution,
    validate(r, c, v) {
      const checked: Record<string, unknown> = {};
      return entries.map(([name, f]) => (checked[name] = f.check ? f.check(c, r[name] as never, v, r, checked) : f.noInput ? null : c.enumValue(name, r[name] as string, Object.values(f.enum!))));
    },
  };

  // The list's filter type (none without a list).
  const listDecl = decl.list ?? { query: "", description: "", order: [] };
  const filters = Object.entries(listDecl.filters ?? {});
  const filterName = listDecl.filterName ?? `${decl.name}Filter`;
  const filterType = filters.length && !listDecl.filterArgs ? named(filterName, class {} as ClassType) : undefined;
  const argsType = filters.length && listDecl.filterArgs ? named(`${decl.name}ListArgs`, PageArgs) : undefined;
  for (const [name, f] of filters) Field(graphqlOf(f), { nullable: true, description: f.description ?? filterDescription(decl, name, f) })((argsType ?? filterType)!.prototype, name);
  if (argsType) ArgsType()(argsType);
  else if (filterType) InputType(filterName, { description: listDecl.filterDescription ?? `Which records \`${listDecl.query}\` lists; the conditions given must all hold.` })(filterType);
  const Connection = decl.list ? connectionOf(entity, decl.name, listDecl.connectionDescription ?? `A page of \`${listDecl.query}\`: ${decl.name} records in the list's order, with the total.`) : Boolean;
  const ranges = listDecl.ranges ?? (listDecl.filters?.from && listDecl.filters.to ? [["from", "to"]] : []);
  // Reads are plain SQL into lean records (see leanRecords): no entity hydration, no identity map.
  const lean = leanRecords<R, FieldDecl>(decl, entity, columnOf, columnTypeOf);
  const keyLoader = (ctx: HubContext) =>
    loader<string, R | null>(ctx, `key.${decl.dataset}`, async (keys) =>
      byKey(keys, await lean.select(ctx.db, `${lean.column(decl.key[0])} = any($1::${lean.pgType(decl.key[0])}[])`, [keys]), (r) => keyText((r as Record<string, unknown>)[decl.key[0]])),
    );

  const conditionOf = (filter: Record<string, unknown> | undefined) => {
    for (const [from, to] of ranges) {
      if (filter?.[from] && filter[to]) assertInOrder(filter[from] as string, filter[to] as string, [from, to], argsType ? from : `filter.${from}`);
    }
    const where = filters
      // an empty text is no condition, as in the hand-written lists (`if (filter?.regionCode)`); with skipEmpty a blank one neither
      .filter(([name]) => filter?.[name] !== undefined && filter[name] !== null && filter[name] !== "" && !(listDecl.skipEmpty && typeof filter[name] === "string" && !filter[name].trim()))
      .map(([name, f]) => {
        const value = filter![name];
        const v = typeof value === "string" ? value.trim() : value;
        return f.where ? f.where(v as never) : { [name]: v };
      })
      .filter((w) => w !== undefined);
    return where.length ? { $and: where } : {};
  };
  const list = (page: PageArgs, filter: Record<string, unknown> | undefined, ctx: HubContext) => lean.page(ctx.db, conditionOf(filter), listDecl.order, page);
  const exportSource = (filter: Record<string, unknown> | undefined) => {
    const params: unknown[] = [];
    const where = lean.where(conditionOf(filter) as Record<string, unknown>, params);
    // the fields the type shows as they are stored, and the hidden ones it shows through a resolver that says how
    const columns = entries
      .filter(([, f]) => !f.hidden || f.exported)
      .map(([field, f]) => ({ field, sql: f.exported ? f.exported(`"${columnOf(field)}"`) : `"${columnOf(field)}"`, type: f.type, list: f.list ?? false }));
    return { columns, where, params };
  };
  // A list that may be refused (CONDITIONAL, RESTRICTED) is nullable, so the rest of an answer is still served.
  const listOptions = { name: listDecl.query, description: listDecl.description, nullable: listDecl.nullable ?? decl.sharing !== SharingClass.OPEN };

  @Resolver(() => entity)
  class HistoryResolver {
    @FieldResolver(() => [RecordVersion], { name: "history", description: decl.history })
    history(@Root() r: R, @Ctx() ctx: HubContext) {
      return historyLoader(ctx, contribution).load(decl.key.map((k) => keyText((r as Record<string, unknown>)[k])));
    }
  }

  @Resolver()
  class FilteredListResolver {
    @Query(() => Connection, listOptions)
    list(@Args() page: PageArgs, @Arg("filter", () => filterType ?? Boolean, { nullable: true, description: FILTER_ARG }) filter: Record<string, unknown> | undefined, @Ctx() ctx: HubContext) {
      return list(page, filter, ctx);
    }
  }

  @Resolver()
  class ArgsListResolver {
    @Query(() => Connection, listOptions)
    list(@Args(() => argsType ?? PageArgs) args: PageArgs & Record<string, unknown>, @Ctx() ctx: HubContext) {
      return list(args, args, ctx);
    }
  }

  @Resolver()
  class PlainListResolver {
    @Query(() => Connection, listOptions)
    list(@Args() page: PageArgs, @Ctx() ctx: HubContext) {
      return list(page, undefined, ctx);
    }
  }

  const resolvers: ClassType[] = [
    ...(decl.list ? [argsType ? ArgsListResolver : filterType ? FilteredListResolver : PlainListResolver] : []),
    ...(decl.contribution ? [contributionMutation(contribution, input as ClassType<Record<string, unknown>>, decl.contribution.mutation, decl.contribution.description)] : []),
  ];

  if (decl.byKey) {
    const { query, normalize = (key: string) => key.trim() } = decl.byKey;
    const [keyField] = decl.key;
    const description = decl.byKey.description ?? `One ${decl.name} by its \`${keyField}\`; null when there is none.`;
    @Resolver(() => entity)
    class ByKeyResolver {
      @Query(() => entity, { name: query, description, nullable: true })
      one(@Arg(keyField, () => ID, { description: keyArgDescription(decl, keyField) }) key: string, @Ctx() ctx: HubContext) {
        return keyLoader(ctx).load(normalize(key));
      }
    }
    resolvers.push(ByKeyResolver);
  }
  if (decl.history) resolvers.push(HistoryResolver);

  const loaderBy = (field: string, order: Record<string, "asc" | "desc">) => (ctx: HubContext) =>
    loader<string, R[]>(ctx, `by.${decl.dataset}.${field}.${JSON.stringify(order)}`, async (keys) =>
      groupByKey(
        keys,
        await lean.select(ctx.db, `${lean.column(field)} = any($1::${lean.pgType(field)}[])`, [keys], lean.orderBy(order)),
        (r) => String((r as Record<string, unknown>)[field]),
      ),
    );
  for (const [name, link] of Object.entries(decl.links ?? {})) resolvers.push(linkResolver(decl.name, () => entity, name, link));
  for (const [name, list] of Object.entries(decl.listedOn ?? {})) {
    const load = loaderBy(list.by, list.order);
    resolvers.push(
      fieldResolver(`${decl.name}_${name}`, list.parent, name, () => [entity], { description: list.description, nullable: list.nullable ?? decl.sharing !== SharingClass.OPEN }, (parent, ctx) =>
        load(ctx).load(String(parent[list.key])),
      ),
    );
  }

  // A representation carries the key as JSON: instants as text, numbers as numbers.
  const keyValue = (field: string, v: unknown) => (decl.fields[field].type === "DateTime" ? new Date(v as string) : decl.fields[field].type === "Int" || decl.fields[field].type === "Float" ? Number(v) : String(v));
  const referenceLoader = (ctx: HubContext) =>
    loader<string, R | null>(ctx, `ref.${decl.dataset}`, async (keys) => {
      const tuples = keys.map((k) => JSON.parse(k) as unknown[]);
      // one statement for the batch: the keys as parallel arrays, one per key column
      const where = `(${decl.key.map(lean.column).join(", ")}) in (select * from unnest(${decl.key.map((f, i) => `$${i + 1}::${lean.pgType(f)}[]`).join(", ")}))`;
      const rows = await lean.select(ctx.db, where, decl.key.map((f, i) => tuples.map((t) => keyValue(f, t[i]))));
      return byKey(keys, rows, (r) => JSON.stringify(decl.key.map((f) => keyText((r as Record<string, unknown>)[f]))));
    });
  const resolveReference = (ctx: HubContext, ref: Record<string, unknown>) =>
    referenceLoader(ctx).load(JSON.stringify(decl.key.map((f) => keyText(keyValue(f, ref[f])))));

  return { [DEFINED]: true, decl, entity, contribution, resolvers, loader: keyLoader, loaderBy, resolveReference, fromRow: lean.fromRow, columns: lean.columns, fromColumns: lean.fromColumns, position: lean.position, exportSource };
}

// Each field its own class and method, named after it: type-graphql tells field resolvers of one type
// apart by their method, so two `listed` methods on Vehicle would both answer with the last one.
function fieldResolver(className: string, parent: () => ClassType, name: string, type: ReturnTypeFunc, options: { description?: string; nullable?: boolean }, resolve: (root: Record<string, unknown>, ctx: HubContext) => unknown) {
  const cls = named(className, class {} as ClassType);
  Object.defineProperty(cls.prototype, name, { value: resolve, configurable: true, writable: true });
  Root()(cls.prototype, name, 0);
  Ctx()(cls.prototype, name, 1);
  FieldResolver(type, { name, ...options })(cls.prototype, name, Object.getOwnPropertyDescriptor(cls.prototype, name)!);
  Resolver(parent)(cls);
  return cls;
}

/** The field `name` of `typeName`'s records naming one record of `link.to()` by their column `link.by`. */
export function linkResolver(typeName: string, parent: () => ClassType, name: string, link: NonNullable<DatasetDecl["links"]>[string]) {
  return fieldResolver(`${typeName}_${name}`, parent, name, () => link.to().entity, { description: link.description, nullable: link.nullable ?? true }, (r, ctx) =>
    r[link.by] === null ? null : link.to().loader(ctx).load(String(r[link.by])),
  );
}

const DEFINED = Symbol("defined dataset");
/** Whether a module's export is a dataset `defineDataset` made (the subgraph assembly looks for them). */
export const isDefinedDataset = (v: unknown): v is DefinedDataset<object> => typeof v === "object" && v !== null && DEFINED in v;
