import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { Enterprise, EnterpriseGradeResolver, PerformanceGradeResolver } from "./enterprise.extension.js";
import { IdentifierResolver } from "./identifier.resolver.js";
import { Indicator, Target } from "./indicator.entity.js";
import { IndicatorResolver, TargetResolver } from "./indicator.resolver.js";
import { regionLoader } from "./loaders.js";
import { MonitoringStation } from "./monitoring-station.entity.js";
import { MonitoringStationResolver, stationLoader } from "./monitoring-station.resolver.js";
import { PerformanceGradeRecord } from "./performance-grade.entity.js";
import { Region } from "./region.entity.js";
import { RegionResolver } from "./region.resolver.js";

export const environmentEntities = [Region, MonitoringStation, PerformanceGradeRecord, Indicator, Target];

export const environmentSubgraph: SubgraphDefinition = {
  department: Department.ENVIRONMENT,
  resolvers: [RegionResolver, MonitoringStationResolver, EnterpriseGradeResolver, PerformanceGradeResolver, IndicatorResolver, TargetResolver, IdentifierResolver],
  orphanedTypes: [Enterprise],
  references: {
    Region: (ref: { code: string }, ctx) => regionLoader(ctx).load(ref.code),
    MonitoringStation: (ref: { code: string }, ctx) => stationLoader(ctx).load(ref.code),
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
  },
};
