import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { Vehicle } from "./federated.js";
import { LicenceStatus, operatingLicence, type OperatingLicence } from "./operating-licence.dataset.js";
import { phaseOut } from "./phase-out.dataset.js";
import { repair, type Repair } from "./repair.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

export const licencesOfVehicleLoader = (ctx: HubContext) =>
  loader<string, OperatingLicence[]>(ctx, "tr.licencesOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(operatingLicence.entity, { vin: { $in: [...vins] } }, { orderBy: { validTo: "desc", licenceNo: "asc" } }), (l) => l.vin),
  );

export const repairsOfVehicleLoader = (ctx: HubContext) =>
  loader<string, Repair[]>(ctx, "tr.repairsOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(repair.entity, { vin: { $in: [...vins] } }, { orderBy: { repairedAt: "desc", repairNo: "asc" } }), (r) => r.vin),
  );

/** What transport's datasets add to a vehicle: its licence, phase-out and repairs. */
@Resolver(() => Vehicle)
export class VehicleTransportResolver {
  @FieldResolver(() => operatingLicence.entity, {
    nullable: true,
    description: "The vehicle's operating licence: the valid one if any, else the latest; null when it never had one.",
  })
  async operatingLicence(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<OperatingLicence | null> {
    const all = await licencesOfVehicleLoader(ctx).load(v.vin);
    return all.find((l) => l.status === LicenceStatus.VALID) ?? all[0] ?? null;
  }

  @FieldResolver(() => phaseOut.entity, { nullable: true, description: "The phase-out of this 国三-or-below diesel truck; null when it is not on the list." })
  phaseOut(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return phaseOut.loader(ctx).load(v.vin);
  }

  @FieldResolver(() => [repair.entity], { nullable: true, description: "The vehicle's M-station repairs, newest first." })
  repairs(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return repairsOfVehicleLoader(ctx).load(v.vin);
  }
}

export const parts: SubgraphParts = { resolvers: [VehicleTransportResolver] };
