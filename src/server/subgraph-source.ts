import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { BaseContext } from "@apollo/server";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";
import type { Logger } from "../common/logger.js";
import { currentTrace, tracer, type RequestRecord } from "../common/request-record.js";
import { DateScalar, DateTimeScalar } from "../common/scalars.js";

/**
 * A remote subgraph as the gateway sees it. A subgraph that answers with GraphQL errors under a non-2xx
 * status (401, 429, 503 DATABASE_UNAVAILABLE) has its errors passed on as they are; one that does not
 * answer at all is SUBGRAPH_UNAVAILABLE with its service name, never with its URL or the network error.
 */
export class SubgraphSource<C extends BaseContext> extends RemoteGraphQLDataSource<C> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<C>>[0] & { name: string; log: Logger },
  ) {
    super(config);
    this.serviceName = config.name;
    this.log = config.log;
  }

  private readonly serviceName: string;
  private readonly log: Logger;

  /**
   * The fetch as a client span of the gateway's request, active while the request is sent, so the
   * `traceparent` it carries (hub.ts, willSendRequest) makes the subgraph's server span its child.
   */
  override async process(options: GraphQLDataSourceProcessOptions<C>): ReturnType<GraphQLDataSource<C>["process"]> {
    const record = (options.context as { request?: RequestRecord }).request;
    if (!record) return this.processRemote(options);
    const attributes = { "lantian.subgraph": this.serviceName };
    return tracer().startActiveSpan(`subgraph ${this.serviceName}`, { kind: SpanKind.CLIENT, attributes }, currentTrace(record), async (span) => {
      try {
        return await this.processRemote(options);
      } catch (e) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw e;
      } finally {
        span.end();
      }
    });
  }

  private async processRemote(options: GraphQLDataSourceProcessOptions<C>): ReturnType<GraphQLDataSource<C>["process"]> {
    try {
      return await super.process(options);
    } catch (e) {
      const body = (e as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
      if (body && typeof body === "object" && Array.isArray((body as { errors?: unknown }).errors)) {
        const { data, errors } = body as { data?: Record<string, unknown> | null; errors: GraphQLError[] };
        return { data: data ?? null, errors };
      }
      this.log.warn(`subgraph ${this.serviceName} unavailable: ${(e as Error).message}`);
      throw new GraphQLError(`The ${this.serviceName} subgraph is unavailable right now; retry shortly`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName },
      });
    }
  }
}

/**
 * The gateway's API schema knows our scalars only by name, so it would let `firePoints(from: "2021-02-30")`
 * through to the subgraph, whose refusal then comes back as a vague downstream error. Giving the gateway
 * the same parsing makes an inline value fail validation with the same message as a variable.
 */
export function adoptScalarParsing(apiSchema: GraphQLSchema): void {
  for (const own of [DateScalar, DateTimeScalar]) {
    const type = apiSchema.getType(own.name);
    if (!type || !("parseLiteral" in type)) continue;
    type.parseLiteral = own.parseLiteral;
    type.parseValue = own.parseValue;
  }
}
