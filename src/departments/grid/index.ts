import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { ElectricityReading } from "./electricity-reading.entity.js";
import { ElectricityReadingResolver, Enterprise, EnterpriseElectricityResolver } from "./enterprise.extension.js";

export const gridEntities = [ElectricityReading];

export const gridSubgraph: SubgraphDefinition = {
  department: Department.GRID,
  resolvers: [EnterpriseElectricityResolver, ElectricityReadingResolver],
  orphanedTypes: [Enterprise],
  references: {
    Enterprise: (ref: { creditCode: string }) => ({ creditCode: ref.creditCode }),
  },
};
