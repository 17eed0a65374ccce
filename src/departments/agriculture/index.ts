import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { agricultureContributions } from "./contributions.js";
import { CoalReplacement } from "./coal-replacement.entity.js";
import { CoalReplacementResolver } from "./coal-replacement.resolver.js";
import { FirePoint } from "./fire-point.entity.js";
import { firePointLoader, FirePointResolver } from "./fire-point.resolver.js";

export const agricultureEntities = [FirePoint, CoalReplacement];

export const agricultureSubgraph: SubgraphDefinition = {
  department: Department.AGRICULTURE,
  resolvers: [...agricultureContributions, FirePointResolver, CoalReplacementResolver],
  references: {
    FirePoint: (ref: { id: string }, ctx) => firePointLoader(ctx).load(ref.id),
  },
};
