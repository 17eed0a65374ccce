import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { ConstructionSite, ConstructionSiteStatus } from "./construction-site.entity.js";

const ConstructionSiteConnection = connectionOf(ConstructionSite, "ConstructionSite");

@InputType()
class ConstructionSiteFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => ConstructionSiteStatus, { nullable: true })
  status?: ConstructionSiteStatus;

  @Field(() => ID, { nullable: true, description: "The builder's credit code." })
  builderCreditCode?: string;
}

export const constructionSiteLoader = (ctx: HubContext) =>
  loader<string, ConstructionSite | null>(ctx, "ho.site", async (codes) =>
    byKey(codes, await ctx.em.find(ConstructionSite, { code: { $in: [...codes] } }), (s) => s.code),
  );

@Resolver(() => ConstructionSite)
export class ConstructionSiteResolver {
  @Query(() => ConstructionSite, { nullable: true })
  constructionSite(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return constructionSiteLoader(ctx).load(code);
  }

  @Query(() => ConstructionSiteConnection)
  constructionSites(
    @Args() page: PageArgs,
    @Arg("filter", () => ConstructionSiteFilter, { nullable: true }) filter: ConstructionSiteFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.status) where.status = filter.status;
    if (filter?.builderCreditCode) where.builderCreditCode = filter.builderCreditCode;
    return findPage(ctx.em, ConstructionSite, where, ["code"], page);
  }
}
