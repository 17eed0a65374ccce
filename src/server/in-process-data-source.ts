import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { execute, GraphQLError, parse, type DocumentNode } from "graphql";
import type { Logger } from "../common/logger.js";
import { maskError } from "./errors.js";
import { operationInfo, type SubgraphRuntime } from "./subgraph-runtime.js";

const MAX_CACHED_DOCUMENTS = 500;

/**
 * Lets the gateway call a subgraph in the same process without an HTTP hop. The subgraph still
 * verifies the forwarded token and gets its own context, exactly as it would over HTTP.
 */
export class InProcessDataSource implements GraphQLDataSource {
  // Query plans reuse the same subgraph operations: parse each once.
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly runtime: SubgraphRuntime,
    private readonly log: Logger,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions): ReturnType<GraphQLDataSource["process"]> {
    const { request, context } = options;
    const query = request.query ?? "";
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear();
      this.documents.set(query, document);
    }
    let contextValue;
    try {
      contextValue = await this.runtime.contextFor((context as { authorization?: string }).authorization);
    } catch (e) {
      const err = e instanceof GraphQLError ? e : new GraphQLError(String(e));
      return { errors: [err.toJSON()] };
    }
    const result = await execute({
      schema: this.runtime.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue,
    });
    const incoming = "incomingRequestContext" in options ? options.incomingRequestContext : undefined;
    try {
      await this.runtime.finish(contextValue, operationInfo(incoming ? incoming.operationName : request.operationName, incoming?.source ?? query));
    } catch (e) {
      // an unaudited read of shared data is not served
      return { errors: [maskError(new GraphQLError("audit failed", { originalError: e as Error }), this.log)] };
    }
    return { data: result.data as Record<string, unknown> | null | undefined, errors: result.errors?.map((e) => maskError(e, this.log)), extensions: result.extensions };
  }
}
