import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { DateTimeScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Vehicle, vehicles } from "./vehicle.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

/**
 * Public security's part of the environment department's gate records: the vehicle behind the plate at
 * the instant the truck passed the gate. The record's key carries the plate and the instant, so this
 * reads only public security's own registrations.
 */
@Shared(Dataset.GATE_RECORDS)
@ObjectType("GateRecord")
@Directive('@key(fields: "creditCode gateId passedAt plate")')
export class GateRecordVehicle {
  @Field(() => ID)
  creditCode!: string;

  @Field(() => ID)
  gateId!: string;

  @Field(() => DateTimeScalar)
  passedAt!: Date;

  @Field()
  plate!: string;
}

/** The VIN a plate was assigned to at an instant, for many (plate, instant) pairs in one statement. */
const vinAtLoader = (ctx: HubContext) =>
  loader<{ plate: string; at: Date }, string | null>(
    ctx,
    "ps.vinAt",
    async (keys) => {
      const { rows } = await ctx.db.query<{ i: string; vin: string }>(
        `select k.i::text as i, r.vin
           from unnest($1::text[], $2::timestamptz[]) with ordinality as k(plate, at, i)
           join public_security.plate_registrations r
             on r.plate = k.plate and r.valid_from <= k.at and (r.valid_to is null or r.valid_to > k.at)`,
        [keys.map((k) => k.plate), keys.map((k) => k.at)],
      );
      const vinOf = new Map(rows.map((r) => [Number(r.i), r.vin]));
      return keys.map((_, i) => vinOf.get(i + 1) ?? null);
    },
    (k) => `${k.plate}|${k.at.toISOString()}`,
  );

@Resolver(() => GateRecordVehicle)
export class GateRecordVehicleResolver {
  @FieldResolver(() => Vehicle, { nullable: true, description: "The registered vehicle the plate was assigned to when the truck passed the gate; null for a plate not registered then." })
  async vehicle(@Root() g: GateRecordVehicle, @Ctx() ctx: HubContext): Promise<Vehicle | null> {
    const vin = await vinAtLoader(ctx).load({ plate: g.plate, at: new Date(g.passedAt) });
    return vin ? vehicles.loader(ctx).load(vin) : null;
  }
}

export const parts: SubgraphParts = {
  resolvers: [GateRecordVehicleResolver],
  orphanedTypes: [GateRecordVehicle],
  // the key carries everything the vehicle lookup needs
  references: { GateRecord: (ref: GateRecordVehicle) => ref },
};
