import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { marketRegulationContributions } from "./contributions.js";
import { CoalCheck } from "./coal-check.entity.js";
import { CoalCheckResolver, EnterpriseCoalChecksResolver } from "./coal-check.resolver.js";
import { enterprise } from "./enterprise.dataset.js";
import { fuelSample, FuelSampleStationResolver, FuelStationSamplesResolver } from "./fuel-sample.dataset.js";
import { FuelSamplingCoverageResolver } from "./fuel-sampling-coverage.js";
import { fuelStation, FuelStationOperatorResolver } from "./fuel-station.dataset.js";
import { InspectionAgency } from "./inspection-agency.entity.js";
import { InspectionAgencyResolver } from "./inspection-agency.resolver.js";
import { inspectionAgencyLoader, vehicleInspectionLoader } from "./loaders.js";
import { Vehicle, VehicleInspectionsResolver } from "./vehicle.extension.js";
import { VehicleInspection } from "./vehicle-inspection.entity.js";
import { VehicleInspectionResolver } from "./vehicle-inspection.resolver.js";

export const marketRegulationEntities = [enterprise.entity, fuelStation.entity, fuelSample.entity, InspectionAgency, VehicleInspection, CoalCheck];

export const marketRegulationSubgraph: SubgraphDefinition = {
  department: Department.MARKET_REGULATION,
  resolvers: [...marketRegulationContributions, 
    ...enterprise.resolvers,
    ...fuelStation.resolvers,
    FuelStationOperatorResolver,
    ...fuelSample.resolvers,
    FuelSampleStationResolver,
    FuelSamplingCoverageResolver,
    FuelStationSamplesResolver,
    InspectionAgencyResolver,
    VehicleInspectionResolver,
    VehicleInspectionsResolver,
    CoalCheckResolver,
    EnterpriseCoalChecksResolver,
  ],
  orphanedTypes: [Vehicle],
  references: {
    Enterprise: (ref: { creditCode: string }, ctx) => enterprise.loader(ctx).load(ref.creditCode),
    FuelStation: (ref: { code: string }, ctx) => fuelStation.loader(ctx).load(ref.code),
    FuelSample: (ref: { sampleNo: string }, ctx) => fuelSample.loader(ctx).load(ref.sampleNo),
    InspectionAgency: (ref: { code: string }, ctx) => inspectionAgencyLoader(ctx).load(ref.code),
    VehicleInspection: (ref: { inspectionNo: string }, ctx) => vehicleInspectionLoader(ctx).load(ref.inspectionNo),
    // Vehicles are public security's: this subgraph only adds fields, which need nothing but the VIN.
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
  },
};
