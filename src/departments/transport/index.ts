import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { transportContributions } from "./contributions.js";
import { EnterpriseTransportResolver } from "./enterprise.extension.js";
import { Enterprise, Vehicle } from "./federated.js";
import { OperatingLicence } from "./operating-licence.entity.js";
import { PhaseOut } from "./phase-out.entity.js";
import { PhaseOutResolver, VehiclePhaseOutResolver } from "./phase-out.resolver.js";
import { RailSiding } from "./rail-siding.entity.js";
import { RailSidingResolver } from "./rail-siding.resolver.js";
import { Repair } from "./repair.entity.js";
import { RepairResolver, VehicleRepairResolver } from "./repair.resolver.js";
import { OperatingLicenceResolver, VehicleLicenceResolver } from "./vehicle.extension.js";

export const transportEntities = [OperatingLicence, PhaseOut, Repair, RailSiding];

export const transportSubgraph: SubgraphDefinition = {
  department: Department.TRANSPORT,
  resolvers: [...transportContributions, 
    VehicleLicenceResolver,
    OperatingLicenceResolver,
    VehiclePhaseOutResolver,
    PhaseOutResolver,
    VehicleRepairResolver,
    RepairResolver,
    RailSidingResolver,
    EnterpriseTransportResolver,
  ],
  orphanedTypes: [Vehicle, Enterprise],
  references: {
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
  },
};
