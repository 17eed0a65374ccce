import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type HubContext } from "../../common/context.js";
import { Vehicle } from "./federated.js";
import { LicenceStatus, operatingLicence, type OperatingLicence } from "./operating-licence.dataset.js";
import { phaseOut } from "./phase-out.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

const licencesOfVehicle = operatingLicence.loaderBy("vin", { validTo: "desc", licenceNo: "asc" });

/** What transport's datasets add to a vehicle: its licence and phase-out (its repairs: the repairs' declaration). */
@Resolver(() => Vehicle)
export class VehicleTransportResolver {
  @FieldResolver(() => operatingLicence.entity, {
    nullable: true,
    description: "The vehicle's operating licence: the valid one if any, else the latest; null when it never had one.",
  })
  async operatingLicence(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<OperatingLicence | null> {
    const all = await licencesOfVehicle(ctx).load(v.vin);
    return all.find((l) => l.status === LicenceStatus.VALID) ?? all[0] ?? null;
  }

  @FieldResolver(() => phaseOut.entity, { nullable: true, description: "The phase-out of this 国三-or-below diesel truck; null when it is not on the list." })
  phaseOut(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return phaseOut.loader(ctx).load(v.vin);
  }
}

export const parts: SubgraphParts = { resolvers: [VehicleTransportResolver] };
