import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { coalToElectricity } from "./coal-to-electricity.dataset.js";
import { ElectricityReadingResolver, electricityReadings } from "./electricity-reading.dataset.js";
import { Enterprise, EnterpriseElectricityResolver } from "./enterprise.extension.js";
import { ListedEnterprise, ListedEnterpriseElectricityResolver } from "./listed-enterprise.extension.js";

export const gridEntities = [electricityReadings.entity, coalToElectricity.entity];

export const gridSubgraph: SubgraphDefinition = {
  department: Department.GRID,
  resolvers: [...electricityReadings.resolvers, ...coalToElectricity.resolvers, EnterpriseElectricityResolver, ElectricityReadingResolver, ListedEnterpriseElectricityResolver],
  orphanedTypes: [Enterprise, ListedEnterprise],
  references: {
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
    // the representation carries the @requires fields environment resolved
    ListedEnterprise: (ref: ListedEnterprise) => ref,
  },
};
