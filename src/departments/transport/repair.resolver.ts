import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { byKey, groupByKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar, chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import { Vehicle } from "./federated.js";
import { repairContribution } from "./repair.contribution.js";
import { Repair } from "./repair.entity.js";

const RepairConnection = connectionOf(Repair, "Repair");

@InputType({ description: "Narrows the repair list; all given conditions must hold." })
class RepairFilter {
  @Field(() => ID, { nullable: true })
  vin?: string;

  @Field(() => ID, { nullable: true, description: "The M station's code." })
  stationCode?: string;

  @Field(() => DateScalar, { nullable: true, description: "First China-time day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last China-time day, inclusive." })
  to?: string;
}

export const repairLoader = (ctx: HubContext) =>
  loader<string, Repair | null>(ctx, "tr.repair", async (nos) =>
    byKey(nos, await ctx.em.find(Repair, { repairNo: { $in: [...nos] } }), (r) => r.repairNo),
  );

export const repairsOfVehicleLoader = (ctx: HubContext) =>
  loader<string, Repair[]>(ctx, "tr.repairsOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(Repair, { vin: { $in: [...vins] } }, { orderBy: { repairedAt: "desc", repairNo: "asc" } }), (r) => r.vin),
  );


@Resolver(() => Vehicle)
export class VehicleRepairResolver {
  @FieldResolver(() => [Repair], { nullable: true, description: "The vehicle's M-station repairs, newest first." })
  repairs(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return repairsOfVehicleLoader(ctx).load(v.vin);
  }
}

@Resolver(() => Repair)
export class RepairResolver {
  @Query(() => Repair, { nullable: true, description: "One repair, by repair-order number." })
  repair(@Arg("repairNo", () => ID) repairNo: string, @Ctx() ctx: HubContext) {
    return repairLoader(ctx).load(repairNo.trim());
  }

  @Query(() => RepairConnection, { nullable: true, description: "M-station repairs, oldest first; `from` and `to` are China-time days, both inclusive." })
  repairs(
    @Args() page: PageArgs,
    @Arg("filter", () => RepairFilter, { nullable: true }) filter: RepairFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = filter.vin.trim().toUpperCase();
    if (filter?.stationCode) where.stationCode = filter.stationCode.trim();
    const repairedAt: Record<string, Date> = {};
    if (filter?.from) repairedAt.$gte = chinaDayStart(filter.from);
    if (filter?.to) repairedAt.$lt = chinaDayEnd(filter.to);
    if (filter?.from || filter?.to) where.repairedAt = repairedAt;
    return findPage(ctx.em, Repair, where, ["repairedAt", "repairNo"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The repaired vehicle (registered with public security); null when not registered." })
  vehicle(@Root() r: Repair): Vehicle {
    return { vin: r.vin };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this repair record, oldest first." })
  history(@Root() r: Repair, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, repairContribution).load([r.repairNo]);
  }
}
