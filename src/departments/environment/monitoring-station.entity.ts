import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { SiteKind } from "../../common/site.js";
import { Site } from "./site.interface.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum StationControlLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  CITY = "CITY",
}
registerEnumType(StationControlLevel, { name: "StationControlLevel", description: "国控 / 省控 / 市控." });

export enum StationType {
  URBAN = "URBAN",
  TRAFFIC = "TRAFFIC",
  BACKGROUND = "BACKGROUND",
  MOUNTAIN = "MOUNTAIN",
  VOC = "VOC",
  COMPONENT = "COMPONENT",
}
registerEnumType(StationType, { name: "StationType" });

@Shared(Dataset.MONITORING_STATIONS)
@ObjectType({ implements: Site, description: "An air-quality monitoring station (environment department)." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "monitoring_stations", schema: "environment" })
export class MonitoringStation extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Field(() => SiteKind)
  get kind(): SiteKind {
    return SiteKind.MONITORING_STATION;
  }

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => Float)
  @Property({ type: "double" })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: "double" })
  longitude!: number;

  @Field(() => StationControlLevel)
  @Property({ fieldName: "control_level", type: "text" })
  controlLevel!: StationControlLevel;

  @Field(() => StationType)
  @Property({ fieldName: "station_type", type: "text" })
  stationType!: StationType;
}
