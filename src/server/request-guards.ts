import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";

/** Codes that mean "the hub cannot serve this now", not "the request is wrong". */
const UNAVAILABLE: readonly string[] = [ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.SUBGRAPH_UNAVAILABLE];

export const RETRY_AFTER_SECONDS = "2";

function badRequest(message: string) {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

/**
 * Why the operation resolved from a valid document cannot run here (none resolved: `operationName` names
 * none, or several operations and no name; a subscription), or null when it can.
 */
export function operationRefusal(operation: OperationDefinitionNode | null | undefined, operationName: string | null | undefined, document: DocumentNode): GraphQLError | null {
  if (!operation) {
    const count = document.definitions.filter((d) => d.kind === "OperationDefinition").length;
    return badRequest(
      operationName
        ? `The document has no operation named ${JSON.stringify(operationName)}; operationName must name one of its operations`
        : `The document has ${count} operations; name the one to run in operationName`,
    );
  }
  if (operation.operation === "subscription") return badRequest("Subscriptions are not supported by this hub; use a query and page through the results");
  return null;
}

/**
 * Whether an answer served nothing because a database or a subgraph is unavailable: every top-level field
 * missing, and an error saying so. Such an answer is HTTP 503 with Retry-After (RETRY_AFTER_SECONDS).
 */
export function unavailableAnswer(data: Record<string, unknown> | null | undefined, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): boolean {
  if (!errors?.length || !errors.some((e) => UNAVAILABLE.includes(e.extensions?.code as string))) return false;
  return !(data && Object.values(data).some((v) => v !== null && v !== undefined));
}

/**
 * Requests that are well-formed GraphQL but not something the hub can run, and answers of which nothing
 * could be served:
 * - no operation to run (operationName naming none, or several operations and no operationName), and
 *   subscriptions: HTTP 400 BAD_REQUEST here, where the executor (Apollo Gateway's included) would
 *   otherwise throw a plain error that becomes a 500;
 * - an answer whose every top-level field is missing because a database or a subgraph is unavailable:
 *   HTTP 503 with Retry-After, so clients and load balancers retry; an answer with some data stays 200.
 */
export function requestGuardsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          const refusal = operationRefusal(operation, request.operationName, document);
          if (refusal) throw refusal;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!unavailableAnswer(data, errors)) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}
