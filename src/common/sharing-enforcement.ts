import {
  defaultFieldResolver,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { Principal } from "./auth.js";
import type { HubContext } from "./context.js";
import { DATASET_INFO, DATASET_OWNER, type Dataset, SharingClass } from "./datasets.js";
import { DEPARTMENT_INFO } from "../shared/departments.js";
import { hubError } from "./errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import { accessTo, MASKS, type SharingDecl, type SharingMask } from "./sharing.js";

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

function restricted(dataset: Dataset, field: string): Error {
  return hubError(ErrorCode.FORBIDDEN, `${field} is RESTRICTED data of ${DATASET_INFO[dataset].owner}: only its owner may read it`, { dataset });
}

function mapMaybePromise<T, R>(value: T | Promise<T>, f: (v: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/**
 * Puts the sharing rule in front of every declared field of a built subgraph schema, so that no resolver
 * can forget it and a subgraph reached directly enforces it as well as one behind the gateway.
 */
export function enforceSharing(schema: GraphQLSchema): void {
  const declarations = sharingDeclarations(schema);
  for (const [typeName, fields] of declarations) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const own = typeDecl(type);
    const [key] = keyFields(type);
    for (const [fieldName, decl] of fields) {
      if (!decl?.dataset) continue;
      const field = type.getFields()[fieldName] as GraphQLField<unknown, HubContext>;
      const resolve = field.resolve ?? defaultFieldResolver;
      const dataset = decl.dataset;
      // records are counted under their own type's dataset; a field leading elsewhere only marks the use
      const sameDataset = own?.dataset === dataset;
      const path = `${typeName}.${fieldName}`;
      const mask = decl.mask ? MASKS[decl.mask] : null;
      const read: typeof resolve = (source, args, ctx, info) => {
        ctx.sharing.noteRead(dataset, decl.sharingClass, sameDataset ? source : undefined, sameDataset && key ? (source as Record<string, unknown>)[key] : undefined);
        return resolve(source, args, ctx, info);
      };
      if (decl.sharingClass === SharingClass.OPEN) {
        field.resolve = read;
        continue;
      }
      field.resolve = (source, args, ctx, info) => {
        const decide = (has: (d: Dataset) => boolean) => {
          switch (accessTo(decl, ctx.principal, has)) {
            case "FULL":
              return read(source, args, ctx, info);
            case "MASKED":
              return mapMaybePromise(read(source, args, ctx, info), (v) => (typeof v === "string" && mask ? mask(v) : v === null || v === undefined ? v : null));
            case "GRANT_REQUIRED":
              throw grantRequired(dataset, ctx.principal);
            case "FORBIDDEN":
              throw restricted(dataset, path);
          }
        };
        // only CONDITIONAL data of another department needs the grants looked up
        const needsGrant = decl.sharingClass === SharingClass.CONDITIONAL && DATASET_OWNER[dataset] !== ctx.principal.department;
        return needsGrant ? ctx.sharing.withGrants(decide) : decide(() => false);
      };
    }
  }
}
