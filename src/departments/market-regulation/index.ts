import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { Enterprise } from "./enterprise.entity.js";
import { EnterpriseResolver } from "./enterprise.resolver.js";
import { FuelStation } from "./fuel-station.entity.js";
import { FuelStationResolver } from "./fuel-station.resolver.js";
import { enterpriseLoader, fuelStationLoader } from "./loaders.js";

export const marketRegulationEntities = [Enterprise, FuelStation];

export const marketRegulationSubgraph: SubgraphDefinition = {
  department: Department.MARKET_REGULATION,
  resolvers: [EnterpriseResolver, FuelStationResolver],
  references: {
    Enterprise: (ref: { creditCode: string }, ctx) => enterpriseLoader(ctx).load(ref.creditCode),
    FuelStation: (ref: { code: string }, ctx) => fuelStationLoader(ctx).load(ref.code),
  },
};
