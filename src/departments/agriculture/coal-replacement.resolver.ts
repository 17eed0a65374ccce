import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { coalReplacementContribution } from "./coal-replacement.contribution.js";
import { CoalReplacement } from "./coal-replacement.entity.js";

const CoalReplacementConnection = connectionOf(CoalReplacement, "CoalReplacement", "Agricultural coal replacement per county and year, by county, then year.");

@InputType({ description: "Which coal-replacement records to list; the conditions given must all hold." })
class CoalReplacementFilter {
  @Field(() => ID, { nullable: true, description: "A region; its counties are included." })
  regionCode?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}

@Resolver(() => CoalReplacement)
export class CoalReplacementResolver {
  @Query(() => CoalReplacementConnection, { description: "Agricultural coal replacement (tobacco barns, edible-fungi producers) per county and year, by county code, then year." })
  coalReplacements(
    @Args() page: PageArgs,
    @Arg("filter", () => CoalReplacementFilter, { nullable: true }) filter: CoalReplacementFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode, "filter.regionCode") };
    if (filter?.year !== undefined && filter.year !== null) where.year = filter.year;
    return findPage(ctx.em, CoalReplacement, where, ["regionCode", "year"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this record, oldest first, the current one last." })
  history(@Root() r: CoalReplacement, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, coalReplacementContribution).load([r.regionCode, String(r.year)]);
  }
}
