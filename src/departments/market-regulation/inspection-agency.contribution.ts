import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { InspectionAgencyStatus } from "./inspection-agency.entity.js";

@InputType({ description: "One emission inspection agency. Enums are strings so that a bad value rejects its row, not the batch." })
export class InspectionAgencyInput {
  @Field(() => String, { nullable: true, description: "The agency's code in the provincial inspection network." })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county (or city) where it is sited (checked)." })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the enterprise running the agency (checked)." })
  operatorCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "ACTIVE, SUSPENDED or REVOKED." })
  status?: string | null;
}

export const inspectionAgencyContribution: ContributionSpec<InspectionAgencyInput> = {
  dataset: Dataset.INSPECTION_AGENCIES,
  table: "market_regulation.inspection_agencies",
  key: ["code"],
  columns: [
    { name: "code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "operator_credit_code", type: "text" },
    { name: "status", type: "text" },
  ],
  validate(r, c) {
    return [
      c.code("code", r.code),
      c.text("name", r.name),
      c.region("regionCode", r.regionCode),
      c.creditCode("operatorCreditCode", r.operatorCreditCode),
      c.enumValue("status", r.status, Object.values(InspectionAgencyStatus)),
    ];
  },
};
