import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { restaurantFumeMonitorLoader } from "./loaders.js";
import { restaurantFumeMonitorContribution } from "./restaurant-fume-monitor.contribution.js";
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

  @Query(() => RestaurantFumeMonitorConnection, { nullable: true, description: "Online cooking-fume monitors of large restaurants, ordered by credit code." })
  restaurantFumeMonitors(
    @Args() page: PageArgs,
    @Arg("filter", () => RestaurantFumeMonitorFilter, { nullable: true }) filter: RestaurantFumeMonitorFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.online !== undefined && filter.online !== null) where.online = filter.online;
    return findPage(ctx.em, RestaurantFumeMonitor, where, ["creditCode"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this monitor record, oldest first, the current one last." })
  history(@Root() m: RestaurantFumeMonitor, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, restaurantFumeMonitorContribution).load([m.creditCode]);
  }
}
