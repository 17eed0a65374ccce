import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum DustViolationType {
  NO_FENCING = "NO_FENCING",
  UNCOVERED_MATERIAL = "UNCOVERED_MATERIAL",
  NO_WASHING = "NO_WASHING",
  DUST_EXCEEDANCE = "DUST_EXCEEDANCE",
  OTHER = "OTHER",
}
registerEnumType(DustViolationType, {
  name: "DustViolationType",
  description: "What a construction site was penalised for.",
  valuesConfig: {
    NO_FENCING: { description: "未按要求设置围挡" },
    UNCOVERED_MATERIAL: { description: "物料、土方未覆盖" },
    NO_WASHING: { description: "出入车辆未清洗" },
    DUST_EXCEEDANCE: { description: "扬尘在线监测超标" },
    OTHER: { description: "其他扬尘违法行为" },
  },
});

/** The largest plausible penalty, CNY. */
export const MAX_PENALTY_CNY = 10_000_000;

@Shared(Dataset.DUST_VIOLATIONS)
@ObjectType({ description: "A dust-control violation (扬尘违法行为) found at a construction site, and its penalty." })
@Entity({ tableName: "dust_violations", schema: "housing" })
@Index({ properties: ["siteCode", "occurredOn"] })
@Index({ properties: ["occurredOn", "violationId"] })
export class DustViolation extends Contributed {
  @Field(() => ID, { description: "The penalty decision's identifier." })
  @PrimaryKey({ fieldName: "violation_id", type: "text" })
  violationId!: string;

  @Field(() => ID, { description: "Code of the construction site." })
  @Property({ fieldName: "site_code", type: "text" })
  siteCode!: string;

  @Field(() => DateScalar, { description: "The day of the violation." })
  @Property({ fieldName: "occurred_on", type: "date" })
  occurredOn!: string;

  @Field(() => DustViolationType)
  @Property({ type: "text" })
  type!: DustViolationType;

  @Field(() => Float, { description: `Penalty in CNY, 0 to ${MAX_PENALTY_CNY.toLocaleString("en")}.` })
  @Property({ fieldName: "penalty_cny", type: "double" })
  penaltyCny!: number;
}
