import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { marketRegulationContributions } from "./contributions.js";
import { CoalCheck } from "./coal-check.entity.js";
import { CoalCheckResolver, EnterpriseCoalChecksResolver } from "./coal-check.resolver.js";
import { enterprise } from "./enterprise.dataset.js";
import { FuelSample } from "./fuel-sample.entity.js";
import { FuelSampleResolver, FuelStationSamplesResolver } from "./fuel-sample.resolver.js";
import { fuelStation, FuelStationOperatorResolver } from "./fuel-station.dataset.js";
import { InspectionAgency } from "./inspection-agency.entity.js";
import { InspectionAgencyResolver } from "./inspection-agency.resolver.js";
import { fuelSampleLoader, inspectionAgencyLoader, vehicleInspectionLoader } from "./loaders.js";
import { Vehicle, VehicleInspectionsResolver } from "./vehicle.extension.js";
import { VehicleInspection } from "./vehicle-inspection.entity.js";
import { VehicleInspectionResolver } from "./vehicle-inspection.resolver.js";

export const marketRegulationEntities = [enterprise.entity, fuelStation.entity, FuelSample, InspectionAgency, VehicleInspection, CoalCheck];

export const marketRegulationSubgraph: SubgraphDefinition = {
  department: Department.MARKET_REGULATION,
  resolvers: [...marketRegulationContributions, 
    ...enterprise.resolvers,
    ...fuelStation.resolvers,
    FuelStationOperatorResolver,
    FuelSampleResolver,
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
    FuelSample: (ref: { sampleNo: string }, ctx) => fuelSampleLoader(ctx).load(ref.sampleNo),
    InspectionAgency: (ref: { code: string }, ctx) => inspectionAgencyLoader(ctx).load(ref.code),
    VehicleInspection: (ref: { inspectionNo: string }, ctx) => vehicleInspectionLoader(ctx).load(ref.inspectionNo),
    // Vehicles are public security's: this subgraph only adds fields, which need nothing but the VIN.
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
  },
};
