import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { coalCheckContribution, quarterStart } from "./coal-check.contribution.js";
import { CoalCheck } from "./coal-check.entity.js";
import { enterprise, type Enterprise } from "./enterprise.dataset.js";
import { coalChecksOfEnterpriseLoader } from "./loaders.js";

const CoalCheckConnection = connectionOf(CoalCheck, "CoalCheck", "Coal-quality checks, ordered by plant and quarter.");

@InputType({ description: "Which coal checks to list; the conditions given must all hold." })
class CoalCheckFilter {
  @Field(() => ID, { nullable: true, description: "The plant's credit code." })
  creditCode?: string;

  @Field({ nullable: true, description: "A quarter, YYYY-Qn." })
  quarter?: string;
}

@Resolver(() => CoalCheck)
export class CoalCheckResolver {
  @Query(() => CoalCheckConnection, { nullable: true, description: "Quarterly coal-quality checks at power plants, ordered by plant credit code and quarter." })
  coalChecks(
    @Args() page: PageArgs,
    @Arg("filter", () => CoalCheckFilter, { nullable: true }) filter: CoalCheckFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.creditCode) where.plantCreditCode = filter.creditCode.trim().toUpperCase();
    if (filter?.quarter) {
      const quarter = filter.quarter.trim().toUpperCase();
      if (!quarterStart(quarter)) throw badInput(`quarter ${JSON.stringify(filter.quarter)} is not written YYYY-Qn, e.g. 2021-Q1`, { argument: "filter.quarter" });
      where.quarter = quarter;
    }
    return findPage(ctx.em, CoalCheck, where, ["plantCreditCode", "quarter"], page);
  }

  @FieldResolver(() => enterprise.entity, { nullable: true, description: "The plant's operating enterprise; null when it is not in the registry." })
  plant(@Root() c: CoalCheck, @Ctx() ctx: HubContext) {
    return enterprise.loader(ctx).load(c.plantCreditCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this check, oldest first, the current one last." })
  history(@Root() c: CoalCheck, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, coalCheckContribution).load([c.plantCreditCode, c.quarter]);
  }
}

@Resolver(() => enterprise.entity)
export class EnterpriseCoalChecksResolver {
  @FieldResolver(() => [CoalCheck], { nullable: true, description: "Quarterly coal-quality checks of the enterprise's power plant, newest quarter first; empty for other enterprises." })
  coalChecks(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return coalChecksOfEnterpriseLoader(ctx).load(e.creditCode);
  }
}
