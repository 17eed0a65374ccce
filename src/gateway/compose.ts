import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { defaultSubgraphUrl } from "../common/config.js";
import { buildFederatedSchema, printSubgraphSdl } from "../common/federation.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../shared/subgraphs.js";
import { SUBGRAPH_DEFINITIONS } from "./subgraphs.js";

export interface ComposedSchemas {
  /** subgraph name → its SDL */
  subgraphs: Record<string, string>;
  supergraph: string;
  /** the client-facing schema: the supergraph without federation machinery */
  api: string;
}

/** Builds every subgraph (the departments' and the hub's) from its code and composes them the way the gateway will. */
export function composeSchemas(): ComposedSchemas {
  const subgraphs: Record<string, string> = {};
  const services = SUBGRAPH_IDS.map((id) => {
    const sdl = printSubgraphSdl(buildFederatedSchema(SUBGRAPH_DEFINITIONS[id]));
    subgraphs[subgraphSlug(id)] = sdl;
    return { name: subgraphSlug(id), typeDefs: parse(sdl), url: defaultSubgraphUrl(id) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { subgraphs, supergraph: result.supergraphSdl, api };
}
