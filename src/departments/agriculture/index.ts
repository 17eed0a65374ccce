import { Department } from "../../common/departments.js";
import type { SubgraphDefinition } from "../../common/federation.js";
import { coalReplacement } from "./coal-replacement.dataset.js";
import { FirePointDeductionResolver } from "./fire-point-deduction.js";
import { firePoint } from "./fire-point.dataset.js";

export const agricultureEntities = [firePoint.entity, coalReplacement.entity];

export const agricultureSubgraph: SubgraphDefinition = {
  department: Department.AGRICULTURE,
  resolvers: [...firePoint.resolvers, ...coalReplacement.resolvers, FirePointDeductionResolver],
  references: {
    FirePoint: (ref: { id: string }, ctx) => firePoint.loader(ctx).load(ref.id),
  },
};
