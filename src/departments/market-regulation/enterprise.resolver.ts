import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { enterpriseContribution } from "./enterprise.contribution.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { Enterprise, EnterpriseStatus } from "./enterprise.entity.js";
import { enterpriseLoader } from "./loaders.js";

const EnterpriseConnection = connectionOf(Enterprise, "Enterprise");

@InputType()
class EnterpriseFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field({ nullable: true, description: "GB/T 4754 industry code; a prefix matches its subclasses (30 matches 3011)." })
  industryCode?: string;

  @Field({ nullable: true, description: "Part of the registered name." })
  nameContains?: string;

  @Field(() => EnterpriseStatus, { nullable: true })
  status?: EnterpriseStatus;
}

/** LIKE treats % and _ as wildcards: escape them so a name filter matches literally. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true })
  enterprise(@Arg("creditCode", () => ID) creditCode: string, @Ctx() ctx: HubContext) {
    return enterpriseLoader(ctx).load(creditCode.trim().toUpperCase());
  }

  @Query(() => EnterpriseConnection, { description: "The enterprise registry, ordered by credit code." })
  enterprises(
    @Args() page: PageArgs,
    @Arg("filter", () => EnterpriseFilter, { nullable: true }) filter: EnterpriseFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.industryCode) where.industryCode = { $like: `${likeLiteral(filter.industryCode)}%` };
    if (filter?.nameContains) where.name = { $like: `%${likeLiteral(filter.nameContains)}%` };
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, Enterprise, where, ["creditCode"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this registry record, oldest first, the current one last." })
  history(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, enterpriseContribution).load([e.creditCode]);
  }
}
