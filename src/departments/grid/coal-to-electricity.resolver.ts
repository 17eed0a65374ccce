import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { coalToElectricityContribution } from "./coal-to-electricity.contribution.js";
import { CoalToElectricity } from "./coal-to-electricity.entity.js";

const CoalToElectricityConnection = connectionOf(CoalToElectricity, "CoalToElectricity");

@InputType({ description: "Narrows the coal-to-electricity list; all given conditions must hold." })
class CoalToElectricityFilter {
  @Field(() => ID, { nullable: true, description: "A region: a county, or a city (its counties) or the province." })
  regionCode?: string;

  @Field(() => Int, { nullable: true })
  year?: number;
}

@Resolver(() => CoalToElectricity)
export class CoalToElectricityResolver {
  @Query(() => CoalToElectricityConnection, { description: "Coal-to-electricity households per county and year, ordered by county, then year." })
  coalToElectricity(
    @Args() page: PageArgs,
    @Arg("filter", () => CoalToElectricityFilter, { nullable: true }) filter: CoalToElectricityFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.countyCode = { $in: regionScope(filter.regionCode.trim(), "filter.regionCode") };
    if (filter?.year !== undefined && filter.year !== null) where.year = filter.year;
    return findPage(ctx.em, CoalToElectricity, where, ["countyCode", "year"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this record, oldest first." })
  history(@Root() r: CoalToElectricity, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, coalToElectricityContribution).load([r.countyCode, String(r.year)]);
  }
}
