import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { ConstructionSite } from "./construction-site.entity.js";
import { constructionSiteLoader } from "./construction-site.resolver.js";
import { dustViolationContribution } from "./dust-violation.contribution.js";
import { DustViolation, DustViolationType } from "./dust-violation.entity.js";
import { dustViolationLoader, sitesInRegion } from "./loaders.js";

const DustViolationConnection = connectionOf(DustViolation, "DustViolation", "Dust-control violations, oldest first.");

@InputType({ description: "Which dust violations to list; the conditions given must all hold." })
class DustViolationFilter {
  @Field(() => ID, { nullable: true, description: "The construction site's code." })
  siteCode?: string;

  @Field(() => ID, { nullable: true, description: "A region: violations at the sites registered in it or its subregions." })
  regionCode?: string;

  @Field(() => DateScalar, { nullable: true, description: "First day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day, inclusive." })
  to?: string;

  @Field(() => DustViolationType, { nullable: true })
  type?: DustViolationType;
}

@Resolver(() => DustViolation)
export class DustViolationResolver {
  @Query(() => DustViolation, { nullable: true, description: "One dust-control violation, by its identifier." })
  dustViolation(@Arg("violationId", () => ID) violationId: string, @Ctx() ctx: HubContext) {
    return dustViolationLoader(ctx).load(violationId.trim());
  }

  @Query(() => DustViolationConnection, { nullable: true, description: "Dust-control violations at construction sites, oldest first (by day, then identifier)." })
  dustViolations(
    @Args() page: PageArgs,
    @Arg("filter", () => DustViolationFilter, { nullable: true }) filter: DustViolationFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown>[] = [];
    if (filter?.siteCode) where.push({ siteCode: filter.siteCode.trim() });
    if (filter?.regionCode) where.push({ siteCode: sitesInRegion(filter.regionCode, "filter.regionCode") });
    if (filter?.from) where.push({ occurredOn: { $gte: filter.from } });
    if (filter?.to) where.push({ occurredOn: { $lte: filter.to } });
    if (filter?.type) where.push({ type: filter.type });
    return findPage(ctx.em, DustViolation, where.length ? { $and: where } : {}, ["occurredOn", "violationId"], page);
  }

  @FieldResolver(() => ConstructionSite, { nullable: true, description: "The construction site." })
  site(@Root() v: DustViolation, @Ctx() ctx: HubContext) {
    return constructionSiteLoader(ctx).load(v.siteCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this violation, oldest first, the current one last." })
  history(@Root() v: DustViolation, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, dustViolationContribution).load([v.violationId]);
  }
}
