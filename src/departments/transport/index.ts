import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { OperatingLicence } from "./operating-licence.entity.js";
import { OperatingLicenceResolver, Vehicle, VehicleLicenceResolver } from "./vehicle.extension.js";

export const transportEntities = [OperatingLicence];

export const transportSubgraph: SubgraphDefinition = {
  department: Department.TRANSPORT,
  resolvers: [VehicleLicenceResolver, OperatingLicenceResolver],
  orphanedTypes: [Vehicle],
  references: {
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
  },
};
