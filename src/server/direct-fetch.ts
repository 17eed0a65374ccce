import type { ApolloGateway, Experimental_DidResolveQueryPlanCallback, GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { GraphQLError, isNonNullType, Kind, validate, visit, BREAK, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { gatewayRoutes } from "../common/telemetry.js";

type GatewayInterface = NonNullable<ApolloServerOptionsWithGateway<BaseContext>["gateway"]>;
type Loaded = Awaited<ReturnType<GatewayInterface["load"]>>;
type RequestContext = Parameters<NonNullable<Loaded["executor"]>>[0];
type Result = Awaited<ReturnType<NonNullable<Loaded["executor"]>>>;
type PlanSeen = Parameters<Experimental_DidResolveQueryPlanCallback>[0];

/** How many operations' routes the gateway remembers; the least recently used goes first. */
export const MAX_ROUTED_OPERATIONS = 1000;

/** A query one subgraph answers whole: it gets the client's own document, and its answer is the client's. */
interface Direct {
  subgraph: string;
  source: GraphQLDataSource;
}

/**
 * Sends a query that one subgraph answers whole straight to that subgraph, as the client wrote it.
 *
 * Apollo Gateway plans every operation, fetches the plan's subgraph operations and then rebuilds the
 * client's answer from what they returned, field by field against the supergraph ("result shaping"). For
 * most of the hub's reads the plan is one fetch from one department: the rebuilding then only copies the
 * subgraph's answer, and with the operation model it builds per request it was a quarter of the all-in-one
 * process's CPU under read load (issue 16). A query is sent directly when the gateway's own plan for it was
 * a single fetch with nothing required from another subgraph, it reads no introspection (answered from the
 * supergraph's schema) and it is valid as written against that subgraph's schema. The subgraph then
 * answers the same fields with the same resolvers, sharing rules and audit as in the planned fetch; its
 * errors carry `serviceName` and no locations, as the gateway's do (test/direct-fetch.test.ts compares
 * every saved operation's answer both ways).
 *
 * The first request of an operation always goes through the plan; the route is remembered per document
 * hash and operation name, in a bounded map.
 */
export class DirectRoutes {
  // a Map keeps insertion order: the first is the least recently used
  private readonly routes = new Map<string, Direct | null>();

  constructor(
    /** a subgraph's schema, to check the client's document against; undefined: never sent directly */
    private readonly schemaOf: (subgraph: string) => GraphQLSchema | undefined,
    private readonly max = MAX_ROUTED_OPERATIONS,
  ) {}

  /** Apollo Gateway's `experimental_didResolveQueryPlan`: notes the route of an operation seen for the first time. */
  readonly seen = ({ queryPlan, serviceMap, requestContext: rc }: PlanSeen): void => {
    const key = keyOf(rc.queryHash, rc.operationName);
    if (this.routes.has(key)) return;
    this.routes.set(key, this.route(queryPlan, serviceMap, rc));
    if (this.routes.size > this.max) this.routes.delete(this.routes.keys().next().value!);
  };

  private route(queryPlan: PlanSeen["queryPlan"], serviceMap: PlanSeen["serviceMap"], rc: RequestContext): Direct | null {
    const fetch = queryPlan.node;
    if (rc.operation?.operation !== "query" || fetch?.kind !== "Fetch") return null;
    if (fetch.requires?.length || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length) return null;
    const source = serviceMap[fetch.serviceName];
    const schema = this.schemaOf(fetch.serviceName);
    if (!source || !schema || answeredOtherwise(rc.document) || validate(schema, rc.document).length > 0) return null;
    return { subgraph: fetch.serviceName, source };
  }

  /** Wraps a loaded gateway's executor: remembered direct routes skip the plan. */
  executor(planned: NonNullable<Loaded["executor"]>, apiSchema: GraphQLSchema): NonNullable<Loaded["executor"]> {
    return async (rc) => {
      const key = keyOf(rc.queryHash, rc.operationName);
      const direct = this.routes.get(key);
      if (!direct) {
        gatewayRoutes.inc({ route: "planned" });
        return planned(rc);
      }
      gatewayRoutes.inc({ route: "direct" });
      this.routes.delete(key);
      this.routes.set(key, direct);
      return this.send(direct, rc, apiSchema);
    };
  }

  private async send({ subgraph, source }: Direct, rc: RequestContext, apiSchema: GraphQLSchema): Promise<Result> {
    // the variables are checked against the supergraph's types first, as the gateway does before it plans
    const definitions = rc.operation.variableDefinitions;
    if (definitions?.length) {
      const { errors } = getVariableValues(apiSchema, definitions, rc.request.variables ?? {});
      if (errors) return { errors };
    }
    let answer: Awaited<ReturnType<GraphQLDataSource["process"]>>;
    try {
      answer = await source.process({
        // the enum Apollo Gateway's fetches use (GraphQLDataSourceRequestKind), not exported by its package
        kind: "incoming operation" as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>["kind"],
        request: { query: rc.source, variables: rc.request.variables ?? {}, operationName: rc.request.operationName },
        incomingRequestContext: rc,
        context: rc.context,
        document: rc.document,
      });
    } catch (e) {
      // a subgraph that could not be reached (SUBGRAPH_UNAVAILABLE): the gateway answers its error as it came, beside null data
      const error = e instanceof GraphQLError ? e : new GraphQLError((e as Error).message, { originalError: e as Error });
      return { errors: [error], data: nullRoots(apiSchema, rc.operation, rc.document) };
    }
    const errors = answer.errors?.map(
      (e) =>
        new GraphQLError(e.message || `Error while fetching subquery from service "${subgraph}"`, {
          originalError: e as unknown as Error,
          path: e.path,
          extensions: { ...e.extensions, code: e.extensions?.code ?? "DOWNSTREAM_SERVICE_ERROR", serviceName: subgraph },
        }),
    );
    // no data at all (the subgraph refused the request before running it): the gateway answers each root field null
    const data = answer.data ?? nullRoots(apiSchema, rc.operation, rc.document);
    return errors?.length ? { errors, data } : { data };
  }
}

/**
 * The gateway's interface around Apollo Gateway, with `routes` deciding which queries go straight to a
 * subgraph (`routes.seen` must be the gateway's `experimental_didResolveQueryPlan`).
 */
export function routedGateway(gateway: ApolloGateway, routes: DirectRoutes): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    async load(options) {
      const loaded = await gateway.load(options);
      // the schema Apollo Gateway loads is the supergraph's API schema (the one its listeners are given)
      return { ...loaded, executor: routes.executor(loaded.executor, loaded.schema) };
    },
    stop: () => gateway.stop(),
  };
}

/** The selection sets of a document's named fragments, by name. */
const fragmentSets = (document: DocumentNode) => new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));

const keyOf = (queryHash: string, operationName: string | null | undefined) => `${operationName ?? ""}\0${queryHash}`;

/**
 * Whether the answer the gateway builds could differ from the subgraph's own for this document, which then
 * always goes through the plan:
 * - it reads the schema itself (`__schema`, `__type`): the gateway answers that from the supergraph;
 * - a field is aliased `__typename`: the gateway's result shaping takes its value for the object's type;
 * - a response key is selected twice in one selection set, fragments included: the gateway merges them in
 *   an order of its own, not the spec's.
 */
function answeredOtherwise(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type" || (node.alias?.value === "__typename" && node.name.value !== "__typename")) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  if (found) return true;
  const fragments = fragmentSets(document);
  // the response keys of one selection set, through its fragments (each fragment once)
  const keysOf = (set: SelectionSetNode, keys: Set<string>, spread: Set<string>): boolean => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        if (keys.has(key)) return true;
        keys.add(key);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (keysOf(sel.selectionSet, keys, spread)) return true;
      } else if (!spread.has(sel.name.value)) {
        spread.add(sel.name.value);
        const set = fragments.get(sel.name.value);
        if (set && keysOf(set, keys, spread)) return true;
      }
    }
    return false;
  };
  visit(document, {
    SelectionSet(node) {
      if (keysOf(node, new Set(), new Set())) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The data the gateway answers when its one fetch returned none: every root field null, or null whole if one may not be. */
function nullRoots(schema: GraphQLSchema, operation: OperationDefinitionNode, document: DocumentNode): Record<string, unknown> | null {
  const root = schema.getQueryType()!;
  const fragments = fragmentSets(document);
  const data: Record<string, unknown> = {};
  const walk = (set: SelectionSetNode): boolean => {
    for (const s of set.selections) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!walk(s.selectionSet)) return false;
      } else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const spread = fragments.get(s.name.value);
        if (spread && !walk(spread)) return false;
      } else if (s.name.value === "__typename") {
        data[s.alias?.value ?? s.name.value] = root.name;
      } else {
        const type = root.getFields()[s.name.value]?.type;
        if (type && isNonNullType(type)) return false;
        data[s.alias?.value ?? s.name.value] = null;
      }
    }
    return true;
  };
  return walk(operation.selectionSet) ? data : null;
}
