import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { gridContributions } from "./contributions.js";
import { coalToElectricity } from "./coal-to-electricity.dataset.js";
import { ElectricityReading } from "./electricity-reading.entity.js";
import { ElectricityReadingResolver, Enterprise, EnterpriseElectricityResolver } from "./enterprise.extension.js";
import { ListedEnterprise, ListedEnterpriseElectricityResolver } from "./listed-enterprise.extension.js";

export const gridEntities = [ElectricityReading, coalToElectricity.entity];

export const gridSubgraph: SubgraphDefinition = {
  department: Department.GRID,
  resolvers: [...gridContributions, ...coalToElectricity.resolvers, EnterpriseElectricityResolver, ElectricityReadingResolver, ListedEnterpriseElectricityResolver],
  orphanedTypes: [Enterprise, ListedEnterprise],
  references: {
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
    // the representation carries the @requires fields environment resolved
    ListedEnterprise: (ref: ListedEnterprise) => ref,
  },
};
