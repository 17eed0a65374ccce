import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../shared/error-codes.js";
import type { Logger } from "../common/logger.js";
import { forwardedHeaders } from "../common/request-record.js";
import { operationInfo, type PeerLink, type SubgraphRuntime } from "./subgraph-runtime.js";

/**
 * A subgraph in the same process. It builds its own context for the caller (its own database, loaders and
 * read audit), as when the gateway calls it in-process; its error reaches the asking subgraph as thrown
 * there, so that subgraph masks it like its own (a bug logged, a database outage DATABASE_UNAVAILABLE).
 */
export function inProcessLink(runtime: () => SubgraphRuntime): PeerLink {
  return async (caller, query, variables) => {
    const target = runtime();
    const contextValue = target.contextOf(caller.principal, caller.authorization, caller.request);
    const result = await target.executor.execute({ source: query, variableValues: variables, contextValue });
    // like the gateway's in-process calls: an answer whose reads were not audited is not used
    await target.finish(contextValue, operationInfo(null, query));
    const error = result.errors?.[0];
    if (error) throw error.originalError ?? error;
    return result.data;
  };
}

/**
 * A subgraph served by another process (`serve --subgraph`), over HTTP with the caller's token: it verifies
 * the token itself. Its errors arrive masked, with their codes; one that does not answer is
 * SUBGRAPH_UNAVAILABLE, as at the gateway, never with its URL.
 */
export function httpLink(url: string, name: string, log: Logger, timeoutMs = 300_000): PeerLink {
  return async (caller, query, variables) => {
    if (!caller.authorization) throw new Error(`no token to forward to the ${name} subgraph`);
    let answer: { data?: unknown; errors?: GraphQLFormattedError[] };
    try {
      const res = await fetch(url, {
        method: "POST",
        // the caller's request id and trace context, so the other process's access line carries the same id
        headers: { "content-type": "application/json", accept: "application/json", authorization: caller.authorization, ...(caller.request ? forwardedHeaders(caller.request) : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = (await res.json()) as typeof answer;
    } catch (e) {
      log.warn(`subgraph ${name} unavailable: ${(e as Error).message}`);
      throw new GraphQLError(`The ${name} subgraph is unavailable right now; retry shortly`, { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: name } });
    }
    const error = answer.errors?.[0];
    if (error) throw new GraphQLError(error.message, { extensions: error.extensions });
    return answer.data;
  };
}
