import { Department } from "../common/departments.js";
import type { SubgraphDefinition } from "../common/federation.js";
import type { EntityClass } from "../db/orm.js";
import { agricultureEntities, agricultureSubgraph } from "./agriculture/index.js";
import { environmentEntities, environmentSubgraph } from "./environment/index.js";
import { gridEntities, gridSubgraph } from "./grid/index.js";
import { housingEntities, housingSubgraph } from "./housing/index.js";
import { marketRegulationEntities, marketRegulationSubgraph } from "./market-regulation/index.js";
import { publicSecurityEntities, publicSecuritySubgraph } from "./public-security/index.js";
import { transportEntities, transportSubgraph } from "./transport/index.js";

/** Every department's subgraph and the entities its tables hold. */
export const SUBGRAPHS: Record<Department, { definition: SubgraphDefinition; entities: EntityClass[] }> = {
  ENVIRONMENT: { definition: environmentSubgraph, entities: environmentEntities },
  PUBLIC_SECURITY: { definition: publicSecuritySubgraph, entities: publicSecurityEntities },
  HOUSING: { definition: housingSubgraph, entities: housingEntities },
  TRANSPORT: { definition: transportSubgraph, entities: transportEntities },
  AGRICULTURE: { definition: agricultureSubgraph, entities: agricultureEntities },
  MARKET_REGULATION: { definition: marketRegulationSubgraph, entities: marketRegulationEntities },
  GRID: { definition: gridSubgraph, entities: gridEntities },
};
