import crypto from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { GraphQLSchema } from "graphql";
import type pg from "pg";
import { recordReads, type OperationInfo } from "../common/audit.js";
import { verifyAuthorization } from "../common/auth.js";
import type { HubContext } from "../common/context.js";
import type { Department } from "../common/departments.js";
import { buildFederatedSchema } from "../common/federation.js";
import { loadGrants } from "../common/grants.js";
import { RequestSharing } from "../common/sharing-enforcement.js";
import { SUBGRAPHS } from "../departments/index.js";

/** A department's subgraph ready to answer: its schema and how to build a request's context. */
export interface SubgraphRuntime {
  department: Department;
  schema: GraphQLSchema;
  /** Verifies the token itself (a subgraph may be reached directly) and builds a fresh context. */
  contextFor(authorization: string | undefined | null): Promise<HubContext>;
  /** After the answer is built: audits the request's reads of CONDITIONAL and RESTRICTED data, counts usage. */
  finish(ctx: HubContext, operation: OperationInfo): Promise<void>;
}

/** The operation as the client wrote it, for the audit trail (the gateway forwards it; else the subgraph's own). */
export function operationInfo(name: string | null | undefined, text: string): OperationInfo {
  return { name: name ?? null, hash: crypto.createHash("sha256").update(text).digest("hex") };
}

export function createSubgraphRuntime(department: Department, orm: MikroORM, db: pg.Pool, hub: pg.Pool, signingKey: Uint8Array): SubgraphRuntime {
  const schema = buildFederatedSchema(SUBGRAPHS[department].definition);
  return {
    department,
    schema,
    async contextFor(authorization) {
      const principal = await verifyAuthorization(signingKey, authorization);
      return { subgraph: department, principal, em: orm.em.fork(), db, hub, sharing: new RequestSharing(() => loadGrants(hub, principal)), loaders: new Map() };
    },
    finish(ctx, operation) {
      return recordReads(hub, ctx.principal, ctx.sharing, operation);
    },
  };
}
