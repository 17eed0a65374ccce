import crypto from "node:crypto";
import type { GraphQLSchema } from "graphql";
import { recordReads, type OperationInfo } from "../common/audit.js";
import { verifyAuthorization, type Principal } from "../common/auth.js";
import { DEFAULT_LIMITS } from "../common/config.js";
import { hubError } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import type { HubContext, Peers } from "../common/context.js";
import type { RequestRecord } from "../common/request-record.js";
import { buildFederatedSchema, buildOwnerSchema } from "../common/federation.js";
import { loadGrants } from "../common/grants.js";
import { RequestSharing } from "../common/request-sharing.js";
import { subgraphSlug, type SubgraphId } from "../shared/subgraphs.js";
import type { Databases } from "../db/databases.js";
import { SUBGRAPH_DEFINITIONS } from "../gateway/subgraphs.js";
import { CompiledExecutor } from "./compiled-execution.js";
import type { ExportPlace } from "../common/export/files.js";

/** A subgraph (a department's or the hub's) ready to answer: its schema and how to build a request's context. */
export interface SubgraphRuntime {
  subgraph: SubgraphId;
  schema: GraphQLSchema;
  /** Runs operations on the schema, each compiled once (in-process calls and the subgraph's own server share it). */
  executor: CompiledExecutor;
  /** Verifies the token (a subgraph may be reached directly); throws UNAUTHENTICATED (HTTP 401). */
  authenticate(authorization: string | undefined | null): Promise<Principal>;
  /** A fresh context for a verified principal; `authorization` (its token) is forwarded when the request asks another process's subgraph. */
  contextOf(principal: Principal, authorization?: string, request?: RequestRecord): HubContext;
  /** Verifies the token itself and builds a fresh context. */
  contextFor(authorization: string | undefined | null, request?: RequestRecord): Promise<HubContext>;
  /** After the answer is built: audits the request's reads of CONDITIONAL and RESTRICTED data, counts usage. */
  finish(ctx: HubContext, operation: OperationInfo): Promise<void>;
}

/** Who is asking another subgraph: the request's caller, and the token it came with (for HTTP). */
export interface PeerCaller {
  principal: Principal;
  authorization?: string;
  /** the caller's request, whose id and trace the call carries */
  request?: RequestRecord;
}

/** One subgraph as another reaches it (peers.ts): runs an operation for a caller; answers its data or throws its first error. */
export type PeerLink = (caller: PeerCaller, query: string, variables: Record<string, unknown>) => Promise<unknown>;

/** The operation as the client wrote it, for the audit trail (the gateway forwards it; else the subgraph's own). */
export function operationInfo(name: string | null | undefined, text: string): OperationInfo {
  return { name: name ?? null, hash: crypto.createHash("sha256").update(text).digest("hex") };
}

export function createSubgraphRuntime(
  subgraph: SubgraphId,
  databases: Databases,
  signingKey: Uint8Array,
  tokenMaxTtlSeconds = DEFAULT_LIMITS.tokenMaxTtlSeconds,
  /** how this process reaches each subgraph, this one included (peers.ts: in-process, or over HTTP); none: no other subgraph is reached */
  peerLinks: (target: SubgraphId) => PeerLink | undefined = () => undefined,
  /** where bulk export files are written and how their links are signed (none: exports are refused) */
  exports?: ExportPlace,
): SubgraphRuntime {
  const schema = buildFederatedSchema(SUBGRAPH_DEFINITIONS[subgraph]);
  const department = SUBGRAPH_DEFINITIONS[subgraph].department;
  const orm = databases.orm(subgraph);
  const db = databases.pool(subgraph);
  const hub = databases.hubPool();
  const runtime: SubgraphRuntime = {
    subgraph,
    schema,
    // a department's own requests run on its owner's schema: no sharing decision on its own data's fields
    executor: new CompiledExecutor(schema, undefined, department && { schema: buildOwnerSchema(SUBGRAPH_DEFINITIONS[subgraph])!, department }),
    authenticate: (authorization) => verifyAuthorization(signingKey, authorization, tokenMaxTtlSeconds),
    contextOf(principal, authorization, request) {
      const peers: Peers = {
        async request<T>(target: SubgraphId, query: string, variables: Record<string, unknown> = {}) {
          const link = peerLinks(target);
          if (!link) {
            throw hubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${subgraphSlug(target)} subgraph is not reachable from here`, { serviceName: subgraphSlug(target) });
          }
          return (await link({ principal, authorization, request }, query, variables)) as T;
        },
      };
      // an ORM entity manager only for the requests that use one (reads go through lean SQL)
      let em: ReturnType<typeof orm.em.fork> | undefined;
      return { subgraph, principal, get em() { return (em ??= orm.em.fork()); }, db, hub, usage: databases.usage, audit: databases.audit, datasetStats: databases.datasetStats, contributionLog: databases.contributionLog, sharing: new RequestSharing(() => loadGrants(hub, principal)), loaders: new Map(), peers, request, exports };
    },
    async contextFor(authorization, request) {
      return runtime.contextOf(await runtime.authenticate(authorization), authorization ?? undefined, request);
    },
    finish(ctx, operation) {
      return recordReads({ reads: databases.reads, usage: databases.usage }, ctx.principal, ctx.sharing, operation);
    },
  };
  return runtime;
}
