import { DEPARTMENTS } from "../shared/departments.js";
import type { SubgraphDefinition } from "../common/federation.js";
import type { SubgraphId } from "../shared/subgraphs.js";
import { SUBGRAPHS as DEPARTMENT_SUBGRAPHS } from "../departments/index.js";
import { createHubSubgraph } from "../hub/index.js";

const departments = DEPARTMENTS.map((d) => DEPARTMENT_SUBGRAPHS[d].definition);

/**
 * Every subgraph the supergraph composes: each department's, and the hub's own, whose catalogue is
 * handed the departments' definitions here (so neither the hub nor a department imports the other).
 */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphId, SubgraphDefinition> = {
  ...(Object.fromEntries(DEPARTMENTS.map((d) => [d, DEPARTMENT_SUBGRAPHS[d].definition])) as Record<(typeof DEPARTMENTS)[number], SubgraphDefinition>),
  HUB: createHubSubgraph(departments),
};
