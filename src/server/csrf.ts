import { MIMEType } from "node:util";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";

/**
 * CSRF prevention as Apollo Server's `csrfPrevention: true` does it (its preventCsrf), for an engine that
 * is not Apollo Server (Hive Gateway, hive-gateway.ts), so that both gateway engines refuse the same
 * requests with the same answer. The built-in gateway and the subgraphs keep Apollo's own.
 *
 * A browser sends a cross-site request without a CORS preflight only when it is "simple": no content-type,
 * or one an HTML form may send, and no custom header. Such a request is refused unless it carries a
 * non-empty header that only a preflighted request can carry. Hive Gateway's own `csrfPrevention` option
 * (graphql-yoga's plugin) draws the line elsewhere: 403 with no code, a header present but empty passes,
 * and the content-type is matched as a prefix of the raw text rather than parsed.
 */

/** Apollo's recommendedCsrfPreventionRequestHeaders, what `csrfPrevention: true` accepts. */
export const CSRF_PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight"] as const;

/** The content types a browser sends cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/** The content-type's essence (type/subtype, lower case) by the WHATWG MIME parse, as Apollo's whatwg-mimetype gives it; null when it does not parse. */
function essence(contentType: string): string | null {
  try {
    return new MIMEType(contentType).essence;
  } catch {
    return null;
  }
}

/**
 * BAD_REQUEST (HTTP 400, Apollo's message) when a browser could have sent the request cross-site without a
 * preflight; null when it passes. `headers` are the request's, lower-case names, repeated ones joined.
 */
export function csrfRefusal(headers: { get(name: string): string | null | undefined }): GraphQLError | null {
  const contentType = headers.get("content-type");
  if (contentType !== undefined && contentType !== null) {
    const type = essence(contentType);
    // a type that does not parse, or one a form cannot send, already took a preflight (Apollo's reading)
    if (type === null || !SIMPLE_CONTENT_TYPES.includes(type)) return null;
  }
  if (CSRF_PREFLIGHT_HEADERS.some((h) => (headers.get(h) ?? "").length > 0)) return null;
  return new GraphQLError(
    `This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header ` +
      `(with a type that is not one of ${SIMPLE_CONTENT_TYPES.join(", ")}) or provide a non-empty value for one of the following headers: ` +
      `${CSRF_PREFLIGHT_HEADERS.join(", ")}\n`,
    { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
  );
}
