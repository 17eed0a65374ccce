import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { contribute } from "../../common/contribution/contribute.js";
import { historyLoader } from "../../common/contribution/history.js";
import { ContributionResult, RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { restaurantFumeMonitorLoader } from "./loaders.js";
import { RestaurantFumeMonitorInput, restaurantFumeMonitorContribution } from "./restaurant-fume-monitor.contribution.js";
import { RestaurantFumeMonitor } from "./restaurant-fume-monitor.entity.js";

const RestaurantFumeMonitorConnection = connectionOf(RestaurantFumeMonitor, "RestaurantFumeMonitor", "Large restaurants' fume monitors, by credit code.");

@InputType({ description: "Which fume monitors to list." })
class RestaurantFumeMonitorFilter {
  @Field(() => Boolean, { nullable: true, description: "true: connected monitors only; false: offline ones only." })
  online?: boolean;
}

@Resolver(() => RestaurantFumeMonitor)
export class RestaurantFumeMonitorResolver {
  @Query(() => RestaurantFumeMonitor, { nullable: true, description: "The fume monitor of one restaurant, by its enterprise's credit code." })
  restaurantFumeMonitor(@Arg("creditCode", () => ID) creditCode: string, @Ctx() ctx: HubContext) {
    return restaurantFumeMonitorLoader(ctx).load(creditCode.trim().toUpperCase());
  }

  @Query(() => RestaurantFumeMonitorConnection, { description: "Online cooking-fume monitors of large restaurants, ordered by credit code." })
  restaurantFumeMonitors(
    @Args() page: PageArgs,
    @Arg("filter", () => RestaurantFumeMonitorFilter, { nullable: true }) filter: RestaurantFumeMonitorFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.online !== undefined && filter.online !== null) where.online = filter.online;
    return findPage(ctx.em, RestaurantFumeMonitor, where, ["creditCode"], page);
  }

  @Mutation(() => ContributionResult, { description: "Contributes large restaurants' fume monitors (housing only); upserts by credit code." })
  contributeRestaurantFumeMonitors(
    @Arg("batchId", () => ID) batchId: string,
    @Arg("atomic", () => Boolean, { nullable: true, defaultValue: true, description: "true: all rows or none; false: the valid rows." }) atomic: boolean | null,
    @Arg("rows", () => [RestaurantFumeMonitorInput]) rows: RestaurantFumeMonitorInput[],
    @Ctx() ctx: HubContext,
  ) {
    return contribute(ctx, restaurantFumeMonitorContribution, batchId, atomic, rows);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this monitor record, oldest first, the current one last." })
  history(@Root() m: RestaurantFumeMonitor, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, restaurantFumeMonitorContribution).load([m.creditCode]);
  }
}
