import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { constructionSite } from "./construction-site.dataset.js";
import { ConstructionSiteDustResolver, siteField } from "./construction-site.resolver.js";
import { dustCheck } from "./dust-check.dataset.js";
import { dustMonitorReading } from "./dust-monitor-reading.dataset.js";
import { dustViolation } from "./dust-violation.dataset.js";
import { restaurantFumeMonitor } from "./restaurant-fume-monitor.dataset.js";

const datasets = [constructionSite, dustCheck, dustMonitorReading, dustViolation, restaurantFumeMonitor];

export const housingEntities = datasets.map((d) => d.entity);

export const housingSubgraph: SubgraphDefinition = {
  department: Department.HOUSING,
  resolvers: [
    ...datasets.flatMap((d) => d.resolvers),
    ConstructionSiteDustResolver,
    siteField(dustCheck.entity, "The construction site inspected."),
    siteField(dustMonitorReading.entity, "The construction site monitored."),
    siteField(dustViolation.entity, "The construction site."),
  ],
  references: {
    ConstructionSite: (ref: { code: string }, ctx) => constructionSite.loader(ctx).load(ref.code),
  },
};
