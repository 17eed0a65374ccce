import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { FirePoint } from "./fire-point.entity.js";
import { firePointLoader, FirePointResolver } from "./fire-point.resolver.js";

export const agricultureEntities = [FirePoint];

export const agricultureSubgraph: SubgraphDefinition = {
  department: Department.AGRICULTURE,
  resolvers: [FirePointResolver],
  references: {
    FirePoint: (ref: { id: string }, ctx) => firePointLoader(ctx).load(ref.id),
  },
};
