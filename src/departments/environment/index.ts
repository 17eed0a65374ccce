import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { ObservationResolver, RegionAirQualityResolver } from "./air-quality.resolver.js";
import { Enterprise } from "./enterprise.extension.js";
import { indicators } from "./indicator.dataset.js";
import { Target } from "./target.entity.js";
import { IndicatorResolver, TargetResolver } from "./indicator.resolver.js";
import { regionLoader, warningLoader } from "./loaders.js";
import { MonitoringStationResolver, monitoringStations } from "./monitoring-station.dataset.js";
import { EnterpriseGradeResolver, performanceGrades } from "./performance-grade.dataset.js";
import { Region } from "./region.entity.js";
import { emergencyList } from "./emergency-list.dataset.js";
import { blackSmokeCaptures } from "./black-smoke.dataset.js";
import { NonRoadMachineResolver, nonRoadMachinery } from "./nrmm.dataset.js";
import { obdRecords } from "./obd-record.dataset.js";
import { remoteSensingTests } from "./remote-sensing.dataset.js";
import { VehicleEvidenceResolver } from "./vehicle-evidence.resolver.js";
import { Vehicle } from "./vehicle.reference.js";
import { enterpriseProfiles } from "./enterprise-profile.dataset.js";
import { EnterpriseProfileFieldResolver, resolveListedEnterprise, WarningListedResolver } from "./listed-enterprise.js";
import { observations } from "./observation.dataset.js";
import { RegionResolver } from "./region.resolver.js";
import { TargetAdminResolver, TargetProgressResolver } from "./target.resolver.js";
import { Warning } from "./warning.entity.js";
import { WarningResolver } from "./warning.resolver.js";
import { gateRecords } from "./gate-record.dataset.js";
import { EnterpriseGateRecordsResolver, WarningGateTrafficResolver } from "./gate-traffic.js";

const datasets = [observations, indicators, emergencyList, enterpriseProfiles, monitoringStations, performanceGrades, remoteSensingTests, blackSmokeCaptures, obdRecords, nonRoadMachinery, gateRecords];

export const environmentEntities = [Region, Target, Warning, ...datasets.map((d) => d.entity)];

export const environmentSubgraph: SubgraphDefinition = {
  department: Department.ENVIRONMENT,
  resolvers: [
    ...datasets.flatMap((d) => d.resolvers),
    RegionResolver,
    MonitoringStationResolver,
    EnterpriseGradeResolver,
    IndicatorResolver,
    TargetResolver,
    TargetAdminResolver,
    TargetProgressResolver,
    ObservationResolver,
    RegionAirQualityResolver,
    WarningResolver,
    WarningListedResolver,
    EnterpriseProfileFieldResolver,
    VehicleEvidenceResolver,
    NonRoadMachineResolver,
    EnterpriseGateRecordsResolver,
    WarningGateTrafficResolver,
  ],
  orphanedTypes: [Enterprise, Vehicle],
  references: {
    Region: (ref: { code: string }, ctx) => regionLoader(ctx).load(ref.code),
    MonitoringStation: (ref: { code: string }, ctx) => monitoringStations.loader(ctx).load(ref.code),
    Warning: (ref: { id: string }, ctx) => warningLoader(ctx).load(ref.id),
    ListedEnterprise: (ref: { id: string }, ctx) => resolveListedEnterprise(ref, ctx),
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
    GateRecord: (ref: { creditCode: string; gateId: string; passedAt: string; plate: string }, ctx) => gateRecords.resolveReference(ctx, ref),
  },
};
