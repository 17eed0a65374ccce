import { DEPARTMENT_INFO, DEPARTMENTS, parseDepartment, type Department } from "./departments.js";

/** The hub's own subgraph (grants, audit trail, catalogue, usage, identifier checks): no department's. */
export const HUB = "HUB";

/** A subgraph of the supergraph: a department's, or the hub's own. */
export type SubgraphId = Department | typeof HUB;

export const SUBGRAPH_IDS: readonly SubgraphId[] = [...DEPARTMENTS, HUB];

const HUB_SLUG = "hub";
const HUB_DEFAULT_PORT = 4008;

/** The subgraph's name: in the supergraph, `schema/<name>.graphql`, `serve --subgraph <name>`. */
export function subgraphSlug(id: SubgraphId): string {
  return id === HUB ? HUB_SLUG : DEPARTMENT_INFO[id].slug;
}

/** Default port of the subgraph's process in the distributed form. */
export function subgraphDefaultPort(id: SubgraphId): number {
  return id === HUB ? HUB_DEFAULT_PORT : DEPARTMENT_INFO[id].defaultPort;
}

/** Parses a subgraph given as its name or its enum value (`hub`, `HUB`, `grid`, `PUBLIC_SECURITY`, …). */
export function parseSubgraph(value: string): SubgraphId | undefined {
  const v = value.trim();
  if (v.toLowerCase() === HUB_SLUG) return HUB;
  return parseDepartment(v);
}
