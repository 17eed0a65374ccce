import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef } from "../../common/references.js";
import { SiteKind } from "../../common/site.js";
import { Site } from "./site.interface.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum FuelStationStatus {
  OPERATING = "OPERATING",
  SUSPENDED = "SUSPENDED",
  CLOSED = "CLOSED",
}
registerEnumType(FuelStationStatus, { name: "FuelStationStatus" });

@Shared(Dataset.FUEL_STATIONS)
@ObjectType({ implements: Site, description: "A filling station (market-regulation registry)." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "fuel_stations", schema: "market_regulation" })
export class FuelStation extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Field(() => SiteKind)
  get kind(): SiteKind {
    return SiteKind.FUEL_STATION;
  }

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  get region() {
    return regionRef(this.regionCode);
  }

  @Field(() => Float)
  @Property({ type: "double" })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: "double" })
  longitude!: number;

  @Property({ fieldName: "operator_credit_code", type: "text" })
  operatorCreditCode!: string;

  @Field(() => FuelStationStatus)
  @Property({ type: "text" })
  status!: FuelStationStatus;
}
