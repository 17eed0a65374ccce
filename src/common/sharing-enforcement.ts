import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Principal } from "./auth.js";
import type { HubContext } from "./context.js";
import { DATASET_INFO, DATASET_OWNER, type Dataset, SharingClass } from "./datasets.js";
import { DEPARTMENT_INFO, type Department } from "../shared/departments.js";
import { hubError } from "./errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import { collectSubfields } from "graphql/execution/collectFields.js";
import { maskedValue, type Access, type SharingDecl, type SharingMask } from "./sharing.js";

const ENVELOPE: SharingDecl = { dataset: null, sharingClass: SharingClass.OPEN, mask: null };
/** Federation's own fields: `_entities` hands out entities whose fields are checked one by one. */
const FEDERATION_FIELDS = new Set(["_service", "_entities"]);

function readDirective(directives: readonly ConstDirectiveNode[] | undefined): SharingDecl | undefined {
  const d = directives?.find((x) => x.name.value === "sharing");
  if (!d) return undefined;
  const arg = (name: string) => {
    const v = d.arguments?.find((a) => a.name.value === name)?.value;
    return v && v.kind === "EnumValue" ? v.value : null;
  };
  return { dataset: arg("dataset") as Dataset | null, sharingClass: arg("class") as SharingClass, mask: arg("mask") as SharingMask | null };
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

function typeDecl(type: Composite): SharingDecl | undefined {
  return readDirective(type.astNode?.directives) ?? type.extensionASTNodes.map((n) => readDirective(n.directives)).find(Boolean);
}

/** Top-level field names of a type's @key directives: identifiers every subgraph may resolve. */
function keyFields(type: Composite): Set<string> {
  const keys = new Set<string>();
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    for (const d of node?.directives ?? []) {
      if (d.name.value !== "key") continue;
      const fields = d.arguments?.find((a) => a.name.value === "fields")?.value;
      if (fields?.kind !== "StringValue") continue;
      let depth = 0;
      for (const token of fields.value.match(/[A-Za-z_][A-Za-z0-9_]*|[{}]/g) ?? []) {
        if (token === "{") depth++;
        else if (token === "}") depth--;
        else if (depth === 0) keys.add(token);
      }
    }
  }
  return keys;
}

/**
 * The data a field leads to: its type's dataset, looking through a connection's edges to its nodes;
 * `envelope` also accepts a result type with no data of its own (a computation's or a write's answer).
 */
function leadsTo(field: GraphQLField<unknown, unknown> | undefined, envelope = false): SharingDecl | undefined {
  const target = field && getNamedType(field.type);
  if (!isObjectType(target) && !isInterfaceType(target)) return undefined;
  const decl = typeDecl(target);
  if (decl?.dataset || envelope) return decl;
  const edge = target.getFields().edges && getNamedType(target.getFields().edges.type);
  return isObjectType(edge) ? leadsTo(edge.getFields().node) : undefined;
}

/**
 * The sharing declaration in force for each field, from the `@sharing` directives the classes carry:
 * the field's own; OPEN for a federation key (identifiers are how records meet); the dataset the field
 * leads to (a relation or a root query into CONDITIONAL data is itself CONDITIONAL); else its type's;
 * else, for a root field, its result's when that is an envelope (a computation, a write's answer).
 * A field with none of these is undeclared (`undefined`), which the schema test refuses.
 */
export function sharingDeclarations(schema: GraphQLSchema): Map<string, Map<string, SharingDecl | undefined>> {
  const out = new Map<string, Map<string, SharingDecl | undefined>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || type.name === "_Service" || (!isObjectType(type) && !isInterfaceType(type))) continue;
    const own = typeDecl(type);
    const keys = keyFields(type);
    const fields = new Map<string, SharingDecl | undefined>();
    for (const field of Object.values(type.getFields())) {
      if (FEDERATION_FIELDS.has(field.name)) continue;
      const decl = readDirective(field.astNode?.directives) ?? (keys.has(field.name) ? ENVELOPE : undefined) ?? leadsTo(field) ?? own ?? leadsTo(field, true);
      fields.set(field.name, decl);
    }
    out.set(type.name, fields);
  }
  return out;
}

export function grantRequired(dataset: Dataset, principal: Principal): Error {
  const owner = DATASET_INFO[dataset].owner;
  return hubError(
    ErrorCode.GRANT_REQUIRED,
    `${dataset} is CONDITIONAL data of ${owner} (${DEPARTMENT_INFO[owner].nameZh}); ${principal.role}s of ${principal.department} hold no valid grant: ask with requestAccess(dataset: ${dataset}, purpose, until)`,
    { dataset, owner },
  );
}

export function restricted(dataset: Dataset, field: string): Error {
  return hubError(ErrorCode.FORBIDDEN, `${field} is RESTRICTED data of ${DATASET_INFO[dataset].owner}: only its owner may read it`, { dataset });
}

function mapMaybePromise<T, R>(value: T | Promise<T>, f: (v: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

type Resolver = GraphQLFieldResolver<unknown, HubContext>;

/** A type whose records belong to a dataset: the fields that read them (its record fields), by name. */
interface RecordType {
  type: GraphQLObjectType;
  dataset: Dataset;
  /** its federation key's first field, whose values the audit lists */
  key: string | undefined;
  fields: Map<string, SharingDecl>;
  /**
   * The key fields, readable openly so that other subgraphs can join on them, and the record's class when
   * it is not OPEN: a page of such records read for its keys alone is still a read of the records (a gate
   * record's key is the plate, the gate and the instant).
   */
  keys: Set<string>;
  keyClass: SharingClass | undefined;
}

/**
 * What a selection reads of a record type: the classes of the record fields it resolves (none: it reads no
 * record); at a connection's `edges`, whether it selects the edges' `node` at all.
 */
interface Reads {
  classes: readonly SharingClass[];
  node: boolean;
}

/**
 * The classes of the record fields of `rt` that the selection at `info` resolves on the records it hands
 * out, and that the principal may read (a refused field reads nothing): decided once per request and place.
 */
function readsAt(rt: RecordType, ctx: HubContext, info: GraphQLResolveInfo, edge?: GraphQLObjectType): Reads | Promise<Reads> {
  // Keyed by the field's nodes as one list: the same list for every record at one place of the operation (graphql-js
  // and graphql-jit alike), while a named fragment's node spread in two places, merged there with different
  // siblings, is the first node of two lists that read different fields: by its first node alone, whichever
  // place resolved first decided for both, and a read of masked or CONDITIONAL records went unaudited.
  let byType = ctx.sharing.memo.get(info.fieldNodes) as Map<RecordType, Reads | Promise<Reads>> | undefined;
  if (!byType) ctx.sharing.memo.set(info.fieldNodes, (byType = new Map()));
  let reads = byType.get(rt);
  if (reads === undefined) {
    const decls: SharingDecl[] = [];
    // at a connection's `edges`, the records are the edges' nodes: the selection is that of `node` (every alias of it)
    const fieldNodes = edge
      ? [...collectSubfields(info.schema, info.fragments, info.variableValues, edge, info.fieldNodes).values()].filter((n) => n[0].name.value === "node").flat()
      : info.fieldNodes;
    let keysRead = false;
    for (const nodes of collectSubfields(info.schema, info.fragments, info.variableValues, rt.type, fieldNodes).values()) {
      const name = nodes[0].name.value;
      const d = rt.fields.get(name);
      if (d && !decls.includes(d)) decls.push(d);
      else if (!d && rt.keys.has(name)) keysRead = true;
    }
    // Records handed out by the field that gates them (a list, an edge) are read at their class even when only
    // their keys are selected. Not at `_entities`: the records' keys came from the subgraph that handed them out.
    const keyClass = keysRead && rt.keyClass && info.fieldName !== "_entities" ? [rt.keyClass] : [];
    const accesses = decls.map((d) => ctx.sharing.access(d, ctx.principal, d.sharingClass === SharingClass.CONDITIONAL && DATASET_OWNER[rt.dataset] !== ctx.principal.department));
    const node = fieldNodes.length > 0;
    const classes = (a: Access[]): Reads => ({ classes: [...new Set([...keyClass, ...decls.filter((_, i) => a[i] === "FULL" || a[i] === "MASKED").map((d) => d.sharingClass)])], node });
    reads = accesses.some((a) => a instanceof Promise) ? Promise.all(accesses).then(classes) : classes(accesses as Access[]);
    byType.set(rt, reads);
  }
  return reads;
}

/**
 * Notes the records `value` hands out (a record, a list of them) as read by the selection at `info`; at a
 * connection's `edges` (`edge` its edge type), the edges' nodes, all at once rather than edge by edge, and
 * `nodeMark`, the use of the dataset that the edges' `node` field would mark on each edge (see enforceSharing).
 */
function noteHandedOut<T>(value: T, rt: RecordType, ctx: HubContext, info: GraphQLResolveInfo, edge?: GraphQLObjectType, nodeMark?: SharingDecl): T | Promise<T> {
  if (value === null || value === undefined) return value;
  return mapMaybePromise(readsAt(rt, ctx, info, edge), ({ classes, node }) => {
    const edges = edge !== undefined && Array.isArray(value);
    if (nodeMark && node && edges && value.some((e) => e !== null && e !== undefined)) ctx.sharing.noteRead(nodeMark.dataset!, nodeMark.sharingClass, undefined, undefined);
    if (classes.length > 0) ctx.sharing.noteRecords(rt.dataset, classes, value, rt.key, edges);
    return value;
  });
}

/** A connection's edge type whose `node` is a record type: the type and the record type (or undefined). */
function edgeOf(field: GraphQLField<unknown, HubContext>, recordTypes: Map<string, RecordType>): [GraphQLObjectType, RecordType] | undefined {
  const edge = getNamedType(field.type);
  if (field.name !== "edges" || !isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  const rt = node ? recordTypes.get(getNamedType(node.type).name) : undefined;
  return rt ? [edge, rt] : undefined;
}

/**
 * Puts the sharing rule in front of the declared fields of a built subgraph schema, so that no resolver can
 * forget it and a subgraph reached directly enforces it as well as one behind the gateway. What can be
 * decided from the schema is decided here, once: a field of OPEN data gets no wrapper at all, a field of
 * CONDITIONAL or RESTRICTED data asks the request's decision (made once per request and declaration).
 * Reads are counted where records are handed out (a list, a loader, a connection's edges, `_entities`),
 * from the selection, not field by field; records of a type an interface or union hands out are counted by
 * field. With `ownersSchema`, the schema is the one that department's own requests run on: its own data needs no
 * decision (an owner reads it in full), so its fields get no wrapper either; reads are counted the same.
 */
export function enforceSharing(schema: GraphQLSchema, ownersSchema?: Department): void {
  const declarations = sharingDeclarations(schema);
  const recordTypes = new Map<string, RecordType>();
  for (const [typeName, fields] of declarations) {
    const type = schema.getType(typeName);
    const own = isObjectType(type) ? typeDecl(type) : undefined;
    if (!isObjectType(type) || !own?.dataset) continue;
    const recordFields = new Map<string, SharingDecl>();
    for (const [name, decl] of fields) if (decl?.dataset === own.dataset) recordFields.set(name, decl);
    const keys = keyFields(type);
    const keyClass = own.sharingClass === SharingClass.OPEN ? undefined : own.sharingClass;
    recordTypes.set(typeName, { type, dataset: own.dataset, key: [...keys][0], fields: recordFields, keys, keyClass });
  }
  // The records an interface or union field hands out are of a type known only at run time: counted by field.
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || (!isObjectType(type) && !isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isAbstractType(named) && field.name !== "_entities") for (const t of schema.getPossibleTypes(named)) recordTypes.delete(t.name);
    }
  }

  // Records handed out through a connection are noted at its `edges`, once per page: their edge's `node` is not wrapped.
  const edgeTypes = new Set<GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const e = edgeOf(field, recordTypes);
      if (e) edgeTypes.add(e[0]);
    }
  }

  // An edge's `node` of data nothing needs to be decided for (OPEN, or the owner's own) only marks the use of
  // its dataset: marked once at the connection's `edges` instead of by a wrapper on every edge's `node`, so
  // that the node is a plain property (graphql-jit calls a field with a resolver at a cost per edge).
  const isOwn = (decl: SharingDecl | undefined): decl is SharingDecl => Boolean(decl?.dataset) && (decl!.sharingClass === SharingClass.OPEN || DATASET_OWNER[decl!.dataset!] === ownersSchema);
  const nodeMarks = new Map<GraphQLObjectType, SharingDecl>();
  for (const edgeType of edgeTypes) {
    const decl = declarations.get(edgeType.name)?.get("node");
    // (a record type's own field is counted with its record, not marked: edge types are envelopes, never records)
    if (isOwn(decl) && !recordTypes.has(edgeType.name)) nodeMarks.set(edgeType, decl);
  }

  for (const [typeName, fields] of declarations) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const own = typeDecl(type);
    const [key] = keyFields(type);
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, HubContext>[]) {
      const decl = fields.get(field.name);
      const named = getNamedType(field.type);
      const edge = edgeOf(field, recordTypes);
      const handsOut = isObjectType(named) && !(edgeTypes.has(type) && field.name === "node") ? recordTypes.get(named.name) : undefined;
      const entities = field.name === "_entities" && type === schema.getQueryType();
      if (!decl?.dataset && !handsOut && !edge && !entities) continue;
      if (field.name === "node" && nodeMarks.get(type) === decl) continue;
      const resolve: Resolver = field.resolve ?? defaultFieldResolver;
      let inner = resolve;
      if (handsOut) inner = (source, args, ctx, info) => mapMaybePromise(resolve(source, args, ctx, info), (v) => noteHandedOut(v, handsOut, ctx, info));
      if (edge) {
        const nodeMark = nodeMarks.get(edge[0]);
        inner = (source, args, ctx, info) => mapMaybePromise(resolve(source, args, ctx, info), (v) => noteHandedOut(v, edge[1], ctx, info, edge[0], nodeMark));
      }
      if (entities) {
        // each representation's record, counted under its own type (federation marks it with __typename)
        const note = (r: unknown, ctx: HubContext, info: GraphQLResolveInfo) => {
          const rt = r && typeof r === "object" ? recordTypes.get((r as { __typename?: string }).__typename ?? "") : undefined;
          return rt ? noteHandedOut(r, rt, ctx, info) : r;
        };
        inner = (source, args, ctx, info) =>
          mapMaybePromise(resolve(source, args, ctx, info), (list) => (Array.isArray(list) ? list.map((item) => mapMaybePromise(item, (r) => note(r, ctx, info))) : list));
      }
      if (!decl?.dataset) {
        field.resolve = inner;
        continue;
      }
      const dataset = decl.dataset;
      // a record field is counted where its record is handed out; a field leading to other data marks the use
      const sameDataset = own?.dataset === dataset;
      const mark =
        sameDataset && recordTypes.has(typeName)
          ? undefined
          : (source: unknown, ctx: HubContext) => ctx.sharing.noteRead(dataset, decl.sharingClass, sameDataset ? source : undefined, sameDataset && key ? (source as Record<string, unknown>)[key] : undefined);
      if (decl.sharingClass === SharingClass.OPEN || DATASET_OWNER[dataset] === ownersSchema) {
        // OPEN for everyone, or the schema its owner's requests run on (the owner reads its data in full): nothing to decide
        if (mark) {
          field.resolve = (source, args, ctx, info) => {
            mark(source, ctx);
            return inner(source, args, ctx, info);
          };
        } else if (inner !== resolve) {
          field.resolve = inner;
        }
        continue;
      }
      const path = `${typeName}.${field.name}`;
      const conditional = decl.sharingClass === SharingClass.CONDITIONAL;
      const owner = DATASET_OWNER[dataset];
      const apply = (access: Access, source: unknown, args: Record<string, unknown>, ctx: HubContext, info: GraphQLResolveInfo) => {
        switch (access) {
          case "FULL":
            mark?.(source, ctx);
            return inner(source, args, ctx, info);
          case "MASKED":
            mark?.(source, ctx);
            return mapMaybePromise(inner(source, args, ctx, info), (v) => maskedValue(decl.mask, v));
          case "GRANT_REQUIRED":
            throw grantRequired(dataset, ctx.principal);
          case "FORBIDDEN":
            throw restricted(dataset, path);
        }
      };
      field.resolve = (source, args, ctx, info) => {
        // only CONDITIONAL data of another department needs the grants looked up
        const access = ctx.sharing.access(decl, ctx.principal, conditional && owner !== ctx.principal.department);
        return access instanceof Promise ? access.then((a) => apply(a, source, args, ctx, info)) : apply(access, source, args, ctx, info);
      };
    }
  }
}
