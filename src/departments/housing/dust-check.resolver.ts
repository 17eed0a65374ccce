import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { ConstructionSite } from "./construction-site.entity.js";
import { constructionSiteLoader } from "./construction-site.resolver.js";
import { dustCheckContribution } from "./dust-check.contribution.js";
import { DUST_MEASURES, DustCheck } from "./dust-check.entity.js";
import { dustCheckLoader, sitesInRegion } from "./loaders.js";

const DustCheckConnection = connectionOf(DustCheck, "DustCheck", "Dust-control checks, oldest first.");

@InputType({ description: "Which dust checks to list; the conditions given must all hold." })
class DustCheckFilter {
  @Field(() => ID, { nullable: true, description: "The construction site's code." })
  siteCode?: string;

  @Field(() => ID, { nullable: true, description: "A region: checks of the sites registered in it or its subregions." })
  regionCode?: string;

  @Field(() => DateScalar, { nullable: true, description: "First inspection day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last inspection day, inclusive." })
  to?: string;

  @Field(() => Boolean, { nullable: true, description: "true: checks with all six measures in place; false: checks with at least one missing." })
  passed?: boolean;
}

@Resolver(() => DustCheck)
export class DustCheckResolver {
  @Query(() => DustCheck, { nullable: true, description: "One dust-control check, by its identifier." })
  dustCheck(@Arg("checkId", () => ID) checkId: string, @Ctx() ctx: HubContext) {
    return dustCheckLoader(ctx).load(checkId.trim());
  }

  @Query(() => DustCheckConnection, { nullable: true, description: "\"Six 100%\" dust-control checks of construction sites, oldest first (by day, then identifier)." })
  dustChecks(
    @Args() page: PageArgs,
    @Arg("filter", () => DustCheckFilter, { nullable: true }) filter: DustCheckFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown>[] = [];
    if (filter?.siteCode) where.push({ siteCode: filter.siteCode.trim() });
    if (filter?.regionCode) where.push({ siteCode: sitesInRegion(filter.regionCode, "filter.regionCode") });
    if (filter?.from) where.push({ checkedOn: { $gte: filter.from } });
    if (filter?.to) where.push({ checkedOn: { $lte: filter.to } });
    if (filter?.passed === true) where.push(Object.fromEntries(DUST_MEASURES.map((m) => [m.field, true])));
    if (filter?.passed === false) where.push({ $or: DUST_MEASURES.map((m) => ({ [m.field]: false })) });
    return findPage(ctx.em, DustCheck, where.length ? { $and: where } : {}, ["checkedOn", "checkId"], page);
  }

  @FieldResolver(() => ConstructionSite, { nullable: true, description: "The construction site inspected." })
  site(@Root() c: DustCheck, @Ctx() ctx: HubContext) {
    return constructionSiteLoader(ctx).load(c.siteCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this check, oldest first, the current one last." })
  history(@Root() c: DustCheck, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, dustCheckContribution).load([c.checkId]);
  }
}
