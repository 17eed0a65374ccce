/**
 * Stable error codes carried in `extensions.code`. Clients switch on these, so a code, once published,
 * keeps its meaning.
 */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  /** CONDITIONAL data read without a valid grant; `extensions.dataset` names what to request */
  GRANT_REQUIRED: "GRANT_REQUIRED",
  NOT_FOUND: "NOT_FOUND",
  /** the record is not in the state the operation needs (e.g. deciding a request already decided) */
  CONFLICT: "CONFLICT",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  BATCH_TOO_LARGE: "BATCH_TOO_LARGE",
  BATCH_ID_CONFLICT: "BATCH_ID_CONFLICT",
  NOT_READY: "NOT_READY",
  /** the request is not a GraphQL request the hub can run (no such operation, a subscription, bad JSON) */
  BAD_REQUEST: "BAD_REQUEST",
  /** trusted-documents mode: the document sent is not in the manifest (schema/trusted-documents.json); nothing ran */
  OPERATION_NOT_ALLOWED: "OPERATION_NOT_ALLOWED",
  /** a persisted-query hash or `documentId` that names no document of the manifest; send the full text (if allowed) */
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** the database behind the field could not be reached in time; retry after Retry-After */
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  /** a subgraph did not answer the gateway; `extensions.serviceName` names it */
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  // Hardening limits: each names the limit, the value found and the setting that changes it.
  DEPTH_LIMIT: "DEPTH_LIMIT",
  ALIAS_LIMIT: "ALIAS_LIMIT",
  DIRECTIVE_LIMIT: "DIRECTIVE_LIMIT",
  TOKEN_LIMIT: "TOKEN_LIMIT",
  COST_LIMIT: "COST_LIMIT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
