import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { Enterprise } from "./federated.js";
import { railSidingContribution } from "./rail-siding.contribution.js";
import { RailSiding, RailSidingStatus } from "./rail-siding.entity.js";

const RailSidingConnection = connectionOf(RailSiding, "RailSiding");

@InputType({ description: "Narrows the rail-siding list; all given conditions must hold." })
class RailSidingFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => RailSidingStatus, { nullable: true })
  status?: RailSidingStatus;
}

export const railSidingLoader = (ctx: HubContext) =>
  loader<string, RailSiding | null>(ctx, "tr.railSiding", async (codes) =>
    byKey(codes, await ctx.em.find(RailSiding, { projectCode: { $in: [...codes] } }), (s) => s.projectCode),
  );

@Resolver(() => RailSiding)
export class RailSidingResolver {
  @Query(() => RailSiding, { nullable: true, description: "One railway siding, by project code." })
  railSiding(@Arg("projectCode", () => ID) projectCode: string, @Ctx() ctx: HubContext) {
    return railSidingLoader(ctx).load(projectCode.trim());
  }

  @Query(() => RailSidingConnection, { description: "Railway sidings, ordered by project code." })
  railSidings(
    @Args() page: PageArgs,
    @Arg("filter", () => RailSidingFilter, { nullable: true }) filter: RailSidingFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode, "filter.regionCode") };
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, RailSiding, where, ["projectCode"], page);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The enterprise the siding serves; null when the registry does not know it." })
  enterprise(@Root() s: RailSiding): Enterprise {
    return { creditCode: s.enterpriseCreditCode };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this siding record, oldest first." })
  history(@Root() s: RailSiding, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, railSidingContribution).load([s.projectCode]);
  }
}
