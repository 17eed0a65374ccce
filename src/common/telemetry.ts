import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's operational metrics, for Prometheus at /metrics (src/server/metrics.ts serves them).
 * Not the hub's indicator metrics (the `Metric` registry of src/shared/metrics.ts, the plan's figures):
 * these say how the service runs, every name starts with `lantian_`, and none is ever a GraphQL field.
 *
 * One registry per process: the all-in-one hub, a `serve --subgraph` process and a `gateway` process each
 * show their own. Counting is always on (a counter increment costs next to nothing); the default process
 * metrics, which start an event-loop monitor, only once /metrics is configured (enableProcessMetrics).
 */
export const telemetry = new Registry();

/** Latency buckets in seconds: a field read in milliseconds up to a report of half a minute. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Label cardinality is bounded: `server` is "gateway" or a subgraph's slug, `department` one of seven
 * slugs or "none" (no valid token), `status` an HTTP status, `code` one error code (unknown ones "OTHER"),
 * `operation` one of at most MAX_OPERATION_LABELS names (see operationLabel).
 */
export const graphqlRequests = new Counter({
  name: "lantian_graphql_requests_total",
  help: "GraphQL requests answered at /graphql, by server (gateway or subgraph), operation, department and HTTP status",
  labelNames: ["server", "operation", "department", "status"] as const,
  registers: [telemetry],
});

export const graphqlRequestDuration = new Histogram({
  name: "lantian_graphql_request_duration_seconds",
  help: "Time from a /graphql request's arrival to the end of its answer, by server, operation and department",
  labelNames: ["server", "operation", "department"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [telemetry],
});

export const graphqlErrors = new Counter({
  name: "lantian_graphql_errors_total",
  help: "Errors in /graphql answers, by server and extensions.code (codes outside the published set count as OTHER)",
  labelNames: ["server", "code"] as const,
  registers: [telemetry],
});

export const subgraphFetchDuration = new Histogram({
  name: "lantian_subgraph_fetch_duration_seconds",
  help: "The gateway's fetches from each subgraph (in-process or over HTTP), by subgraph, operation and department; _count counts them",
  labelNames: ["subgraph", "operation", "department"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [telemetry],
});

export const gatewayRoutes = new Counter({
  name: "lantian_gateway_operations_total",
  help: "Operations the built-in gateway executed, by route: direct (one subgraph answered the client's own document) or planned (through Apollo Gateway's query plan)",
  labelNames: ["route"] as const,
  registers: [telemetry],
});

export const contributedRows = new Counter({
  name: "lantian_contribution_rows_total",
  help: "Rows of contributed batches by dataset and outcome (accepted: written; rejected: rows with errors), as the answers report them; replays are not counted again",
  labelNames: ["dataset", "outcome"] as const,
  registers: [telemetry],
});

export const readAuditWait = new Histogram({
  name: "lantian_read_audit_wait_seconds",
  help: "How long an answer with audited reads waited for the group commit holding its audit entries (queued to durable)",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [telemetry],
});

export const readAuditWaiting = new Gauge({
  name: "lantian_read_audit_waiting",
  help: "Answers waiting now for the group commit of their audit entries",
  registers: [telemetry],
});

export const readAuditCommits = new Counter({
  name: "lantian_read_audit_commits_total",
  help: "Group commits of read-audit entries by outcome (a failed one withholds the answers waiting on it)",
  labelNames: ["outcome"] as const,
  registers: [telemetry],
});

/** The pg pools of this process, by name (a database's departments, "hub", "bookkeeping", "rate limit"). */
const pools = new Set<{ name: string; pool: pg.Pool }>();

/** Counts `pool` in the pool gauges until it is ended. */
export function watchPool(name: string, pool: pg.Pool): void {
  for (const p of pools) if (p.pool.ended) pools.delete(p);
  pools.add({ name, pool });
}

/** The live pools' figures summed by name (a test process may run two hubs whose pools share names). */
function poolFigures(figure: (p: pg.Pool) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of pools) {
    if (p.pool.ended) {
      pools.delete(p);
      continue;
    }
    sums.set(p.name, (sums.get(p.name) ?? 0) + figure(p.pool));
  }
  return sums;
}

new Gauge({
  name: "lantian_db_pool_connections",
  help: "Connections of each database pool by state: in_use (checked out) or idle",
  labelNames: ["pool", "state"] as const,
  registers: [telemetry],
  collect() {
    this.reset();
    for (const [pool, n] of poolFigures((p) => p.totalCount - p.idleCount)) this.set({ pool, state: "in_use" }, n);
    for (const [pool, n] of poolFigures((p) => p.idleCount)) this.set({ pool, state: "idle" }, n);
  },
});

new Gauge({
  name: "lantian_db_pool_waiting",
  help: "Queries waiting for a connection of each database pool (all its connections in use)",
  labelNames: ["pool"] as const,
  registers: [telemetry],
  collect() {
    this.reset();
    for (const [pool, n] of poolFigures((p) => p.waitingCount)) this.set({ pool }, n);
  },
});

new Gauge({
  name: "lantian_db_pool_max",
  help: "The most connections each database pool opens",
  labelNames: ["pool"] as const,
  registers: [telemetry],
  collect() {
    this.reset();
    for (const [pool, n] of poolFigures((p) => p.options.max ?? 10)) this.set({ pool }, n);
  },
});

let processMetrics = false;

/**
 * prom-client's default metrics (CPU, memory, heap, event-loop lag, GC, handles), under their standard
 * names (`process_*`, `nodejs_*`) so the usual Node.js dashboards read them. Once per process.
 */
export function enableProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: telemetry });
}

/** Distinct operation names labelled as they are; later new names count as "other". */
export const MAX_OPERATION_LABELS = 200;
/** A longer name (GraphQL puts no limit on names) counts as "other". */
const MAX_OPERATION_NAME_LENGTH = 100;
const operationNames = new Set<string>();

/**
 * The `operation` label of a request: the name of the operation it ran; "anonymous" for an unnamed one;
 * "none" when no operation was resolved (refused before: no token, a parse or validation failure). Names
 * are labelled first come, first served, up to MAX_OPERATION_LABELS per process, and "other" after: the
 * hub's clients name their operations freely, and a fixed list would hide every new one, while an
 * unbounded one would let a client grow the scrape without limit.
 */
export function operationLabel(name: string | null | undefined, resolved = true): string {
  if (!resolved) return "none";
  if (!name) return "anonymous";
  if (operationNames.has(name)) return name;
  if (name.length > MAX_OPERATION_NAME_LENGTH || operationNames.size >= MAX_OPERATION_LABELS) return "other";
  operationNames.add(name);
  return name;
}

/** Distinct error codes labelled as they are; the hub's own are a few dozen. */
const MAX_CODE_LABELS = 100;
const codes = new Set<string>();

/**
 * The `code` label of an error: its `extensions.code` when it looks like one (UPPER_SNAKE_CASE, as every
 * code the hub and Apollo publish), "UNKNOWN" without one, "OTHER" past MAX_CODE_LABELS distinct codes.
 */
export function errorCodeLabel(code: unknown): string {
  if (typeof code !== "string" || !/^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return code === undefined || code === null ? "UNKNOWN" : "OTHER";
  if (codes.has(code)) return code;
  if (codes.size >= MAX_CODE_LABELS) return "OTHER";
  codes.add(code);
  return code;
}
