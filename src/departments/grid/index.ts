import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { gridContributions } from "./contributions.js";
import { CoalToElectricity } from "./coal-to-electricity.entity.js";
import { CoalToElectricityResolver } from "./coal-to-electricity.resolver.js";
import { ElectricityReading } from "./electricity-reading.entity.js";
import { ElectricityReadingResolver, Enterprise, EnterpriseElectricityResolver } from "./enterprise.extension.js";
import { ListedEnterprise, ListedEnterpriseElectricityResolver } from "./listed-enterprise.extension.js";

export const gridEntities = [ElectricityReading, CoalToElectricity];

export const gridSubgraph: SubgraphDefinition = {
  department: Department.GRID,
  resolvers: [...gridContributions, EnterpriseElectricityResolver, ElectricityReadingResolver, CoalToElectricityResolver, ListedEnterpriseElectricityResolver],
  orphanedTypes: [Enterprise, ListedEnterprise],
  references: {
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
    // the representation carries the @requires fields environment resolved
    ListedEnterprise: (ref: ListedEnterprise) => ref,
  },
};
