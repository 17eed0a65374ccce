import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

@Shared(Dataset.OBSERVATIONS)
@ObjectType({ description: "One station's hourly concentrations (µg/m³; CO in mg/m³). The hour is its start, China time." })
@Entity({ tableName: "observations", schema: "environment" })
export class Observation extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ fieldName: "station_code", type: "text" })
  stationCode!: string;

  @Field({ description: "Start of the hour." })
  @PrimaryKey({ type: "timestamptz" })
  hour!: Date;

  @Field(() => Float, { nullable: true })
  @Property({ type: "double", nullable: true })
  pm25!: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: "double", nullable: true })
  pm10!: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: "double", nullable: true })
  so2!: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: "double", nullable: true })
  no2!: number | null;

  @Field(() => Float, { nullable: true, description: "mg/m³." })
  @Property({ type: "double", nullable: true })
  co!: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: "double", nullable: true })
  o3!: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes sampled in the hour." })
  @Property({ fieldName: "minutes_sampled", type: "integer", nullable: true })
  minutesSampled!: number | null;

  @Field({ description: "Counts toward averages: at least 45 minutes sampled (GB 3095-2012 §8), or flagged valid by the station." })
  @Property({ type: "boolean" })
  valid!: boolean;
}
