import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/*
 * Evidence of vehicle emissions the environment department collects on the road: remote-sensing tests
 * (遥感监测), black-smoke camera captures (黑烟抓拍) and the OBD records heavy diesel trucks send
 * (重型柴油车远程在线监控). Vehicles are keyed by VIN, as public security registers them.
 */

/** The environment department's view of a vehicle (owned by public security): the evidence on its emissions. */
@Shared(Dataset.VEHICLES)
@ObjectType("Vehicle")
@Directive('@key(fields: "vin")')
export class Vehicle {
  @Field(() => ID)
  vin!: string;
}

export enum RemoteSensingResult {
  PASS = "PASS",
  FAIL = "FAIL",
}
registerEnumType(RemoteSensingResult, {
  name: "RemoteSensingResult",
  description: "Whether a remote-sensing test found the vehicle within the limits of HJ 845-2017 (diesel) or GB 18285-2018 (petrol).",
});

/** Plausible upper bounds of the measured values; above them is a unit error. */
export const REMOTE_SENSING_LIMITS = { noPpm: 10_000, hcPpm: 10_000, coPercent: 15, opacityPercent: 100 } as const;
export type RemoteSensingValueName = keyof typeof REMOTE_SENSING_LIMITS;

@Shared(Dataset.REMOTE_SENSING)
@ObjectType({ description: "What a remote-sensing test measured; a value the site did not measure is null." })
export class RemoteSensingValues {
  @Field(() => Float, { nullable: true, description: "Nitric oxide, ppm." })
  noPpm?: number | null;

  @Field(() => Float, { nullable: true, description: "Hydrocarbons, ppm." })
  hcPpm?: number | null;

  @Field(() => Float, { nullable: true, description: "Carbon monoxide, % by volume." })
  coPercent?: number | null;

  @Field(() => Float, { nullable: true, description: "Smoke opacity (不透光度), %." })
  opacityPercent?: number | null;
}

@Shared(Dataset.REMOTE_SENSING)
@ObjectType({ description: "A roadside remote-sensing test of a passing vehicle's exhaust (遥感监测)." })
@Entity({ tableName: "remote_sensing_tests", schema: "environment" })
@Index({ properties: ["vin", "at"] })
@Index({ properties: ["at", "testId"] })
export class RemoteSensingTest extends Contributed {
  @Field(() => ID, { description: "The test's id at the remote-sensing network." })
  @PrimaryKey({ fieldName: "test_id", type: "text" })
  testId!: string;

  @Field(() => ID, { description: "VIN of the tested vehicle." })
  @Property({ type: "text" })
  vin!: string;

  @Field({ description: "The remote-sensing site, e.g. 郑州G107国道遥感点." })
  @Property({ fieldName: "site_name", type: "text" })
  siteName!: string;

  @Field({ description: "When the vehicle passed the site." })
  @Property({ type: "timestamptz" })
  at!: Date;

  @Field(() => RemoteSensingResult)
  @Property({ type: "text" })
  result!: RemoteSensingResult;

  @Field(() => RemoteSensingValues, { description: "The measured values." })
  @Property({ fieldName: "measured_values", type: "json" })
  values!: RemoteSensingValues;
}

@Shared(Dataset.BLACK_SMOKE)
@ObjectType({ description: "A camera capture of a vehicle emitting black smoke (黑烟抓拍), graded on the Ringelmann scale." })
@Entity({ tableName: "black_smoke_captures", schema: "environment" })
@Index({ properties: ["vin", "at"] })
@Index({ properties: ["at", "captureId"] })
export class BlackSmokeCapture extends Contributed {
  @Field(() => ID, { description: "The capture's id at the camera network." })
  @PrimaryKey({ fieldName: "capture_id", type: "text" })
  captureId!: string;

  @Field(() => ID, { description: "VIN of the captured vehicle." })
  @Property({ type: "text" })
  vin!: string;

  @Field({ description: "The plate the camera read." })
  @Property({ type: "text" })
  plate!: string;

  @Field({ description: "When the camera captured the vehicle." })
  @Property({ type: "timestamptz" })
  at!: Date;

  @Field({ description: "The camera's site, e.g. 洛阳G310国道黑烟抓拍点." })
  @Property({ fieldName: "camera_site", type: "text" })
  cameraSite!: string;

  @Field(() => Int, { description: "Ringelmann smoke level (林格曼黑度), 0 to 5; level 1 and above is visible smoke." })
  @Property({ type: "integer" })
  ringelmann!: number;
}

@Shared(Dataset.OBD_RECORDS)
@ObjectType({ description: "A record a heavy diesel truck's on-board diagnostics sent to the remote monitoring platform (OBD 远程在线监控)." })
@Entity({ tableName: "obd_records", schema: "environment" })
@Index({ properties: ["at", "vin"] })
export class ObdRecord extends Contributed {
  @Field(() => ID, { description: "VIN of the truck." })
  @PrimaryKey({ type: "text" })
  vin!: string;

  @Field({ description: "When the truck recorded it; one record per truck and instant." })
  @PrimaryKey({ type: "timestamptz" })
  at!: Date;

  @Field(() => Float, { description: "NOx at the tailpipe sensor, ppm (0 to 5,000)." })
  @Property({ fieldName: "nox_ppm", type: "double" })
  noxPpm!: number;

  @Field(() => [String], { description: "The fault codes the OBD flagged (e.g. P20EE, SCR efficiency below threshold); empty when none." })
  @Property({ fieldName: "fault_flags", type: "json" })
  faultFlags!: string[];
}
