import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { execute, parse, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { HubContext } from "../common/context.js";
import type { Department } from "../shared/departments.js";

/** How many compiled operations a subgraph keeps; the least recently used goes first. */
export const MAX_COMPILED_OPERATIONS = 500;

interface Compiled {
  document: DocumentNode;
  /** null: graphql-jit could not compile it (or refused the operation); graphql-js runs it */
  query: CompiledQuery["query"] | null;
}

export interface Execution {
  /** the document's text, the cache key with the operation name */
  source: string;
  /** already parsed (Apollo Server's); else parsed here, once per cached operation */
  document?: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: unknown;
}

/**
 * Runs the operations of one subgraph's schema, each compiled once with graphql-jit into a function that
 * resolves its fields without graphql-js's per-field interpretation, and kept in a bounded cache: the
 * gateway sends the same few subgraph operations again and again. The answers are graphql-js's (see
 * test/compiled-execution.test.ts): a request error (variables that do not coerce, an operation name that
 * names none) is graphql-js's own, since nothing has run yet when it is found; an operation graphql-jit
 * cannot compile runs on graphql-js.
 */
export class CompiledExecutor {
  // a Map keeps insertion order: a hit moves its entry to the end, the first is the least recently used
  private readonly cache = new Map<string, Compiled>();
  private readonly ownersCache = new Map<string, Compiled>();

  constructor(
    readonly schema: GraphQLSchema,
    private readonly maxOperations = MAX_COMPILED_OPERATIONS,
    /** the same schema for its department's own requests (enforceSharing's owner's schema), and that department */
    private readonly owners?: { schema: GraphQLSchema; department: Department },
  ) {}

  /** How many operations are compiled and kept now. */
  get size(): number {
    return this.cache.size;
  }

  /** Whether this operation is in the cache now (without making it the most recently used). */
  cached(source: string, operationName?: string | null): boolean {
    return this.cache.has(cacheKey(source, operationName));
  }

  /** Whether graphql-jit compiled this cached operation (false: graphql-js runs it, or it is not cached). */
  compiles(source: string, operationName?: string | null): boolean {
    return Boolean(this.cache.get(cacheKey(source, operationName))?.query);
  }

  async execute(run: Execution): Promise<ExecutionResult> {
    const own = this.owners !== undefined && (run.contextValue as Partial<HubContext> | undefined)?.principal?.department === this.owners.department;
    const schema = own ? this.owners!.schema : this.schema;
    const compiled = this.compiled(run, schema, own ? this.ownersCache : this.cache);
    const variableValues = run.variableValues ?? {};
    if (compiled.query) {
      const result = await compiled.query(undefined, run.contextValue, variableValues);
      // no data at all: refused before any resolver ran (the variables); graphql-js words that refusal
      // graphql-js's key order: errors first
      if ("data" in result) return result.errors ? { errors: result.errors, data: result.data } : result;
    }
    return execute({ schema, document: compiled.document, operationName: run.operationName, variableValues, contextValue: run.contextValue });
  }

  private compiled(run: Execution, schema: GraphQLSchema, cache: Map<string, Compiled>): Compiled {
    const key = cacheKey(run.source, run.operationName);
    let entry = cache.get(key);
    if (entry) {
      cache.delete(key);
      cache.set(key, entry);
      return entry;
    }
    const document = run.document ?? parse(run.source);
    let query: Compiled["query"] = null;
    try {
      const made = compileQuery(schema, document, run.operationName ?? undefined);
      if (isCompiledQuery(made)) query = made.query;
    } catch {
      // graphql-js runs what graphql-jit cannot compile
    }
    entry = { document, query };
    cache.set(key, entry);
    if (cache.size > this.maxOperations) cache.delete(cache.keys().next().value!);
    return entry;
  }
}

/** The name's length first: no two (name, text) pairs share a key. */
function cacheKey(source: string, operationName: string | null | undefined): string {
  const name = operationName ?? "";
  return `${name.length}:${name}:${source}`;
}

type GatewayInterface = NonNullable<ApolloServerOptionsWithGateway<BaseContext>["gateway"]>;

/**
 * Apollo Server's way to let something else execute: a "gateway" whose schema is the subgraph's own and
 * whose executor is the compiled one. Apollo Server still parses, validates and runs its plugins.
 */
export function compiledGateway(executor: CompiledExecutor): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: executor.schema, coreSupergraphSdl: "" });
      return {
        executor: (rc) =>
          executor.execute({
            source: rc.source,
            document: rc.document,
            operationName: rc.request.operationName,
            variableValues: rc.request.variables,
            contextValue: rc.context,
          }) as ReturnType<NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>>,
      };
    },
    async stop() {
      listeners.clear();
    },
  };
}
