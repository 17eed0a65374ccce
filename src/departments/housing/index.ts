import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { housingContributions } from "./contributions.js";
import { ConstructionSite } from "./construction-site.entity.js";
import { constructionSiteLoader, ConstructionSiteResolver } from "./construction-site.resolver.js";
import { DustCheck } from "./dust-check.entity.js";
import { DustCheckResolver } from "./dust-check.resolver.js";
import { DustMonitorReading } from "./dust-monitor-reading.entity.js";
import { DustMonitorReadingResolver } from "./dust-monitor-reading.resolver.js";
import { DustViolation } from "./dust-violation.entity.js";
import { DustViolationResolver } from "./dust-violation.resolver.js";
import { restaurantFumeMonitor } from "./restaurant-fume-monitor.dataset.js";

export const housingEntities = [ConstructionSite, DustCheck, DustMonitorReading, DustViolation, restaurantFumeMonitor.entity];

export const housingSubgraph: SubgraphDefinition = {
  department: Department.HOUSING,
  resolvers: [...housingContributions, ConstructionSiteResolver, DustCheckResolver, DustMonitorReadingResolver, DustViolationResolver, ...restaurantFumeMonitor.resolvers],
  references: {
    ConstructionSite: (ref: { code: string }, ctx) => constructionSiteLoader(ctx).load(ref.code),
  },
};
