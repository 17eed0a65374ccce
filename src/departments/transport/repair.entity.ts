import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

@Shared(Dataset.REPAIRS)
@ObjectType({
  description:
    "A repair at a maintenance station (M站) in the inspection/maintenance (I/M) loop: a vehicle that failed an emission test is repaired, then retested.",
})
@Entity({ tableName: "repairs", schema: "transport" })
@Index({ properties: ["vin", "repairedAt"] })
@Index({ properties: ["stationCode", "repairedAt"] })
@Index({ properties: ["repairedAt", "repairNo"] })
export class Repair extends Contributed {
  @Field(() => ID, { description: "The station's repair-order number." })
  @PrimaryKey({ fieldName: "repair_no", type: "text" })
  repairNo!: string;

  @Field(() => ID, { description: "VIN of the repaired vehicle." })
  @Property({ type: "text" })
  vin!: string;

  @Field(() => ID, { description: "Code of the M station that did the repair." })
  @Property({ fieldName: "station_code", type: "text" })
  stationCode!: string;

  @Field({ description: "When the repair was finished." })
  @Property({ fieldName: "repaired_at", type: "timestamptz" })
  repairedAt!: Date;

  @Field(() => [String], { description: "What was repaired or replaced, one entry per item (e.g. 更换DPF), at least one." })
  @Property({ type: "json" })
  items!: string[];

  @Field(() => Boolean, { nullable: true, description: "Whether the emission retest after the repair passed; null while not yet retested." })
  @Property({ fieldName: "retest_passed", type: "boolean", nullable: true })
  retestPassed!: boolean | null;
}
