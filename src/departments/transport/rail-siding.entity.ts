import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum RailSidingStatus {
  PLANNED = "PLANNED",
  UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION",
  IN_SERVICE = "IN_SERVICE",
}
registerEnumType(RailSidingStatus, { name: "RailSidingStatus", description: "Where a railway siding project stands." });

/** The largest plausible yearly bulk freight of one siding, in 10,000 t: above it is a unit error (tonnes for 万吨). */
export const MAX_ANNUAL_TONNAGE = 100_000;

@Shared(Dataset.RAIL_SIDINGS)
@ObjectType({
  description: "A railway siding (铁路专用线) of an enterprise: bulk freight moved from road to rail (公转铁).",
})
@Entity({ tableName: "rail_sidings", schema: "transport" })
@Index({ properties: ["enterpriseCreditCode"] })
@Index({ properties: ["regionCode"] })
export class RailSiding extends Contributed {
  @Field(() => ID, { description: "The siding project's code." })
  @PrimaryKey({ fieldName: "project_code", type: "text" })
  projectCode!: string;

  @Property({ fieldName: "enterprise_credit_code", type: "text" })
  enterpriseCreditCode!: string;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => RegionRef, { description: "The county (or city) where the siding is." })
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field(() => RailSidingStatus)
  @Property({ type: "text" })
  status!: RailSidingStatus;

  @Field(() => Float, {
    description: `Bulk freight the siding carries a year, in 10,000 t (万吨), 0 to ${MAX_ANNUAL_TONNAGE.toLocaleString("en")}; planned or designed capacity unless IN_SERVICE.`,
  })
  @Property({ fieldName: "annual_tonnage", type: "double" })
  annualTonnage!: number;
}
