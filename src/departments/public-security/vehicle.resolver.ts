import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { checkPlate } from "../../common/identifiers/index.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { platesOfVehicleLoader, vehicleLoader } from "./loaders.js";
import { EmissionStage, Fuel, PlateRegistration, Vehicle, VehicleStatus, VehicleType } from "./vehicle.entity.js";

const VehicleConnection = connectionOf(Vehicle, "Vehicle");

@InputType()
class VehicleFilter {
  @Field(() => ID, { nullable: true, description: "Registration region; its subregions are included." })
  regionCode?: string;

  @Field(() => EmissionStage, { nullable: true })
  emissionStage?: EmissionStage;

  @Field(() => VehicleType, { nullable: true })
  vehicleType?: VehicleType;

  @Field(() => Fuel, { nullable: true })
  fuel?: Fuel;

  @Field(() => VehicleStatus, { nullable: true })
  status?: VehicleStatus;
}

@Resolver(() => Vehicle)
export class VehicleResolver {
  @Query(() => Vehicle, { nullable: true })
  vehicle(@Arg("vin", () => ID) vin: string, @Ctx() ctx: HubContext) {
    return vehicleLoader(ctx).load(vin.trim().toUpperCase());
  }

  @Query(() => Vehicle, { nullable: true, description: "The vehicle a plate was assigned to at an instant (default now); plates are re-issued." })
  async vehicleByPlate(
    @Arg("plate") plate: string,
    @Arg("at", () => Date, { nullable: true }) at: Date | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Vehicle | null> {
    const check = checkPlate(plate);
    if (!check.valid) throw badInput(`plate: ${check.message}`, { argument: "plate", validationCode: check.code });
    const instant = at ?? new Date();
    const reg = await ctx.em.findOne(PlateRegistration, {
      plate: check.normalized!,
      validFrom: { $lte: instant },
      $or: [{ validTo: null }, { validTo: { $gt: instant } }],
    });
    return reg ? vehicleLoader(ctx).load(reg.vin) : null;
  }

  @Query(() => VehicleConnection, { description: "Registered vehicles, ordered by VIN." })
  vehicles(
    @Args() page: PageArgs,
    @Arg("filter", () => VehicleFilter, { nullable: true }) filter: VehicleFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.emissionStage) where.emissionStage = filter.emissionStage;
    if (filter?.vehicleType) where.vehicleType = filter.vehicleType;
    if (filter?.fuel) where.fuel = filter.fuel;
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, Vehicle, where, ["vin"], page);
  }

  @FieldResolver(() => String, { nullable: true, description: "The plate assigned now; null when none is." })
  async plate(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<string | null> {
    const regs = await platesOfVehicleLoader(ctx).load(v.vin);
    return regs.find((r) => r.validTo === null)?.plate ?? null;
  }

  @FieldResolver(() => [PlateRegistration], { description: "Every plate the vehicle has carried, oldest first." })
  plateHistory(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return platesOfVehicleLoader(ctx).load(v.vin);
  }
}
