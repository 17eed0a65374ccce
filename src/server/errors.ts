import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";
import type { Logger } from "../common/logger.js";
import { isDataException, isDatabaseUnavailable } from "../db/faults.js";

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable right now; nothing was changed by this field. Retry shortly";

/**
 * What leaves the hub as an error: our own GraphQLErrors (they carry a stable code) and GraphQL's
 * validation errors pass as they are; a database that cannot answer becomes DATABASE_UNAVAILABLE and a
 * value PostgreSQL refused becomes BAD_USER_INPUT; anything else (a bug) is logged and replaced by a
 * generic message, so no SQL, stack or internal detail reaches a client.
 */
export function maskError(error: GraphQLError, log: Logger): GraphQLFormattedError {
  const original = error.originalError;
  const unexpected = original !== undefined && !(original instanceof GraphQLError);
  if (!unexpected) {
    const formatted = error.toJSON();
    // Apollo's `http` extension is a transport detail, not part of the error contract.
    if (formatted.extensions && "http" in formatted.extensions) {
      const { http: _http, ...rest } = formatted.extensions;
      return { ...formatted, extensions: rest };
    }
    return formatted;
  }
  const where = { locations: error.locations, path: error.path };
  if (isDatabaseUnavailable(original)) {
    log.warn(`database unavailable at ${error.path?.join(".") ?? "?"}: ${original.message}`);
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...where, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
  }
  if (isDataException(original)) {
    log.warn(`a value reached SQL that PostgreSQL refused, at ${error.path?.join(".") ?? "?"}: ${original.message}`);
    return {
      message: "A value in this request is out of range or not valid text (for example a NUL character); check the arguments",
      ...where,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  log.error(`unexpected error at ${error.path?.join(".") ?? "?"}: ${original.stack ?? original.message}`);
  return { message: "Internal server error", ...where, extensions: { code: ErrorCode.INTERNAL } };
}

/** The code of the innermost GraphQLError this one was made from. */
function causeCode(error: GraphQLError): unknown {
  let code: unknown;
  for (let e: unknown = error.originalError, i = 0; e instanceof GraphQLError && i < 5; e = e.originalError, i++) code = e.extensions.code ?? code;
  return code;
}

/**
 * Apollo Server's own request errors (an unsupported persisted-query version, a hash that does not match
 * the query) carry an HTTP 4xx status but no code, and would be answered as INTERNAL_SERVER_ERROR: they
 * are the client's mistake, so they get BAD_REQUEST and keep their message.
 */
function asClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError)) return null;
  // A value our scalar refused while the document was validated (a bad Date written inline): Apollo codes
  // it GRAPHQL_VALIDATION_FAILED; it keeps the code it has as a variable.
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && causeCode(error) === ErrorCode.BAD_USER_INPUT) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (error.extensions.code) return null;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (!status || status < 400 || status >= 500) return null;
  return { message: error.message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_REQUEST } };
}

/** Apollo Server's formatError hook. */
export function formatErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    asClientError(formatted, error) ?? (error instanceof GraphQLError ? maskError(error, log) : formatted);
}

/** Extensions that describe the transport or the inside of the hub, never part of the error contract. */
const INTERNAL_EXTENSIONS = ["http", "response", "exception", "stacktrace"];

/**
 * The gateway's formatError. Subgraph errors arrive already masked (every subgraph masks its own), with
 * their codes, and pass on without transport details; an error of the gateway's own without a code, or
 * with the internal one, is logged and answered generically, so no message naming a URL or a stack leaves.
 */
export function formatGatewayErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const client = asClientError(formatted, error);
    if (client) return client;
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([k]) => !INTERNAL_EXTENSIONS.includes(k)));
    const code = extensions.code;
    if (typeof code === "string" && code !== ErrorCode.INTERNAL) return { ...formatted, extensions };
    if (typeof extensions.serviceName === "string" && formatted.message === "Internal server error") return { ...formatted, extensions };
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log.error(`unexpected error at the gateway: ${(original as Error)?.stack ?? String(original)}`);
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}
