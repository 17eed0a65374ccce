import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { groupByKey, loader } from "../../common/context.js";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { Shared, SharingMask } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { DateScalar } from "../../common/scalars.js";
import { EntryPermit, entryPermitContribution, PermitStatus } from "./entry-permit.js";
import { vehicleContribution } from "./vehicle.contribution.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { checkPlate } from "../../common/identifiers/index.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { platesOfVehicleLoader, vehicleLoader } from "./loaders.js";
import { EmissionStage, Fuel, PlateRegistration, Vehicle, VehicleStatus, VehicleType, VehicleUse } from "./vehicle.entity.js";

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

  @Field(() => VehicleUse, { nullable: true })
  use?: VehicleUse;
}

const EntryPermitConnection = connectionOf(EntryPermit, "EntryPermit");

@InputType()
class EntryPermitFilter {
  @Field(() => ID, { nullable: true }) vin?: string;
  @Field(() => ID, { nullable: true }) cityCode?: string;
  @Field(() => PermitStatus, { nullable: true }) status?: PermitStatus;
  @Field(() => DateScalar, { nullable: true, description: "Keeps permits valid on that day." }) validOn?: string;
}

export const permitsOfVehicleLoader = (ctx: HubContext) =>
  loader<string, EntryPermit[]>(ctx, "ps.permitsOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(EntryPermit, { vin: { $in: [...vins] } }, { orderBy: { validFrom: "desc" } }), (p) => p.vin),
  );

/** Personal data is the registering department's: anyone else sees it masked. */

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
    if (filter?.use) where.use = filter.use;
    return findPage(ctx.em, Vehicle, where, ["vin"], page);
  }

  @Query(() => EntryPermitConnection, { nullable: true, name: "entryPermits", description: "City-entry permits, by permit number." })
  entryPermitList(@Args() page: PageArgs, @Arg("filter", () => EntryPermitFilter, { nullable: true }) filter: EntryPermitFilter | undefined, @Ctx() ctx: HubContext) {
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = filter.vin.trim().toUpperCase();
    if (filter?.cityCode) where.cityCode = filter.cityCode;
    if (filter?.status) where.status = filter.status;
    if (filter?.validOn) Object.assign(where, { validFrom: { $lte: filter.validOn }, validTo: { $gte: filter.validOn } });
    return findPage(ctx.em, EntryPermit, where, ["permitNo"], page);
  }

  // Personal data: RESTRICTED whatever the dataset's class; the sharing layer masks it for other departments.
  @Shared(Dataset.VEHICLES, { mask: SharingMask.NAME })
  @FieldResolver(() => String, { nullable: true, description: "The owner's name: public security sees it; everyone else the family name only (张*)." })
  ownerName(@Root() v: Vehicle): string | null {
    return v.ownerName || null;
  }

  @Shared(Dataset.VEHICLES, { mask: SharingMask.ID_NUMBER })
  @FieldResolver(() => String, { nullable: true, description: "The owner's identity number: public security sees it; everyone else 4101**********1234." })
  ownerIdNumber(@Root() v: Vehicle): string | null {
    return v.ownerIdNumber || null;
  }

  @FieldResolver(() => [EntryPermit], { nullable: true, description: "The truck's city-entry permits, newest first." })
  entryPermits(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return permitsOfVehicleLoader(ctx).load(v.vin);
  }

  // Old versions say who owned the vehicle when: personal data with no useful mask, so owner only.
  @Shared(Dataset.VEHICLES, { mask: null })
  @FieldResolver(() => [RecordVersion], { nullable: true, description: "Every version of this registration, oldest first (public security only: the versions carry owner data)." })
  history(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, vehicleContribution).load([v.vin]);
  }

  @FieldResolver(() => [PlateRegistration], { description: "Every plate the vehicle has carried, oldest first." })
  plateHistory(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return platesOfVehicleLoader(ctx).load(v.vin);
  }
}

@Resolver(() => EntryPermit)
export class EntryPermitResolver {
  @FieldResolver(() => [RecordVersion], { description: "Every version of this permit, oldest first." })
  history(@Root() p: EntryPermit, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, entryPermitContribution).load([p.permitNo]);
  }
}
