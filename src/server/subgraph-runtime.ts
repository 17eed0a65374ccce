import type { MikroORM } from "@mikro-orm/postgresql";
import type { GraphQLSchema } from "graphql";
import type pg from "pg";
import { verifyAuthorization } from "../common/auth.js";
import type { HubContext } from "../common/context.js";
import type { Department } from "../common/departments.js";
import { buildFederatedSchema } from "../common/federation.js";
import { SUBGRAPHS } from "../departments/index.js";

/** A department's subgraph ready to answer: its schema and how to build a request's context. */
export interface SubgraphRuntime {
  department: Department;
  schema: GraphQLSchema;
  /** Verifies the token itself (a subgraph may be reached directly) and builds a fresh context. */
  contextFor(authorization: string | undefined | null): Promise<HubContext>;
}

export function createSubgraphRuntime(department: Department, orm: MikroORM, db: pg.Pool, signingKey: Uint8Array): SubgraphRuntime {
  const schema = buildFederatedSchema(SUBGRAPHS[department].definition);
  return {
    department,
    schema,
    async contextFor(authorization) {
      const principal = await verifyAuthorization(signingKey, authorization);
      return { subgraph: department, principal, em: orm.em.fork(), db, loaders: new Map() };
    },
  };
}
