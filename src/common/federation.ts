import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { graphqlSync, isObjectType, parse, type GraphQLSchema } from "graphql";
import { buildSchemaSync, createResolversMap, type ContainerType, type NonEmptyArray } from "type-graphql";
import type { HubContext } from "./context.js";
import type { Department } from "../shared/departments.js";
import { isDefinedDataset, type DefinedDataset } from "./dataset.js";
import { exportRunResolver } from "./export/run-resolver.js";
import { Dataset, DATASET_INFO } from "./datasets.js";
import { entityViewName } from "./references.js";
import { DateScalar, DateTimeScalar } from "./scalars.js";
import { declareTextCap, guardTextArguments, LONG_TEXT_MAX } from "./input-guard.js";
import { enforceSharing } from "./sharing-enforcement.js";
import { SHARING_DIRECTIVE_SDL, SharingClass, SharingMask } from "./sharing.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolver = (reference: any, ctx: HubContext) => unknown;

/** What a department folder (or the hub) exports to become a subgraph. */
export interface SubgraphDefinition {
  /** the department whose subgraph this is; none for the hub's own */
  department?: Department;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /**
   * Resolvers the subgraph builds itself, because they take what they serve as constructor arguments
   * (the catalogue takes the subgraphs it lists); any other resolver class is made with `new`.
   */
  resolverInstances?: object[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** __resolveReference per entity type name; each must go through a request DataLoader */
  references: Record<string, ReferenceResolver>;
  /** a department's dataset declarations (what its bulk exports stream) */
  datasets?: DefinedDataset<object>[];
}

/** What a department module adds to its subgraph besides its declarations: exported as `parts`. */
export interface SubgraphParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver>;
  /** entities of tables the module keeps outside the dataset declarations */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
}

/**
 * A department's subgraph, assembled from the modules of its folder: each dataset declaration brings its
 * entity, resolvers and (for a type with a @key) its reference resolver; each entity view, its type and
 * a reference that is its key; each `parts` export, what it lists.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function assembleSubgraph(department: Department, modules: readonly Record<string, unknown>[]): { definition: SubgraphDefinition; entities: Function[] } {
  const definition: SubgraphDefinition = { department, resolvers: [], orphanedTypes: [], references: {}, datasets: [] };
  definition.resolvers.push(exportRunResolver(department, () => definition.datasets!));
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const entities: Function[] = [];
  const addReference = (type: string, resolve: ReferenceResolver) => {
    if (definition.references[type]) throw new Error(`${department}: two modules resolve references to ${type}`);
    definition.references[type] = resolve;
  };
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      const view = entityViewName(value);
      // a declaration counts once, in its owner's subgraph (a module may re-export another's)
      if (isDefinedDataset(value)) {
        if (entities.includes(value.entity) || DATASET_INFO[value.decl.dataset].owner !== department) continue;
        entities.push(value.entity);
        definition.datasets!.push(value);
        definition.resolvers.push(...value.resolvers);
        if (value.decl.directives?.some((d) => d.startsWith("@key("))) addReference(value.decl.name, (ref, ctx) => value.resolveReference(ctx, ref));
      } else if (view && !definition.orphanedTypes!.includes(value as never)) {
        definition.orphanedTypes!.push(value as never);
        // the key is all this department knows of the entity; its own fields resolve from it
        addReference(view, (ref) => ref);
      } else if (name === "parts") {
        const parts = value as SubgraphParts;
        definition.resolvers.push(...(parts.resolvers ?? []));
        definition.orphanedTypes!.push(...(parts.orphanedTypes ?? []));
        entities.push(...(parts.entities ?? []));
        for (const [type, resolve] of Object.entries(parts.references ?? {})) addReference(type, resolve);
      }
    }
  }
  return { definition, entities };
}

/**
 * type-graphql 2 has no federation support of its own: build its schema, print it with the directives
 * the classes carry (@key, @shareable, ...), add the federation @link and let @apollo/subgraph build the
 * subgraph (adding _service and _entities) from that SDL and type-graphql's resolver map.
 */
/**
 * A connection's `totalCount` is a getter that runs its count only when read, and so may be a promise.
 * graphql-jit reads a field without a resolver as a plain value and serializes it at once, so the field
 * gets a resolver of its own, which jit awaits like any other.
 */
function resolveLazyTotals(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
    const field = type.getFields().totalCount;
    if (field && !field.resolve) field.resolve = (source: { totalCount: unknown }) => source.totalCount;
  }
}

export function buildFederatedSchema(def: SubgraphDefinition): GraphQLSchema {
  return built(def).schema;
}

/**
 * The same schema for the requests of the department whose subgraph it is: its own data is read in full, so
 * no field of it asks the sharing rule (see enforceSharing). Built on first use, from the same SDL.
 */
export function buildOwnerSchema(def: SubgraphDefinition): GraphQLSchema | undefined {
  const b = built(def);
  if (def.department && !b.owner) b.owner = finish(b.source(), def.department);
  return b.owner;
}

// Built once per definition: the schema holds no request state, and the catalogue reads the same one.
const builtSchemas = new WeakMap<SubgraphDefinition, { schema: GraphQLSchema; owner?: GraphQLSchema; source: () => Parameters<typeof buildSubgraphSchema>[0] }>();
function built(def: SubgraphDefinition) {
  let b = builtSchemas.get(def);
  if (!b) {
    const source = typeDefsAndResolvers(def);
    b = { schema: finish(source), source: () => source };
    builtSchemas.set(def, b);
  }
  return b;
}

// The gateway's representations carry keys and @requires fields as the owning subgraph stored them: text
// up to a contributed field's own cap (an address is 500), never a client's free prose.
declareTextCap("Query._entities.representations", LONG_TEXT_MAX);

const ROOT_DESCRIPTIONS = {
  Query:
    "Reads of the hub: each department's datasets (lists keyed and paged by cursor, single records by key), the air-quality evaluation, the catalogue, access requests and the audit trail. What a caller sees follows each dataset's sharing class and the caller's grants.",
  Mutation:
    "Writes to the hub: each department contributes its own datasets in batches (`contribute…`), the environment department sets targets and issues warnings, and departments request, decide and revoke access to CONDITIONAL data.",
};

/** The subgraph's SDL and resolvers, from its type-graphql classes. */
function typeDefsAndResolvers(def: SubgraphDefinition) {
  const typeGraphqlSchema = buildSchemaSync({
    resolvers: def.resolvers as NonEmptyArray<Function>,
    orphanedTypes: def.orphanedTypes,
    container: resolverContainer(def.resolverInstances ?? []),
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    validate: false,
    skipCheck: true,
    emitSchemaFile: false,
  });
  // The root types' words, the same in every subgraph (composition keeps them when they agree).
  const query = typeGraphqlSchema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.Query;
  const mutation = typeGraphqlSchema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
  // The @sharing directive and the enums it names, for subgraphs whose types do not already use them.
  const missingEnums = Object.entries({ Dataset, SharingClass, SharingMask })
    .filter(([name]) => !typeGraphqlSchema.getType(name))
    .map(([name, values]) => `enum ${name} { ${Object.values(values).join(" ")} }`);
  const sdl = [FEDERATION_LINK, SHARING_DIRECTIVE_SDL, ...missingEnums, printSchemaWithDirectives(typeGraphqlSchema)].join("\n\n");
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(def.references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolveReference };
  }
  resolvers.Date = DateScalar as unknown as Record<string, unknown>;
  resolvers.DateTime = DateTimeScalar as unknown as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { typeDefs: parse(sdl), resolvers: resolvers as any };
}

function finish(source: Parameters<typeof buildSubgraphSchema>[0], owner?: Department): GraphQLSchema {
  const schema = buildSubgraphSchema(source);
  enforceSharing(schema, owner);
  resolveLazyTotals(schema);
  // last, so it runs first: no resolver (nor a sharing check's query) sees a NUL, a lone surrogate or an over-long text
  guardTextArguments(schema);
  return schema;
}

/** type-graphql's container for one subgraph: the given instances, else one `new` instance per class. */
function resolverContainer(instances: object[]): ContainerType {
  const made = new Map<unknown, unknown>(instances.map((i) => [i.constructor, i]));
  return {
    get(cls: new () => unknown) {
      if (!made.has(cls)) made.set(cls, new cls());
      return made.get(cls);
    },
  };
}

/** The subgraph SDL exactly as the gateway reads it through `_service { sdl }`. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const res = graphqlSync({ schema, source: "{ _service { sdl } }" });
  if (res.errors) throw new Error(res.errors.map((e) => e.message).join("\n"));
  return (res.data as { _service: { sdl: string } })._service.sdl;
}
