import crypto from "node:crypto";
import type http from "node:http";
import type { GraphQLDataSource } from "@apollo/gateway";
import type { Principal } from "../common/auth.js";
import type { Config } from "../common/config.js";
import {
  enableProcessMetrics,
  errorCodeLabel,
  graphqlErrors,
  graphqlRequestDuration,
  graphqlRequests,
  operationLabel,
  subgraphFetchDuration,
  telemetry,
} from "../common/telemetry.js";
import { DEPARTMENT_INFO } from "../shared/departments.js";
import { ErrorCode } from "../shared/error-codes.js";
import type { RequestNotes } from "./request-notes.js";

/**
 * Prometheus metrics of a gateway or subgraph process at /metrics (the metrics themselves are defined in
 * src/common/telemetry.ts), and the metering of its /graphql requests.
 */

/** Who may read /metrics: Config["metrics"], as the HTTP server sees it. */
export type MetricsAccess = Config["metrics"];

export interface Refusal {
  status: 401 | 403 | 404;
  message: string;
  code: ErrorCode;
  headers?: Record<string, string>;
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
}

/** Compared as digests in constant time: a wrong token's answer takes as long whatever its prefix. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => crypto.createHash("sha256").update(s).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

/**
 * Why a request may not read /metrics, or null when it may. The metrics name departments and operations
 * and show the load: not for everyone who can reach the API port. Off unless configured (404, so an
 * unconfigured hub does not even say it has them); with a token, a request without one gets 401 and a
 * wrong one 403; loopback-only answers 403 to other addresses.
 */
export function metricsRefusal(access: MetricsAccess, req: { remoteAddress: string | undefined; authorization: string | undefined }): Refusal | null {
  if (!access.token && !access.loopback) {
    return { status: 404, code: ErrorCode.NOT_FOUND, message: "Metrics are not served: set LANTIAN_METRICS_TOKEN (a bearer token the scraper sends) or LANTIAN_METRICS_LOOPBACK=true" };
  }
  // A token that is sent is checked even from loopback: a wrong one is a mistake worth a clear answer.
  const auth = req.authorization;
  if (access.loopback && isLoopback(req.remoteAddress) && (!auth || !access.token)) return null;
  if (!access.token) {
    return { status: 403, code: ErrorCode.FORBIDDEN, message: "Metrics are served to this machine's loopback addresses only (LANTIAN_METRICS_LOOPBACK); set LANTIAN_METRICS_TOKEN to scrape from elsewhere" };
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth ?? "");
  if (!m) {
    return {
      status: 401,
      code: ErrorCode.UNAUTHENTICATED,
      message: "Reading metrics needs the metrics token: send Authorization: Bearer <LANTIAN_METRICS_TOKEN> (a hub token is not one)",
      headers: { "www-authenticate": 'Bearer realm="lantian-metrics"' },
    };
  }
  if (!sameToken(m[1], access.token)) return { status: 403, code: ErrorCode.FORBIDDEN, message: "This is not the metrics token (LANTIAN_METRICS_TOKEN)" };
  return null;
}

/** The scrape: Prometheus' text format. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: telemetry.contentType, body: await telemetry.metrics() };
}

/** What the HTTP server of a gateway (`server` "gateway") or a subgraph (its slug) meters. */
export interface ServerMetrics<A> {
  server: string;
  access: MetricsAccess;
  /** the principal behind an authenticated request */
  principal(auth: A): Principal;
}

/** The metering of a gateway's or subgraph's HTTP server; process metrics start when /metrics is configured. */
export function serverMetrics<A>(config: Config, server: string, principal: (auth: A) => Principal): ServerMetrics<A> {
  if (config.metrics.token || config.metrics.loopback) enableProcessMetrics();
  return { server, access: config.metrics, principal };
}

/** One /graphql request, counted when its answer has been written. */
export class RequestMeter {
  private department = "none";
  private notes: RequestNotes | undefined;
  private codes: unknown[] | undefined;
  private readonly stop: (labels: { operation: string; department: string }) => number;

  /** `sentCodes`: the codes of an answer written by the HTTP server itself (a refusal before Apollo), as the request's access record holds them */
  constructor(
    private readonly server: string,
    res: http.ServerResponse,
    private readonly sentCodes: () => unknown[],
  ) {
    const stop = graphqlRequestDuration.startTimer({ server });
    this.stop = (labels) => stop(labels);
    // 'close' too: a client that hung up mid-answer is still a request served
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.observe(res.statusCode);
    };
    res.once("finish", finish);
    res.once("close", finish);
  }

  authenticated(principal: Principal): void {
    this.department = DEPARTMENT_INFO[principal.department].slug;
  }

  /** The pipeline's notes on the request (operation and error codes). */
  noted(notes: RequestNotes | undefined): void {
    this.notes = notes;
  }

  /** The codes of an answer Apollo wrote without its pipeline (CSRF, no query, a bad content-type). */
  refused(codes: unknown[]): void {
    this.codes = codes;
  }

  private observe(status: number): void {
    const operation = operationLabel(this.notes?.operation, this.notes?.operation !== undefined);
    const labels = { operation, department: this.department };
    this.stop(labels);
    graphqlRequests.inc({ server: this.server, ...labels, status: String(status) });
    for (const code of this.notes?.codes ?? this.codes ?? this.sentCodes()) graphqlErrors.inc({ server: this.server, code: errorCodeLabel(code) });
  }
}

/** The error codes of a small JSON answer in GraphQL's shape ({ errors: [{ extensions: { code } }] }). */
export function codesOfBody(body: string): unknown[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return Array.isArray(parsed.errors) ? parsed.errors.map((e) => e?.extensions?.code) : [];
  } catch {
    return [];
  }
}

/**
 * A gateway's data source for `subgraph`, its fetches timed by subgraph, operation and department: the
 * same in-process (all-in-one) and over HTTP (distributed).
 */
export function meteredSource<C extends { principal?: Principal }>(subgraph: string, source: GraphQLDataSource<C>): GraphQLDataSource<C> {
  return {
    async process(options) {
      const done = subgraphFetchTimer(subgraph);
      try {
        return await source.process(options);
      } finally {
        const incoming = "incomingRequestContext" in options ? options.incomingRequestContext : undefined;
        done(incoming?.operationName, (options.context as { principal?: Principal }).principal);
      }
    },
  };
}

/**
 * Starts timing one fetch of a gateway to `subgraph` (either engine's); the function returned records it
 * under the client's operation and the asking department.
 */
export function subgraphFetchTimer(subgraph: string): (operation: string | null | undefined, principal: Principal | undefined) => void {
  const stop = subgraphFetchDuration.startTimer({ subgraph });
  return (operation, principal) => void stop({ operation: operationLabel(operation), department: principal ? DEPARTMENT_INFO[principal.department].slug : "none" });
}
