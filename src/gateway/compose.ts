import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { defaultSubgraphUrl } from "../common/config.js";
import { DEPARTMENTS, DEPARTMENT_INFO } from "../common/departments.js";
import { buildFederatedSchema, printSubgraphSdl } from "../common/federation.js";
import { SUBGRAPHS } from "../departments/index.js";

export interface ComposedSchemas {
  /** subgraph slug → its SDL */
  subgraphs: Record<string, string>;
  supergraph: string;
  /** the client-facing schema: the supergraph without federation machinery */
  api: string;
}

/** Builds every subgraph from its code and composes them the way the gateway will. */
export function composeSchemas(): ComposedSchemas {
  const subgraphs: Record<string, string> = {};
  const services = DEPARTMENTS.map((d) => {
    const sdl = printSubgraphSdl(buildFederatedSchema(SUBGRAPHS[d].definition));
    subgraphs[DEPARTMENT_INFO[d].slug] = sdl;
    return { name: DEPARTMENT_INFO[d].slug, typeDefs: parse(sdl), url: defaultSubgraphUrl(d) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { subgraphs, supergraph: result.supergraphSdl, api };
}
