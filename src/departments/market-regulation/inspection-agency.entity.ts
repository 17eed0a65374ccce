import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum InspectionAgencyStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
}
registerEnumType(InspectionAgencyStatus, { name: "InspectionAgencyStatus", description: "Whether the agency's accreditation (检验检测机构资质认定) is in force, suspended or revoked." });

@Shared(Dataset.INSPECTION_AGENCIES)
@ObjectType({ description: "A motor-vehicle emission inspection agency (机动车排放检验机构, I站), accredited by market regulation." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "inspection_agencies", schema: "market_regulation" })
@Index({ properties: ["regionCode"] })
export class InspectionAgency extends Contributed {
  @Field(() => ID, { description: "The agency's code in the provincial inspection network." })
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => RegionRef, { description: "The county (or city) where the agency is sited." })
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Property({ fieldName: "operator_credit_code", type: "text" })
  operatorCreditCode!: string;

  @Field(() => InspectionAgencyStatus)
  @Property({ type: "text" })
  status!: InspectionAgencyStatus;
}
