import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { EmissionStage } from "../../common/graphql-enums.js";

export enum PlateColor {
  BLUE = "BLUE",
  YELLOW = "YELLOW",
  GREEN = "GREEN",
  YELLOW_GREEN = "YELLOW_GREEN",
  WHITE = "WHITE",
  BLACK = "BLACK",
}
registerEnumType(PlateColor, { name: "PlateColor", description: "GREEN is small new-energy, YELLOW_GREEN large new-energy." });

export enum VehicleType {
  HEAVY_TRUCK = "HEAVY_TRUCK",
  MEDIUM_TRUCK = "MEDIUM_TRUCK",
  LIGHT_TRUCK = "LIGHT_TRUCK",
  BUS = "BUS",
  CAR = "CAR",
  SPECIAL = "SPECIAL",
}
registerEnumType(VehicleType, { name: "VehicleType" });

export enum Fuel {
  DIESEL = "DIESEL",
  GASOLINE = "GASOLINE",
  NATURAL_GAS = "NATURAL_GAS",
  ELECTRIC = "ELECTRIC",
  HYBRID = "HYBRID",
  HYDROGEN = "HYDROGEN",
}
registerEnumType(Fuel, { name: "Fuel" });

// shared with the environment department's gate records, which record the stage a truck showed at a gate
export { EmissionStage };

export enum VehicleStatus {
  ACTIVE = "ACTIVE",
  SCRAPPED = "SCRAPPED",
  DEREGISTERED = "DEREGISTERED",
  SEIZED = "SEIZED",
}
registerEnumType(VehicleStatus, { name: "VehicleStatus" });

export enum VehicleUse {
  OPERATING_FREIGHT = "OPERATING_FREIGHT",
  OPERATING_PASSENGER = "OPERATING_PASSENGER",
  NON_OPERATING = "NON_OPERATING",
  BUS_TRANSIT = "BUS_TRANSIT",
  TAXI = "TAXI",
  SPECIAL_PURPOSE = "SPECIAL_PURPOSE",
}
registerEnumType(VehicleUse, { name: "VehicleUse", description: "使用性质 of the registration." });

/** Stages in order of stringency, for "CN3 and below" questions; NONE (pure electric) is outside it. */
export const STAGE_ORDER: EmissionStage[] = ["CN1", "CN2", "CN3", "CN4", "CN5", "CN6A", "CN6B"] as EmissionStage[];

@Shared(Dataset.VEHICLES)
@ObjectType({ description: "A registered motor vehicle (public security), keyed by VIN; the plate is looked up." })
@Directive('@key(fields: "vin")')
@Entity({ tableName: "vehicles", schema: "public_security" })
export class Vehicle extends Contributed {
  @Field(() => ID, { description: "17-character VIN (GB 16735)." })
  @PrimaryKey({ type: "text" })
  vin!: string;

  @Field(() => PlateColor)
  @Property({ fieldName: "plate_color", type: "text" })
  plateColor!: PlateColor;

  @Field(() => VehicleType)
  @Property({ fieldName: "vehicle_type", type: "text" })
  vehicleType!: VehicleType;

  @Field(() => Fuel)
  @Property({ type: "text" })
  fuel!: Fuel;

  @Field(() => EmissionStage)
  @Property({ fieldName: "emission_stage", type: "text" })
  emissionStage!: EmissionStage;

  @Field(() => DateScalar)
  @Property({ fieldName: "registered_on", type: "date" })
  registeredOn!: string;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => RegionRef)
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field(() => VehicleStatus)
  @Property({ type: "text" })
  status!: VehicleStatus;

  @Field(() => String, { nullable: true, description: "The plate assigned now; null when none is." })
  @Property({ type: "text", nullable: true })
  plate!: string | null;

  @Field(() => VehicleUse)
  @Property({ type: "text" })
  use!: VehicleUse;

  @Property({ fieldName: "owner_name", type: "text", nullable: true })
  ownerName!: string | null;

  @Property({ fieldName: "owner_id_number", type: "text", nullable: true })
  ownerIdNumber!: string | null;
}

@Shared(Dataset.VEHICLES)
@ObjectType({ description: "A plate assigned to a vehicle for a period; plates are re-issued, so the VIN is the key." })
@Entity({ tableName: "plate_registrations", schema: "public_security" })
@Index({ properties: ["plate", "validFrom"] })
export class PlateRegistration {
  @Field()
  @PrimaryKey({ type: "text" })
  plate!: string;

  @Field({ description: "Start of the assignment." })
  @PrimaryKey({ fieldName: "valid_from", type: "timestamptz" })
  validFrom!: Date;

  @Field(() => ID)
  @Property({ type: "text" })
  vin!: string;

  @Field(() => Date, { nullable: true, description: "End of the assignment; null while current." })
  @Property({ fieldName: "valid_to", type: "timestamptz", nullable: true })
  validTo!: Date | null;
}
