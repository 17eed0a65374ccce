import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/**
 * The six measures of the "six 100%" (六个百分之百) of construction-dust control, as the columns that
 * record them: a check passes when every one is in place.
 */
export const DUST_MEASURES = [
  { field: "fencing", column: "fencing", zh: "施工工地周边100%围挡" },
  { field: "coveredStockpiles", column: "covered_stockpiles", zh: "物料堆放100%覆盖" },
  { field: "hardenedRoads", column: "hardened_roads", zh: "施工现场路面100%硬化" },
  { field: "vehicleWashing", column: "vehicle_washing", zh: "出入车辆100%清洗" },
  { field: "wetEarthwork", column: "wet_earthwork", zh: "土方开挖100%湿法作业" },
  { field: "sealedTransport", column: "sealed_transport", zh: "渣土车辆100%密闭运输" },
] as const;

export type DustMeasure = (typeof DUST_MEASURES)[number]["field"];

@Shared(Dataset.DUST_CHECKS)
@ObjectType({
  description:
    "An inspection of a construction site against the \"six 100%\" (六个百分之百) of dust control: fencing, covered stockpiles, hardened roads, vehicle washing, wet earthwork and sealed muck transport.",
})
@Entity({ tableName: "dust_checks", schema: "housing" })
@Index({ properties: ["siteCode", "checkedOn"] })
@Index({ properties: ["checkedOn", "checkId"] })
export class DustCheck extends Contributed {
  @Field(() => ID, { description: "The inspection record's identifier." })
  @PrimaryKey({ fieldName: "check_id", type: "text" })
  checkId!: string;

  @Field(() => ID, { description: "Code of the construction site inspected." })
  @Property({ fieldName: "site_code", type: "text" })
  siteCode!: string;

  @Field(() => DateScalar, { description: "The day of the inspection." })
  @Property({ fieldName: "checked_on", type: "date" })
  checkedOn!: string;

  @Field({ description: "施工工地周边100%围挡: the site is fenced all round." })
  @Property({ type: "boolean" })
  fencing!: boolean;

  @Field({ description: "物料堆放100%覆盖: stockpiles of earth and materials are covered." })
  @Property({ fieldName: "covered_stockpiles", type: "boolean" })
  coveredStockpiles!: boolean;

  @Field({ description: "施工现场路面100%硬化: the site's roads are hardened." })
  @Property({ fieldName: "hardened_roads", type: "boolean" })
  hardenedRoads!: boolean;

  @Field({ description: "出入车辆100%清洗: vehicles leaving the site are washed." })
  @Property({ fieldName: "vehicle_washing", type: "boolean" })
  vehicleWashing!: boolean;

  @Field({ description: "土方开挖100%湿法作业: earthwork is done wet." })
  @Property({ fieldName: "wet_earthwork", type: "boolean" })
  wetEarthwork!: boolean;

  @Field({ description: "渣土车辆100%密闭运输: muck trucks are sealed." })
  @Property({ fieldName: "sealed_transport", type: "boolean" })
  sealedTransport!: boolean;

  @Field({ description: "Name of the inspector." })
  @Property({ type: "text" })
  inspector!: string;

  @Field({ description: "All six measures in place; derived, never contributed." })
  get passed(): boolean {
    return DUST_MEASURES.every((m) => this[m.field]);
  }
}
