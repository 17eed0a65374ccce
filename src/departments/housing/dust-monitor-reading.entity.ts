import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** Highest PM10 an hour can plausibly show at a site, µg/m³; above it the value is a unit or typing error. */
export const MAX_SITE_PM10 = 5000;

/** The hourly PM10 above which an hour counts as an exceedance when no threshold is given, µg/m³. */
export const DEFAULT_PM10_THRESHOLD = 150;

@Shared(Dataset.DUST_MONITOR_READINGS)
@ObjectType({ description: "One hour of a construction site's online dust monitor (扬尘在线监测): mean PM10 of the hour. The hour is its start." })
@Entity({ tableName: "dust_monitor_readings", schema: "housing" })
export class DustMonitorReading extends Contributed {
  @Field(() => ID, { description: "Code of the construction site monitored." })
  @PrimaryKey({ fieldName: "site_code", type: "text" })
  siteCode!: string;

  @Field({ description: "Start of the hour." })
  @PrimaryKey({ type: "timestamptz" })
  hour!: Date;

  @Field(() => Float, { description: `Mean PM10 of the hour, µg/m³ (0 to ${MAX_SITE_PM10}).` })
  @Property({ type: "double" })
  pm10!: number;
}
