import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { coalCheck, CoalCheckPlantResolver, EnterpriseCoalChecksResolver } from "./coal-check.dataset.js";
import { enterprise } from "./enterprise.dataset.js";
import { fuelSample, FuelSampleStationResolver, FuelStationSamplesResolver } from "./fuel-sample.dataset.js";
import { FuelSamplingCoverageResolver } from "./fuel-sampling-coverage.js";
import { fuelStation, FuelStationOperatorResolver } from "./fuel-station.dataset.js";
import { inspectionAgency, InspectionAgencyOperatorResolver } from "./inspection-agency.dataset.js";
import { InspectedVehicleResolver, Vehicle, VehicleInspectionsResolver } from "./vehicle.extension.js";
import { vehicleInspection, VehicleInspectionAgencyResolver } from "./vehicle-inspection.dataset.js";

const datasets = [enterprise, fuelStation, fuelSample, inspectionAgency, vehicleInspection, coalCheck];

export const marketRegulationEntities = datasets.map((d) => d.entity);

export const marketRegulationSubgraph: SubgraphDefinition = {
  department: Department.MARKET_REGULATION,
  resolvers: [
    ...datasets.flatMap((d) => d.resolvers),
    FuelStationOperatorResolver,
    FuelSampleStationResolver,
    FuelStationSamplesResolver,
    FuelSamplingCoverageResolver,
    InspectionAgencyOperatorResolver,
    VehicleInspectionAgencyResolver,
    VehicleInspectionsResolver,
    InspectedVehicleResolver,
    CoalCheckPlantResolver,
    EnterpriseCoalChecksResolver,
  ],
  orphanedTypes: [Vehicle],
  references: {
    Enterprise: (ref: { creditCode: string }, ctx) => enterprise.loader(ctx).load(ref.creditCode),
    FuelStation: (ref: { code: string }, ctx) => fuelStation.loader(ctx).load(ref.code),
    FuelSample: (ref: { sampleNo: string }, ctx) => fuelSample.loader(ctx).load(ref.sampleNo),
    InspectionAgency: (ref: { code: string }, ctx) => inspectionAgency.loader(ctx).load(ref.code),
    VehicleInspection: (ref: { inspectionNo: string }, ctx) => vehicleInspection.loader(ctx).load(ref.inspectionNo),
    // Vehicles are public security's: this subgraph only adds fields, which need nothing but the VIN.
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
  },
};
