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
