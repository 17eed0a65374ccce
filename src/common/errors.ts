import { GraphQLError } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";

export function hubError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function unauthenticated(message: string): GraphQLError {
  // The http extension makes Apollo Server answer 401 when this is thrown while building the context.
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return hubError(ErrorCode.FORBIDDEN, message);
}

export function notFound(message: string): GraphQLError {
  return hubError(ErrorCode.NOT_FOUND, message);
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return hubError(ErrorCode.BAD_USER_INPUT, message, extra);
}

/** Refuses a period that starts after it ends, naming both values; `argument` is the one to fix. */
export function assertInOrder(from: string | Date, to: string | Date, names: [string, string] = ["from", "to"], argument = names[0]): void {
  const text = (v: string | Date) => (v instanceof Date ? v.toISOString() : v);
  if (from > to) throw badInput(`${names[0]} (${text(from)}) is after ${names[1]} (${text(to)})`, { argument });
}
