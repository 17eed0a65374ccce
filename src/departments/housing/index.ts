import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { ConstructionSite } from "./construction-site.entity.js";
import { constructionSiteLoader, ConstructionSiteResolver } from "./construction-site.resolver.js";

export const housingEntities = [ConstructionSite];

export const housingSubgraph: SubgraphDefinition = {
  department: Department.HOUSING,
  resolvers: [ConstructionSiteResolver],
  references: {
    ConstructionSite: (ref: { code: string }, ctx) => constructionSiteLoader(ctx).load(ref.code),
  },
};
