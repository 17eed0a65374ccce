import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import type { Logger } from "../common/logger.js";
import { accessFields, childRecord, currentTrace, noteErrorCodes, tracer, type RequestRecord } from "../common/request-record.js";
import { subgraphSlug } from "../shared/subgraphs.js";
import { maskError } from "./errors.js";
import { operationInfo, type SubgraphRuntime } from "./subgraph-runtime.js";

/**
 * Lets the gateway call a subgraph in the same process without an HTTP hop. The subgraph still
 * verifies the forwarded token and gets its own context, exactly as it would over HTTP; it logs its
 * access line and has its span as a subgraph server would, under the gateway request's id and trace.
 */
export class InProcessDataSource implements GraphQLDataSource {
  constructor(
    private readonly runtime: SubgraphRuntime,
    private readonly log: Logger,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions): ReturnType<GraphQLDataSource["process"]> {
    const caller = (options.context as { request?: RequestRecord }).request;
    if (!caller) return this.run(options);
    const name = subgraphSlug(this.runtime.subgraph);
    const t0 = performance.now();
    return tracer().startActiveSpan(`subgraph ${name}`, { kind: SpanKind.INTERNAL, attributes: { "lantian.subgraph": name } }, currentTrace(caller), async (span) => {
      const record = childRecord(caller, currentTrace(caller), span);
      try {
        const answer = await this.run(options, record);
        noteErrorCodes(record, answer.errors);
        return answer;
      } catch (e) {
        record.errorCodes.add("INTERNAL_SERVER_ERROR");
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw e;
      } finally {
        this.log.info("subgraph request", { subgraph: name, ...accessFields(record, performance.now() - t0) });
        span.end();
      }
    });
  }

  private async run(options: GraphQLDataSourceProcessOptions, record?: RequestRecord): ReturnType<GraphQLDataSource["process"]> {
    const { request, context } = options;
    const query = request.query ?? "";
    let contextValue;
    try {
      contextValue = await this.runtime.contextFor((context as { authorization?: string }).authorization, record);
    } catch (e) {
      const err = e instanceof GraphQLError ? e : new GraphQLError(String(e));
      return { errors: [err.toJSON()] };
    }
    // Query plans reuse the same subgraph operations: each is parsed and compiled once.
    const result = await this.runtime.executor.execute({ source: query, variableValues: request.variables, operationName: request.operationName, contextValue });
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
