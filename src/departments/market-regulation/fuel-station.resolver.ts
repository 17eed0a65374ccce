import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { fuelStationContribution } from "./fuel-station.contribution.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { Enterprise } from "./enterprise.entity.js";
import { FuelStation, FuelStationStatus } from "./fuel-station.entity.js";
import { enterpriseLoader, fuelStationLoader } from "./loaders.js";

const FuelStationConnection = connectionOf(FuelStation, "FuelStation");

@InputType()
class FuelStationFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => FuelStationStatus, { nullable: true })
  status?: FuelStationStatus;
}

@Resolver(() => FuelStation)
export class FuelStationResolver {
  @Query(() => FuelStation, { nullable: true })
  fuelStation(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return fuelStationLoader(ctx).load(code);
  }

  @Query(() => FuelStationConnection)
  fuelStations(
    @Args() page: PageArgs,
    @Arg("filter", () => FuelStationFilter, { nullable: true }) filter: FuelStationFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, FuelStation, where, ["code"], page);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The enterprise operating the station." })
  operator(@Root() s: FuelStation, @Ctx() ctx: HubContext) {
    return enterpriseLoader(ctx).load(s.operatorCreditCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this station record, oldest first." })
  history(@Root() s: FuelStation, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, fuelStationContribution).load([s.code]);
  }
}
