import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";

/** Codes that mean "the hub cannot serve this now", not "the request is wrong". */
const UNAVAILABLE: readonly string[] = [ErrorCode.DATABASE_UNAVAILABLE, ErrorCode.SUBGRAPH_UNAVAILABLE];

const RETRY_AFTER_SECONDS = "2";

function badRequest(message: string) {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
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
          if (!operation) {
            const count = document.definitions.filter((d) => d.kind === "OperationDefinition").length;
            throw badRequest(
              request.operationName
                ? `The document has no operation named ${JSON.stringify(request.operationName)}; operationName must name one of its operations`
                : `The document has ${count} operations; name the one to run in operationName`,
            );
          }
          if (operation.operation === "subscription") {
            throw badRequest("Subscriptions are not supported by this hub; use a query and page through the results");
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !errors.some((e) => UNAVAILABLE.includes(e.extensions?.code as string))) return;
          const served = data && Object.values(data).some((v) => v !== null && v !== undefined);
          if (served) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", RETRY_AFTER_SECONDS);
        },
      };
    },
  };
}
