import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { CoalCheck } from "./coal-check.entity.js";

/** A plant's coal checks, newest quarter first. */
export const coalChecksOfEnterpriseLoader = (ctx: HubContext) =>
  loader<string, CoalCheck[]>(ctx, "mr.coalChecksOfEnterprise", async (codes) =>
    groupByKey(
      codes,
      await ctx.em.find(CoalCheck, { plantCreditCode: { $in: [...codes] } }, { orderBy: { plantCreditCode: "asc", quarter: "desc" } }),
      (c) => c.plantCreditCode,
    ),
  );
