import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { enterprise } from "./enterprise.dataset.js";
import { inspectionAgencyContribution } from "./inspection-agency.contribution.js";
import { InspectionAgency, InspectionAgencyStatus } from "./inspection-agency.entity.js";
import { inspectionAgencyLoader } from "./loaders.js";

const InspectionAgencyConnection = connectionOf(InspectionAgency, "InspectionAgency", "Emission inspection agencies, ordered by code.");

@InputType({ description: "Which inspection agencies to list; the conditions given must all hold." })
class InspectionAgencyFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => InspectionAgencyStatus, { nullable: true })
  status?: InspectionAgencyStatus;
}

@Resolver(() => InspectionAgency)
export class InspectionAgencyResolver {
  @Query(() => InspectionAgency, { nullable: true })
  inspectionAgency(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return inspectionAgencyLoader(ctx).load(code.trim());
  }

  @Query(() => InspectionAgencyConnection, { description: "Emission inspection agencies (I站), ordered by code." })
  inspectionAgencies(
    @Args() page: PageArgs,
    @Arg("filter", () => InspectionAgencyFilter, { nullable: true }) filter: InspectionAgencyFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode, "filter.regionCode") };
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, InspectionAgency, where, ["code"], page);
  }

  @FieldResolver(() => enterprise.entity, { nullable: true, description: "The enterprise running the agency; null when it is not in the registry." })
  operator(@Root() a: InspectionAgency, @Ctx() ctx: HubContext) {
    return enterprise.loader(ctx).load(a.operatorCreditCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this agency record, oldest first, the current one last." })
  history(@Root() a: InspectionAgency, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, inspectionAgencyContribution).load([a.code]);
  }
}
