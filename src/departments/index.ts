import { DEPARTMENTS, type Department } from "../shared/departments.js";
import { assembleSubgraph, type SubgraphDefinition } from "../common/federation.js";
import type { EntityClass } from "../db/orm.js";
import { DEPARTMENT_MODULES } from "./modules.generated.js";

/**
 * Every department's subgraph and the entities its tables hold, assembled from the modules of its folder
 * (scripts/registry.js lists them): its dataset declarations, entity views and `parts`.
 */
export const SUBGRAPHS = Object.fromEntries(DEPARTMENTS.map((d) => [d, assembleSubgraph(d, DEPARTMENT_MODULES[d])])) as Record<
  Department,
  { definition: SubgraphDefinition; entities: EntityClass[] }
>;
