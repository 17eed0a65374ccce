import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { byKey, loader } from "../../common/context.js";
import { MonitoringStation } from "./monitoring-station.entity.js";
import { Region } from "./region.entity.js";
import { regionLoader } from "./loaders.js";

const MonitoringStationConnection = connectionOf(MonitoringStation, "MonitoringStation");

@InputType()
class MonitoringStationFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;
}

export const stationLoader = (ctx: HubContext) =>
  loader<string, MonitoringStation | null>(ctx, "env.station", async (codes) =>
    byKey(codes, await ctx.em.find(MonitoringStation, { code: { $in: [...codes] } }), (s) => s.code),
  );

@Resolver(() => MonitoringStation)
export class MonitoringStationResolver {
  @Query(() => MonitoringStation, { nullable: true })
  monitoringStation(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return stationLoader(ctx).load(code);
  }

  @Query(() => MonitoringStationConnection)
  monitoringStations(
    @Args() page: PageArgs,
    @Arg("filter", () => MonitoringStationFilter, { nullable: true }) filter: MonitoringStationFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where = filter?.regionCode ? { regionCode: { $in: regionScope(filter.regionCode) } } : {};
    return findPage(ctx.em, MonitoringStation, where, ["code"], page);
  }

  @FieldResolver(() => Region)
  region(@Root() s: MonitoringStation, @Ctx() ctx: HubContext) {
    return regionLoader(ctx).load(s.regionCode);
  }
}

