import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { EnterpriseTransportResolver } from "./enterprise.extension.js";
import { Enterprise, Vehicle } from "./federated.js";
import { operatingLicence } from "./operating-licence.dataset.js";
import { phaseOut } from "./phase-out.dataset.js";
import { railSiding } from "./rail-siding.dataset.js";
import { repair } from "./repair.dataset.js";
import { VehicleTransportResolver } from "./vehicle.extension.js";

const datasets = [operatingLicence, phaseOut, repair, railSiding];

export const transportEntities = datasets.map((d) => d.entity);

export const transportSubgraph: SubgraphDefinition = {
  department: Department.TRANSPORT,
  resolvers: [...datasets.flatMap((d) => d.resolvers), VehicleTransportResolver, EnterpriseTransportResolver],
  orphanedTypes: [Vehicle, Enterprise],
  references: {
    Vehicle: (ref: { vin: string }) => ({ vin: ref.vin }),
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
  },
};
