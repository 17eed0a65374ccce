import type { GraphQLFormattedError } from "graphql";
import type { ErrorCode } from "../shared/error-codes.js";

/** One GraphQL error of an answer, with its stable `extensions.code` and the path of the field that failed. */
export class LantianGraphQLError extends Error {
  readonly code: string;
  readonly path: readonly (string | number)[] | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(error: GraphQLFormattedError, operationName?: string) {
    const code = typeof error.extensions?.code === "string" ? error.extensions.code : "UNKNOWN";
    super(`${operationName ? `${operationName}: ` : ""}${code}: ${error.message}${error.path ? ` (at ${error.path.join(".")})` : ""}`);
    this.name = new.target.name;
    this.code = code;
    this.path = error.path;
    this.extensions = { ...(error.extensions ?? {}) };
  }
}

/** No, a malformed, expired or foreign token (HTTP 401). */
export class UnauthenticatedError extends LantianGraphQLError {}
/** The caller's department or role may not do this (e.g. contribute another department's dataset). */
export class ForbiddenError extends LantianGraphQLError {}
/** A CONDITIONAL dataset read without an approved grant for the caller's department. */
export class GrantRequiredError extends LantianGraphQLError {}
/** Bad arguments: the request, not a row, is wrong (rows are rejected in the payload, not thrown). */
export class BadUserInputError extends LantianGraphQLError {}
/** A batch id resent with other rows. */
export class BatchIdConflictError extends LantianGraphQLError {}
/** More than 10,000 rows in a batch. */
export class BatchTooLargeError extends LantianGraphQLError {}
/** The server failed; it logged the details. */
export class InternalServerError extends LantianGraphQLError {}
/** A request limit of the hub (depth, aliases, tokens, directives, cost, body size, rate): `extensions.setting` names it. */
export class LimitExceededError extends LantianGraphQLError {}

const LIMIT_CODES: ErrorCode[] = ["DEPTH_LIMIT", "ALIAS_LIMIT", "DIRECTIVE_LIMIT", "TOKEN_LIMIT", "COST_LIMIT", "PAYLOAD_TOO_LARGE", "RATE_LIMITED"];

// Keyed by the hub's own code list, so a renamed code fails to compile here.
const BY_CODE: Partial<Record<ErrorCode | "GRAPHQL_VALIDATION_FAILED", new (e: GraphQLFormattedError, op?: string) => LantianGraphQLError>> = {
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  GRANT_REQUIRED: GrantRequiredError,
  BAD_USER_INPUT: BadUserInputError,
  GRAPHQL_VALIDATION_FAILED: BadUserInputError,
  BATCH_ID_CONFLICT: BatchIdConflictError,
  BATCH_TOO_LARGE: BatchTooLargeError,
  INTERNAL_SERVER_ERROR: InternalServerError,
  ...Object.fromEntries(LIMIT_CODES.map((code) => [code, LimitExceededError])),
};

/** The typed exception for one GraphQL error, by its `extensions.code`. */
export function toTypedError(error: GraphQLFormattedError, operationName?: string): LantianGraphQLError {
  const code = typeof error.extensions?.code === "string" ? error.extensions.code : "";
  const Ctor = BY_CODE[code as ErrorCode] ?? LantianGraphQLError;
  return new Ctor(error, operationName);
}

/**
 * An answer with errors. `errors` are the typed errors, `first` the first of them (what `code` names);
 * `data` is whatever partial data came with them.
 */
export class LantianRequestError extends Error {
  readonly errors: LantianGraphQLError[];
  readonly data: unknown;
  readonly status: number;

  constructor(errors: LantianGraphQLError[], data: unknown, status: number) {
    super(errors.length === 1 ? errors[0].message : `${errors.length} errors: ${errors.map((e) => e.message).join("; ")}`);
    this.name = "LantianRequestError";
    this.errors = errors;
    this.data = data;
    this.status = status;
  }

  get code(): string {
    return this.errors[0]?.code ?? "UNKNOWN";
  }

  /** True when every error has this code (e.g. only GRANT_REQUIRED). */
  only(code: string): boolean {
    return this.errors.every((e) => e.code === code);
  }
}

/**
 * Why an answer was not GraphQL: NETWORK_ERROR (no answer: refused, timed out, DNS) or NOT_GRAPHQL (an
 * answer that is not a GraphQL response: a 404 page, a proxy's HTML, JSON without `data` or `errors`, an error
 * status without GraphQL errors). Stable: callers switch on them like on the hub's codes.
 */
export type LantianHttpErrorCode = "NETWORK_ERROR" | "NOT_GRAPHQL";

/** The server did not answer with GraphQL (network failure, a wrong URL, a proxy page, a body of another shape). */
export class LantianHttpError extends Error {
  readonly code: LantianHttpErrorCode;
  /** the HTTP status; 0 when nothing answered */
  readonly status: number;
  /** the body as received (empty when nothing answered) */
  readonly body: string;

  constructor(message: string, status: number, body = "", code: LantianHttpErrorCode = status === 0 ? "NETWORK_ERROR" : "NOT_GRAPHQL") {
    // the code leads the message, as a GraphQL error's does, so one printed line says what kind of failure it was
    super(`${code}: ${message}`);
    this.name = "LantianHttpError";
    this.code = code;
    this.status = status;
    this.body = body;
  }
}
