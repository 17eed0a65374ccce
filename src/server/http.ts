import http from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { context as otelContext, SpanStatusCode } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import type { Principal } from "../common/auth.js";
import type { Logger } from "../common/logger.js";
import { accessFields, noteErrorCodes, startRequestRecord, type RequestRecord } from "../common/request-record.js";
import { operationInfo } from "./subgraph-runtime.js";
import { tokenLimitError } from "./limits.js";
import { ErrorCode } from "../shared/error-codes.js";
import { codesOfBody, metricsRefusal, metricsText, RequestMeter, type MetricsAccess, type ServerMetrics } from "./metrics.js";
import { attachNotes, specStatus, type RequestNotes } from "./request-notes.js";
import { EXPORT_PATH } from "../common/export/files.js";

/** What a gateway of either engine knows of a request: who asks, with which token, and its record. */
export interface GatewayContext extends BaseContext {
  authorization: string;
  principal: Principal;
  /** the request's id and trace context, forwarded to the subgraphs, and its access line's fields */
  request: RequestRecord;
}

export interface Readiness {
  /** null while the process can take requests (start-up done); else why not. Cheap: checked per request. */
  starting(): string | null;
  /**
   * null when ready, the database reachable included; else why not. For /readyz only, checked live (a
   * state kept in the background would still say ready in the first moments of a frozen database).
   */
  notReady(): Promise<string | null>;
}

/** JSON nested deeper than this in `variables` is refused before anything walks it recursively. */
export const MAX_VARIABLES_DEPTH = 64;

/** The nesting depth of a parsed JSON value, counted without recursion (a hostile value may be 100,000 deep). */
function jsonDepth(value: unknown, stopAfter: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > stopAfter) return max;
    if (v && typeof v === "object") for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** The variables of a GET request, parsed as Apollo will parse them (a parse failure is Apollo's to answer). */
function variablesOf(url: URL): unknown {
  const raw = url.searchParams.get("variables");
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** The record of the /graphql request a response answers, so an error answered here names its code on the access line and in the metrics. */
const records = new WeakMap<http.ServerResponse, RequestRecord>();

/** An answer of one error, in GraphQL's shape. */
function sendError(res: http.ServerResponse, status: number, message: string, extensions: Record<string, unknown>, headers: Record<string, string> = {}) {
  const record = records.get(res);
  if (record) noteErrorCodes(record, [{ extensions }]);
  send(res, status, { errors: [{ message, extensions }] }, headers);
}

/**
 * The body, or null once it is over the limit: counted while it streams, so no more than the limit is
 * ever held; the rest is drained unread (Node discards it), so the 413 reaches the client.
 */
async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The HTTP answer of a GraphQLError thrown before Apollo runs (authentication, rate limits, tokens). */
function sendGraphQLError(res: http.ServerResponse, e: GraphQLError) {
  const { http: httpExt, ...extensions } = e.extensions as { http?: { status?: number; headers?: Map<string, string> } } & Record<string, unknown>;
  sendError(res, httpExt?.status ?? 400, e.message, extensions, Object.fromEntries(httpExt?.headers ?? []));
}

/** What a cross-origin browser app may send with a request; anything else its preflight is not allowed. */
const CORS_REQUEST_HEADERS = ["accept", "authorization", "content-type", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", "traceparent", "tracestate"];

/**
 * CORS for browser apps of the listed origins: their preflight is answered, and their requests' answers
 * readable. The request itself is checked as any other (token, limits, and Apollo's CSRF prevention, which
 * a preflighted request passes). Returns true when the request was a preflight, answered here.
 */
function applyCors(req: http.IncomingMessage, res: http.ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && origins.includes(origin);
  // a cache between must not give one origin's answer to another
  if (origins.length) res.setHeader("vary", "origin");
  if (allowed) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("access-control-expose-headers", "x-request-id, retry-after");
  }
  if (req.method !== "OPTIONS") return false;
  if (!allowed) {
    if (origin === undefined) {
      res.writeHead(204, { allow: "GET, POST, OPTIONS" });
      res.end();
    } else {
      const message = `Origin ${origin} may not call this API from a browser; an operator lists allowed origins in LANTIAN_CORS_ORIGINS`;
      send(res, 403, { errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN, setting: "LANTIAN_CORS_ORIGINS" } }] });
    }
    return true;
  }
  const asked = String(req.headers["access-control-request-headers"] ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  const headers: Record<string, string> = {
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": [...new Set([...CORS_REQUEST_HEADERS.slice(0, 3), ...asked.filter((h) => CORS_REQUEST_HEADERS.includes(h))])].join(", "),
    "access-control-max-age": "600",
    vary: "origin, access-control-request-method, access-control-request-headers",
  };
  res.writeHead(204, headers);
  res.end();
  return true;
}

/** A browser opening /graphql (an HTML page asked for, no operation) is sent where it can explore the API. */
function wantsPage(req: http.IncomingMessage, url: URL): boolean {
  return req.method === "GET" && !url.searchParams.has("query") && /\btext\/html\b/.test(req.headers.accept ?? "");
}

const METRICS_OFF: MetricsAccess = { token: undefined, loopback: false };

/** /metrics, to whom `access` allows (see metricsRefusal). */
async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, access: MetricsAccess) {
  if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, 405, "Read metrics with GET", { code: ErrorCode.BAD_REQUEST }, { allow: "GET, HEAD" });
  const refusal = metricsRefusal(access, { remoteAddress: req.socket.remoteAddress, authorization: req.headers.authorization });
  if (refusal) return sendError(res, refusal.status, refusal.message, { code: refusal.code }, refusal.headers);
  const { contentType, body } = await metricsText();
  res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Ends a /graphql request's record once its answer is sent (or the client went away): one access line,
 * and the end of its server span.
 */
function logAccess(res: http.ServerResponse, record: RequestRecord, t0: number, log: Logger, fields: Record<string, unknown>) {
  res.once("close", () => {
    const status = res.writableFinished ? res.statusCode : null;
    const { span } = record;
    if (span.isRecording()) {
      span.setAttribute("http.response.status_code", status ?? 0);
      if (record.principal) span.setAttributes({ "lantian.department": record.principal.department, "lantian.role": record.principal.role });
      if (record.operation?.name) span.setAttribute("graphql.operation.name", record.operation.name);
      if (record.errorCodes.size) span.setAttribute("lantian.error_codes", [...record.errorCodes]);
      if (status === null || status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    }
    // before the span ends: an ended span no longer says it records, and the line would lose its traceId
    log.info("request", { ...fields, ...accessFields(record, performance.now() - t0), status });
    span.end();
  });
}

/**
 * What runs a /graphql request once this server has checked it: Apollo Server (the built-in gateway, a
 * subgraph's server), or Hive Gateway's runtime behind an adapter of the same shape (hive-gateway.ts). The
 * context thunk gives the request's context, whose notes (request-notes.ts) the engine fills.
 */
export type GraphQLEngine<C extends BaseContext> = Pick<ApolloServer<C>, "executeHTTPGraphQLRequest">;

/**
 * The HTTP face of a gateway or a subgraph: /healthz (the process is up), /readyz (migrations and demo
 * data done, database reachable), /metrics (when configured) and /graphql, handed to the engine once ready.
 */
export function createHttpServer<C extends BaseContext, A>(opts: {
  engine: () => GraphQLEngine<C> | undefined;
  /**
   * Who is asking, checked from the headers before the body is read: an unauthenticated or rate-limited
   * request costs no more than its headers. Throws a GraphQLError whose `http` extension gives the status.
   */
  authenticate: (req: http.IncomingMessage) => Promise<A>;
  /** the department and role of who is asking, for the access line */
  principalOf: (auth: A) => { department: string; role: string };
  /** the request's context; `record` is the request's access record (request id, trace context, codes) */
  context: (req: http.IncomingMessage, auth: A, record: RequestRecord) => Promise<C>;
  /** what the access lines of this server say of it (a subgraph's name) */
  accessFields?: Record<string, unknown>;
  readiness: Readiness;
  /** bodies over this many bytes get 413 PAYLOAD_TOO_LARGE */
  maxBodyBytes: number;
  /** documents of more lexer tokens get 400 TOKEN_LIMIT, before Apollo parses them */
  maxTokens: number;
  /**
   * Checks the request's GraphQL parameters once the body is read, and may rewrite them in place (the
   * gateway's trusted documents resolve a hash to its document): a GraphQLError returned is the answer.
   */
  prepare?: (request: { method: string; url: URL; body: unknown }, auth: A) => GraphQLError | null;
  log: Logger;
  /** the metering of /graphql requests and who may read /metrics; without it /metrics is not served */
  metrics?: ServerMetrics<A>;
  /** answers GET /exports/… (a bulk export's signed download link: no token); without it there are none here */
  downloads?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>;
  /** origins whose browser apps may call /graphql (CORS); none: same-origin only */
  corsOrigins?: readonly string[];
  /** where a browser opening /graphql is sent (the console's explorer); unset: it gets the API's answer */
  explorerPath?: string;
  /** the web console's paths (src/server/console.ts): true when it answered the request; the gateway's only */
  console?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;
}): http.Server {
  const { log, maxBodyBytes } = opts;
  // /readyz probes arriving together share one check of the database; /graphql requests never check it.
  let probing: Promise<string | null> | undefined;
  const notReady = () => (probing ??= opts.readiness.notReady().finally(() => (probing = undefined)));
  return http.createServer(async (req, res) => {
    const t0 = performance.now();
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/healthz") return send(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") {
        const why = await notReady();
        return why === null ? send(res, 200, { status: "ready" }) : send(res, 503, { status: "starting", reason: why });
      }
      if (url.pathname === "/metrics") return await serveMetrics(req, res, opts.metrics?.access ?? METRICS_OFF);
      if (opts.downloads && url.pathname.startsWith(EXPORT_PATH)) return await opts.downloads(req, res, url);
      if (url.pathname !== "/graphql") {
        if (opts.console && (await opts.console(req, res, url))) return;
        return send(res, 404, { error: `not found: use /graphql, /healthz or /readyz${opts.console ? ", or / for the web console" : ""}` });
      }
      if (applyCors(req, res, opts.corsOrigins ?? [])) return;
      if (opts.explorerPath && wantsPage(req, url)) {
        res.writeHead(302, { location: opts.explorerPath });
        return res.end();
      }
      // the probes above are not logged: an access line is a client's request
      const record = startRequestRecord(req.headers, `${req.method ?? "GET"} /graphql`);
      records.set(res, record);
      logAccess(res, record, t0, log, opts.accessFields ?? {});
      const meter = opts.metrics && new RequestMeter(opts.metrics.server, res, () => [...record.errorCodes]);
      const engine = opts.engine();
      // Not a database ping per request: a database that goes away shows as DATABASE_UNAVAILABLE on the
      // fields that needed it (and a 503 when nothing could be served), see request-guards.ts.
      const why = engine ? opts.readiness.starting() : "starting";
      if (!engine || why !== null) {
        return sendError(res, 503, `The hub is not ready yet (${why}); retry shortly`, { code: ErrorCode.NOT_READY }, { "retry-after": "1" });
      }
      let auth: A;
      try {
        auth = await opts.authenticate(req);
        record.principal = opts.principalOf(auth);
        meter?.authenticated(opts.metrics!.principal(auth));
      } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        return sendGraphQLError(res, e);
      }
      const declaredTooLarge = Number(req.headers["content-length"] ?? 0) > maxBodyBytes;
      const raw = declaredTooLarge ? null : req.method === "POST" ? await readBody(req, maxBodyBytes) : "";
      if (raw === null) {
        const message = `The request body is over the ${maxBodyBytes}-byte limit (LANTIAN_MAX_BODY_BYTES); send fewer rows per batch`;
        return sendError(res, 413, message, { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: maxBodyBytes, setting: "LANTIAN_MAX_BODY_BYTES" }, { connection: "close" });
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      }
      let body: unknown = raw;
      if (raw && (headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendError(res, 400, "Request body is not valid JSON", { code: ErrorCode.BAD_REQUEST });
        }
        if (body && typeof body === "object" && (body as { operationName?: unknown }).operationName === "") {
          // an empty operationName names no operation: read it as absent, as GraphQL-over-HTTP clients mean it
          delete (body as { operationName?: unknown }).operationName;
        }
      }
      const variables = body && typeof body === "object" ? (body as { variables?: unknown }).variables : variablesOf(url);
      if (jsonDepth(variables, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH) {
        const message = `variables are nested more than ${MAX_VARIABLES_DEPTH} levels deep; no input of this API nests that deep`;
        return sendError(res, 400, message, { code: ErrorCode.BAD_REQUEST });
      }
      if (url.searchParams.get("operationName") === "") url.searchParams.delete("operationName");
      const refused = opts.prepare?.({ method: req.method ?? "GET", url, body }, auth) ?? null;
      if (refused) return sendGraphQLError(res, refused);
      // Here rather than in an Apollo plugin: a plugin hook that runs before parsing cannot answer 400.
      const query = body && typeof body === "object" && "query" in body ? (body as { query: unknown }).query : url.searchParams.get("query");
      const tokens = typeof query === "string" ? tokenLimitError(opts.maxTokens, query) : null;
      if (tokens) {
        const name = body && typeof body === "object" ? (body as { operationName?: unknown }).operationName : url.searchParams.get("operationName");
        record.operation = operationInfo(typeof name === "string" ? name : null, query as string);
        return sendGraphQLError(res, tokens);
      }
      let notes: RequestNotes | undefined;
      // the server span active while Apollo runs: the gateway's own spans and the subgraph fetches are its children
      const result = await otelContext.with(record.trace, () =>
        engine.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
          context: async () => {
            const contextValue = await opts.context(req, auth, record);
            notes = attachNotes(contextValue);
            return contextValue;
          },
        }),
      );
      const seen = notes?.seen ? notes : undefined;
      meter?.noted(seen);
      // Apollo's own refusals before its pipeline (CSRF, no query): small bodies, read for their codes
      if (meter && !seen && result.body.kind === "complete") meter.refused(codesOfBody(result.body.string));
      const status = specStatus(result.status ?? 200, result.headers.get("content-type"), notes);
      const answerHeaders = Object.fromEntries(result.headers);
      // Apollo's `vary` (accept) joins ours (origin, with CORS) instead of replacing it
      const vary = res.getHeader("vary");
      if (vary && answerHeaders.vary) answerHeaders.vary = `${vary}, ${answerHeaders.vary}`;
      res.writeHead(status, answerHeaders);
      if (result.body.kind === "complete") {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      // the client closed its connection while its body was read (a load generator stopping): no one to answer
      if ((e as NodeJS.ErrnoException).code === "ECONNRESET" && req.socket.destroyed) return log.debug(`request aborted by the client: ${(e as Error).message}`);
      log.error(`request failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) sendError(res, 500, "Internal server error", { code: "INTERNAL_SERVER_ERROR" });
      else res.end();
    }
  });
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
