import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { ComplianceResult } from "./compliance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum InspectionMethod {
  DOUBLE_IDLE = "DOUBLE_IDLE",
  STEADY_STATE_LOADED = "STEADY_STATE_LOADED",
  TRANSIENT_LOADED = "TRANSIENT_LOADED",
  LUG_DOWN = "LUG_DOWN",
  FREE_ACCELERATION = "FREE_ACCELERATION",
}
registerEnumType(InspectionMethod, {
  name: "InspectionMethod",
  description: "Test procedures of GB 18285-2018 (spark ignition) and GB 3847-2018 (compression ignition).",
  valuesConfig: {
    DOUBLE_IDLE: { description: "双怠速法 (GB 18285)." },
    STEADY_STATE_LOADED: { description: "稳态工况法, ASM (GB 18285)." },
    TRANSIENT_LOADED: { description: "简易瞬态工况法, VMAS (GB 18285)." },
    LUG_DOWN: { description: "加载减速法 (GB 3847)." },
    FREE_ACCELERATION: { description: "自由加速法 (GB 3847)." },
  },
});

@Shared(Dataset.VEHICLE_INSPECTIONS)
@ObjectType({ description: "A periodic emission inspection of a vehicle at an inspection agency (机动车排放定期检验)." })
@Directive('@key(fields: "inspectionNo")')
@Entity({ tableName: "vehicle_inspections", schema: "market_regulation" })
@Index({ properties: ["vin", "inspectedAt"] })
@Index({ properties: ["agencyCode", "inspectedAt"] })
export class VehicleInspection extends Contributed {
  @Field(() => ID, { description: "The inspection report's number." })
  @PrimaryKey({ fieldName: "inspection_no", type: "text" })
  inspectionNo!: string;

  @Field(() => ID, { description: "VIN of the inspected vehicle." })
  @Property({ type: "text" })
  vin!: string;

  @Property({ fieldName: "agency_code", type: "text" })
  agencyCode!: string;

  @Field({ description: "When the test was run." })
  @Property({ fieldName: "inspected_at", type: "timestamptz" })
  inspectedAt!: Date;

  @Field(() => InspectionMethod)
  @Property({ type: "text" })
  method!: InspectionMethod;

  @Field(() => ComplianceResult)
  @Property({ type: "text" })
  result!: ComplianceResult;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "The measured values by name, each a number ≥ 0 in the method's unit (e.g. {\"opacityK\": 0.42} m⁻¹); null when not reported.",
  })
  @Property({ fieldName: "measured_values", type: "json", nullable: true })
  measuredValues!: Record<string, number> | null;
}
