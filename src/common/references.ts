import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Stubs for entities a subgraph only points at. `resolvable: false` tells the gateway this subgraph
 * cannot answer for them; it only hands out their key.
 */
@ObjectType("Region")
@Directive('@key(fields: "code", resolvable: false)')
export class RegionRef {
  @Field(() => ID)
  code!: string;
}

@ObjectType("Enterprise")
@Directive('@key(fields: "creditCode", resolvable: false)')
export class EnterpriseRef {
  @Field(() => ID)
  creditCode!: string;
}

@ObjectType("Vehicle")
@Directive('@key(fields: "vin", resolvable: false)')
export class VehicleRef {
  @Field(() => ID)
  vin!: string;
}

export const regionRef = (code: string): RegionRef => ({ code });
export const enterpriseRef = (creditCode: string): EnterpriseRef => ({ creditCode });
export const vehicleRef = (vin: string): VehicleRef => ({ vin });
