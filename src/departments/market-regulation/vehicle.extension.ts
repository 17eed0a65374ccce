import { entityView } from "../../common/references.js";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { vehicleInspection, type VehicleInspection } from "./vehicle-inspection.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

/** Market regulation's view of a vehicle (owned by public security): its emission inspections. */
export const Vehicle = entityView("Vehicle", "vin", Dataset.VEHICLES);
export type Vehicle = InstanceType<typeof Vehicle>;

/** A vehicle's inspections, newest first: `Vehicle.inspections` and `Vehicle.lastInspection` both read it. */
const inspectionsOfVehicleLoader = vehicleInspection.loaderBy("vin", { inspectedAt: "desc", inspectionNo: "desc" });

@Resolver(() => Vehicle)
export class VehicleInspectionsResolver {
  @FieldResolver(() => [vehicleInspection.entity], { nullable: true, description: "The vehicle's emission inspections, newest first." })
  inspections(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<VehicleInspection[]> {
    return inspectionsOfVehicleLoader(ctx).load(v.vin);
  }

  @FieldResolver(() => vehicleInspection.entity, { nullable: true, description: "The vehicle's latest emission inspection; null when it has none." })
  async lastInspection(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<VehicleInspection | null> {
    // the same loader as `inspections`: asking for both costs one statement
    return (await inspectionsOfVehicleLoader(ctx).load(v.vin))[0] ?? null;
  }
}

@Resolver(() => vehicleInspection.entity)
export class InspectedVehicleResolver {
  @FieldResolver(() => Vehicle, { nullable: true, description: "The inspected vehicle (registered by public security); null when not registered." })
  vehicle(@Root() i: VehicleInspection): Vehicle {
    return { vin: i.vin };
  }
}

export const parts: SubgraphParts = { resolvers: [VehicleInspectionsResolver, InspectedVehicleResolver] };
