import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { noteErrorCodes, type RequestRecord } from "../common/request-record.js";

/**
 * Fills a request's access record from Apollo's run: the operation (its name, and the sha256 of its text
 * that Apollo computes anyway) and the codes of the errors answered. A subgraph behind the gateway has
 * its record's operation set already, from the client's operation the gateway forwards.
 */
export function accessPlugin<C extends BaseContext & { request?: RequestRecord }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.request;
      if (!record) return;
      let own = false;
      return {
        async didResolveSource({ request, queryHash }) {
          if (record.operation) return;
          own = true;
          record.operation = { name: request.operationName ?? null, hash: queryHash };
        },
        async didResolveOperation({ operationName }) {
          // the name of a document's only operation, which the request need not give
          if (own && record.operation && operationName) record.operation.name = operationName;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single") noteErrorCodes(record, response.body.singleResult.errors);
          else noteErrorCodes(record, response.body.initialResult.errors);
        },
      };
    },
  };
}
