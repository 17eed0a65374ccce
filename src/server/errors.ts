import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../common/logger.js";

/**
 * What leaves the hub as an error: our own GraphQLErrors (they carry a stable code) and GraphQL's
 * validation errors pass as they are; anything else (a driver error, a bug) is logged and replaced by a
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
  log.error(`unexpected error at ${error.path?.join(".") ?? "?"}: ${original.stack ?? original.message}`);
  return { message: "Internal server error", locations: error.locations, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** Apollo Server's formatError hook. */
export function formatErrorWith(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    error instanceof GraphQLError ? maskError(error, log) : formatted;
}
