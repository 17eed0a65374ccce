import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { inspectionsOfVehicleLoader } from "./loaders.js";
import { VehicleInspection } from "./vehicle-inspection.entity.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** Market regulation's view of a vehicle (owned by public security): its emission inspections. */
@Shared(Dataset.VEHICLES)
@ObjectType("Vehicle")
@Directive('@key(fields: "vin")')
export class Vehicle {
  @Field(() => ID)
  vin!: string;
}

@Resolver(() => Vehicle)
export class VehicleInspectionsResolver {
  @FieldResolver(() => [VehicleInspection], { nullable: true, description: "The vehicle's emission inspections, newest first." })
  inspections(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<VehicleInspection[]> {
    return inspectionsOfVehicleLoader(ctx).load(v.vin);
  }

  @FieldResolver(() => VehicleInspection, { nullable: true, description: "The vehicle's latest emission inspection; null when it has none." })
  async lastInspection(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<VehicleInspection | null> {
    // the same loader as `inspections`: asking for both costs one statement
    return (await inspectionsOfVehicleLoader(ctx).load(v.vin))[0] ?? null;
  }
}
