import crypto from "node:crypto";
import type http from "node:http";
import { context, isSpanContextValid, ROOT_CONTEXT, SpanKind, trace, TraceFlags, type Context, type Span } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";

/**
 * What the access line of one request says (README, "Logs"), filled in as the request goes: who asked,
 * which operation, which error codes. Never the token nor the variables.
 */
export interface RequestRecord {
  /** the request id every access line of the request carries, at the gateway and at each subgraph */
  id: string;
  /** the request's trace context: its server span, or (tracing off) a span context made from the request id, forwarded as `traceparent` */
  trace: Context;
  /** the request's server span; a no-op span when tracing is off */
  span: Span;
  principal?: { department: string; role: string };
  /** the client's operation (at a subgraph: as the gateway forwards it); the hash is sha256 of the document text */
  operation?: { name: string | null; hash: string };
  errorCodes: Set<string>;
}

export const REQUEST_ID_HEADER = "x-request-id";
/** An incoming request id is taken only in this shape: it is written to every log line as it is. */
const REQUEST_ID = /^[A-Za-z0-9._:/+=-]{1,128}$/;
const TRACE_ID = /^(?!0{32})[0-9a-f]{32}$/;

/** Through the API: a no-op tracer (no SDK loaded, nothing recorded) unless tracing is on (telemetry.ts). */
export function tracer() {
  return trace.getTracer("lantian");
}

// W3C trace context is read and written the same whether tracing is on or not, so the request id reaches
// the subgraphs either way.
const w3c = new W3CTraceContextPropagator();
const headerGetter = {
  keys: (h: http.IncomingHttpHeaders) => Object.keys(h),
  get: (h: http.IncomingHttpHeaders, key: string) => h[key],
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Starts a request's record and its server span, a child of an incoming valid `traceparent`. Its id is
 * the incoming `x-request-id` if valid, else the trace id (the incoming one, or the new trace's), else a
 * new one; so a subgraph behind the gateway, which gets both headers, logs the gateway's id.
 */
export function startRequestRecord(headers: http.IncomingHttpHeaders, spanName: string): RequestRecord {
  const parent = w3c.extract(ROOT_CONTEXT, headers, headerGetter);
  const span = tracer().startSpan(spanName, { kind: SpanKind.SERVER }, parent);
  const given = first(headers[REQUEST_ID_HEADER]);
  const sc = span.spanContext();
  const id = given && REQUEST_ID.test(given) ? given : isSpanContextValid(sc) ? sc.traceId : crypto.randomBytes(16).toString("hex");
  let context = trace.setSpan(parent, span);
  if (!isSpanContextValid(sc)) {
    // tracing off and no traceparent: a context of the request id's own (not sampled) is what is forwarded
    const traceId = TRACE_ID.test(id) ? id : crypto.randomBytes(16).toString("hex");
    context = trace.setSpan(parent, trace.wrapSpanContext({ traceId, spanId: crypto.randomBytes(8).toString("hex"), traceFlags: TraceFlags.NONE }));
  }
  return { id, trace: context, span, errorCodes: new Set() };
}

/** A record for a subgraph called in process: the caller's id and trace, its own operation and codes. */
export function childRecord(parent: RequestRecord, trace: Context, span: Span): RequestRecord {
  return { id: parent.id, trace, span, principal: parent.principal, operation: parent.operation, errorCodes: new Set() };
}

/** The trace context a call made now belongs to: the active span's when tracing is on, else the request's. */
export function currentTrace(record: RequestRecord): Context {
  const active = context.active();
  return trace.getSpan(active)?.isRecording() ? active : record.trace;
}

/** The headers that carry a request's id and trace context to a subgraph in another process. */
export function forwardedHeaders(record: RequestRecord): Record<string, string> {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: record.id };
  w3c.inject(currentTrace(record), headers, { set: (h, k, v) => (h[k] = v) });
  return headers;
}

/** The client's operation as a gateway forwards it to the subgraphs, for their read audit and access lines. */
export const OPERATION_NAME_HEADER = "x-lantian-operation-name";
export const OPERATION_HASH_HEADER = "x-lantian-operation-hash";

/** The headers that carry the client's operation to a subgraph (the name URI-encoded: a header is ASCII). */
export function operationHeaders(op: { name: string | null; hash: string }): Record<string, string> {
  return op.name ? { [OPERATION_NAME_HEADER]: encodeURIComponent(op.name), [OPERATION_HASH_HEADER]: op.hash } : { [OPERATION_HASH_HEADER]: op.hash };
}

/** The error codes of GraphQL errors, for the access line. */
export function noteErrorCodes(record: RequestRecord, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void {
  for (const e of errors ?? []) record.errorCodes.add(typeof e.extensions?.code === "string" ? e.extensions.code : "INTERNAL_SERVER_ERROR");
}

/** The fields of an access line. */
export function accessFields(record: RequestRecord, durationMs: number): Record<string, unknown> {
  const sc = record.span.spanContext();
  return {
    requestId: record.id,
    // only when tracing records the request: the trace to look up
    ...(record.span.isRecording() ? { traceId: sc.traceId } : {}),
    department: record.principal?.department ?? null,
    role: record.principal?.role ?? null,
    operationName: record.operation?.name ?? null,
    operationHash: record.operation?.hash ?? null,
    durationMs: Math.round(durationMs * 10) / 10,
    errorCodes: [...record.errorCodes],
  };
}
