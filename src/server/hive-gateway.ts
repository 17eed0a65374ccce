import fs from "node:fs";
import { HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { Logger as HiveLogger, type LogLevel as HiveLogLevel } from "@graphql-hive/logger";
import httpTransport from "@graphql-mesh/transport-http";
import { context as otelContext, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { getOperationAST, GraphQLError, type GraphQLFormattedError } from "graphql";
import Negotiator from "negotiator";
import type { Config } from "../common/config.js";
import type { Logger } from "../common/logger.js";
import { supergraphFile } from "../common/paths.js";
import { forwardedHeaders, noteErrorCodes, operationHeaders, tracer } from "../common/request-record.js";
import { ErrorCode } from "../shared/error-codes.js";
import { formatGatewayErrorWith } from "./errors.js";
import type { GraphQLEngine } from "./http.js";
import type { GatewayContext } from "./http.js";
import { csrfRefusal } from "./csrf.js";
import { checkOperation, type OperationLimits } from "./limits.js";
import { subgraphFetchTimer } from "./metrics.js";
import { operationRefusal, RETRY_AFTER_SECONDS, unavailableAnswer } from "./request-guards.js";
import { noteAnswer, notesIn } from "./request-notes.js";
import { adoptScalarParsing } from "./subgraph-source.js";
import { operationInfo } from "./subgraph-runtime.js";

/**
 * Hive Gateway (The Guild's federation gateway, its runtime embedded) as the gateway's engine, over the
 * checked-in supergraph and the subgraphs' processes, which it calls itself over HTTP.
 *
 * It sits behind the same HTTP front as the built-in gateway (http.ts createHttpServer): the token, the
 * rate limits, the body and token limits, trusted documents, /healthz, /readyz and /metrics are checked
 * there before a request reaches either engine, by the same code. What needs the parsed operation or the
 * subgraph fetches runs here as Hive Gateway plugins over the same functions the Apollo plugins use: the
 * depth, alias, directive and cost limits (limits.ts checkOperation), the refusal of operations the hub
 * cannot run and the 503 of an answer nothing could be served for (request-guards.ts), the forwarding of
 * the token, request id, trace context and client's operation to every subgraph (what the subgraphs
 * verify and audit), the error masking (errors.ts), and the access record, notes and metrics. Apollo
 * Server's CSRF prevention, which the built-in gateway runs inside Apollo, runs here at the same point
 * (csrf.ts: after the front's checks, before the context), answered as Apollo answers it.
 */

/** What the front hands Hive per request: our context under a key of its own (Hive's context has its own `request`). */
interface HiveServerContext {
  lantian?: GatewayContext;
}

export interface HiveEngine extends GraphQLEngine<GatewayContext> {
  stop(): Promise<void>;
}

/** Headers of the client's request that do not carry over to the request handed to Hive (its body is re-serialised). */
const HOP_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "host", "expect"]);

/** Hive's log lines through ours; its info is our debug, as Apollo's is (start-up chatter). */
function hiveLogger(log: Logger, level: Config["logLevel"]): HiveLogger {
  const hiveLevel: HiveLogLevel | false = level === "silent" ? false : level;
  return new HiveLogger({
    level: hiveLevel,
    writers: [
      {
        write(l, attrs, msg) {
          const fields = attrs && typeof attrs === "object" && !Array.isArray(attrs) ? { hive: attrs } : attrs ? { hive: { attrs } } : undefined;
          const text = `hive gateway: ${msg ?? ""}`;
          if (l === "error") log.error(text, fields);
          else if (l === "warn") log.warn(text, fields);
          else log.debug(text, fields);
        },
      },
    ],
  });
}

/**
 * Error masking as the built-in gateway's formatError does it (errors.ts): subgraph errors keep their
 * codes, the gateway's own uncoded ones are logged and answered generically. A document that does not
 * parse gets Apollo's code for it. The `http` extension (Hive's status) is kept for Hive, which drops it
 * from the answer.
 */
function maskWith(log: Logger, hideSuggestions: boolean) {
  const format = formatGatewayErrorWith(log);
  return (error: unknown): Error => {
    if (hideSuggestions && error instanceof GraphQLError && / Did you mean .+\?$/.test(error.message)) {
      // no "Did you mean …?" in production, as Apollo's hideSchemaDetailsFromClientErrors: suggestions map a schema a client may not introspect
      error = new GraphQLError(error.message.replace(/ Did you mean .+\?$/, ""), { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: error.extensions });
    }
    const e = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
    let http = e.extensions?.http;
    let formatted: GraphQLFormattedError;
    if (!e.extensions?.code && !e.originalError && e.message.startsWith("Syntax Error")) {
      formatted = { message: e.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } };
    } else if (e.extensions?.code === "OPERATION_RESOLUTION_FAILURE") {
      // no operation to run (several and no operationName, or a name that names none), found by Hive's
      // executor before the plugins' onExecute: the built-in gateway's BAD_REQUEST (request-guards.ts), 400 under either media type
      formatted = { message: `${e.message} Name the one to run in operationName`, extensions: { code: ErrorCode.BAD_REQUEST } };
      http = { status: 400 };
    } else {
      formatted = format(e.toJSON(), e);
    }
    const extensions = { ...formatted.extensions, ...(http ? { http } : {}) };
    if (formatted.message === e.message && JSON.stringify(formatted.extensions ?? {}) === JSON.stringify(e.extensions ?? {})) return e;
    return new GraphQLError(formatted.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions });
  };
}

/**
 * A limit's error as Hive answers it: HTTP 400 under the GraphQL-over-HTTP media type and 200 under
 * legacy application/json (`spec`), as the built-in gateway's request errors are (request-notes.ts specStatus).
 */
function asRequestError(e: GraphQLError): GraphQLError {
  return new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status: 400, spec: true } } });
}

/** The media types Apollo Server answers a single result with, in its order (its MEDIA_TYPES). */
const APOLLO_MEDIA_TYPES = ["application/json; charset=utf-8", "application/graphql-response+json; charset=utf-8", "application/json; callbackSpec=1.0; charset=utf-8"];

/**
 * Which of them `accept` prefers, as Apollo Server picks it (chooseContentTypeForSingleResultResponse, with
 * the same negotiator package); no accept, or one none matches (a browser's text/html), gets JSON.
 */
function apolloMediaType(accept: string | undefined): string {
  return (accept && new Negotiator({ headers: { accept } }).mediaType(APOLLO_MEDIA_TYPES)) || APOLLO_MEDIA_TYPES[0];
}

/**
 * A request refused before it runs, answered as Apollo Server's errorResponse answers it, so a client
 * sees the same answer from either engine: the error's status, `{ errors: [error] }` and a newline.
 */
function apolloErrorAnswer(e: GraphQLError, accept: string | undefined): HTTPGraphQLResponse {
  const { http, ...extensions } = e.extensions as { http?: { status?: number } } & Record<string, unknown>;
  const headers = new HeaderMap([["content-type", apolloMediaType(accept)]]);
  return { status: http?.status ?? 400, headers, body: { kind: "complete", string: `${JSON.stringify({ errors: [{ message: e.message, extensions }] })}\n` } };
}

/** Plain header object of whatever shape a fetch's options carry. */
function headerObject(h: unknown): Record<string, string> {
  if (!h) return {};
  if (typeof (h as Headers).forEach === "function" && !Array.isArray(h)) {
    const out: Record<string, string> = {};
    (h as Headers).forEach((v, k) => (out[k] = v));
    return out;
  }
  if (Array.isArray(h)) return Object.fromEntries(h as [string, string][]);
  return { ...(h as Record<string, string>) };
}

/** The plugins that hold Hive Gateway to the hub's rules (see the module's comment). */
function lantianPlugin(log: Logger, limits: OperationLimits, slugOfUrl: Map<string, string>): GatewayPlugin {
  return {
    onSchemaChange({ schema }) {
      adoptScalarParsing(schema);
    },
    // the operation as sent, before it is parsed: an answer that fails to parse still names it
    onParams({ params, context }) {
      const lantian = (context as HiveServerContext | undefined)?.lantian;
      if (!lantian || lantian.request.operation) return;
      lantian.request.operation = operationInfo(params.operationName ?? null, params.query ?? "");
    },
    onExecute({ args, setResultAndStopExecution }) {
      const lantian = (args.contextValue as HiveServerContext).lantian;
      if (!lantian) return;
      const operation = getOperationAST(args.document, args.operationName);
      const record = lantian.request;
      // the name of a document's only operation, which the request need not give
      if (record.operation && operation?.name) record.operation.name = operation.name.value;
      const note = notesIn(lantian);
      if (note) note.operation = operation ? (operation.name?.value ?? null) : undefined;
      // BAD_REQUEST: the request's parameters are wrong, 400 whatever the media type (request-notes.ts)
      const refusal = operationRefusal(operation, args.operationName, args.document);
      if (refusal) return setResultAndStopExecution({ errors: [refusal] });
      const over = operation && checkOperation(args.schema, args.document, operation, args.variableValues as Record<string, unknown> | undefined, limits);
      if (over) setResultAndStopExecution({ errors: [asRequestError(over)] });
    },
    onResultProcess({ result, setResult, serverContext }) {
      const lantian = (serverContext as HiveServerContext).lantian;
      if (!lantian || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
      noteErrorCodes(lantian.request, errors);
      const note = notesIn(lantian);
      if (note) {
        note.seen = true;
        noteAnswer(note, data, errors);
      }
      if (unavailableAnswer(data, errors)) {
        const extensions = (result as { extensions?: Record<string, unknown> }).extensions;
        setResult({ ...(result as object), extensions: { ...extensions, http: { status: 503, headers: { "retry-after": RETRY_AFTER_SECONDS } } } });
      }
    },
    onFetch({ url, options, setOptions, context, setFetchFn, fetchFn }) {
      const lantian = (context as HiveServerContext | undefined)?.lantian;
      if (!lantian) return;
      const record = lantian.request;
      const subgraph = slugOfUrl.get(url) ?? "unknown";
      // the fetch as a client span of the request, so the traceparent it carries makes the subgraph's server span its child
      const span = tracer().startSpan(`subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { "lantian.subgraph": subgraph } }, record.trace);
      const own = otelContext.with(trace.setSpan(record.trace, span), () => forwardedHeaders(record));
      setOptions({
        ...options,
        headers: {
          ...headerObject(options.headers),
          // every subgraph verifies the client's token itself
          authorization: lantian.authorization,
          ...own,
          // the client's operation, for the subgraphs' read audit and access lines
          ...(record.operation ? operationHeaders(record.operation) : {}),
        },
      });
      // a subgraph that does not answer is SUBGRAPH_UNAVAILABLE with its name, never its URL or the network error
      setFetchFn(async (...args: Parameters<typeof fetchFn>) => {
        try {
          return await fetchFn(...args);
        } catch (e) {
          log.warn(`subgraph ${subgraph} unavailable: ${(e as Error).message}`);
          const errors = [{ message: `The ${subgraph} subgraph is unavailable right now; retry shortly`, extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph } }];
          return new Response(JSON.stringify({ errors }), { status: 200, headers: { "content-type": "application/json" } });
        }
      });
      const done = subgraphFetchTimer(subgraph);
      return ({ response }) => {
        done(record.operation?.name, lantian.principal);
        if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      };
    },
  } as GatewayPlugin;
}

/**
 * Hive Gateway over the checked-in supergraph, each subgraph at `urlOf(name)`; `limits` are the
 * gateway's operation limits (hub.ts operationLimits).
 */
export function createHiveGateway(config: Config, log: Logger, limits: OperationLimits, urlOf: (subgraph: string) => string, subgraphs: readonly string[]): HiveEngine {
  const production = config.nodeEnv === "production";
  const slugOfUrl = new Map(subgraphs.map((s) => [urlOf(s), s]));
  const mask = maskWith(log, production);
  const gateway = createGatewayRuntime({
    supergraph: fs.readFileSync(supergraphFile(), "utf8"),
    transports: { http: httpTransport },
    // the subgraph URLs from settings, not the ones the supergraph was composed with
    transportEntries: Object.fromEntries(subgraphs.map((s) => [s, { location: urlOf(s) }])),
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    // the front gives every request its id and forwards it (request-record.ts)
    requestId: false,
    logging: hiveLogger(log, config.logLevel),
    maskedErrors: { maskError: mask },
    ...(production ? { disableIntrospection: {} } : {}),
    plugins: () => [lantianPlugin(log, limits, slugOfUrl)],
  });
  return {
    async executeHTTPGraphQLRequest({ httpGraphQLRequest, context }): Promise<HTTPGraphQLResponse> {
      const { method, headers, search, body } = httpGraphQLRequest;
      const csrf = csrfRefusal(headers);
      if (csrf) return apolloErrorAnswer(csrf, headers.get("accept"));
      const lantian = await context();
      const init: RequestInit = { method, headers: [...headers].filter(([k]) => !HOP_HEADERS.has(k)) };
      if (method !== "GET" && method !== "HEAD") init.body = typeof body === "string" ? body : JSON.stringify(body);
      const serverContext: HiveServerContext = { lantian };
      const response = await gateway.fetch(new gateway.fetchAPI.Request(`http://lantian/graphql${search}`, init), serverContext);
      const out = new HeaderMap();
      response.headers.forEach((v, k) => out.set(k, v));
      return { status: response.status, headers: out, body: { kind: "complete", string: await response.text() } };
    },
    async stop() {
      await gateway.dispose();
    },
  };
}
