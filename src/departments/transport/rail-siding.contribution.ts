import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { MAX_ANNUAL_TONNAGE, RailSidingStatus } from "./rail-siding.entity.js";

@InputType({ description: "One railway siding." })
export class RailSidingInput {
  @Field(() => String, { nullable: true, description: "The siding project's code: letters, digits, - and _." })
  projectCode?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the enterprise the siding serves (checked)." })
  enterpriseCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county (or city)." })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "PLANNED, UNDER_CONSTRUCTION or IN_SERVICE." })
  status?: string | null;

  @Field(() => Float, { nullable: true, description: `Yearly bulk freight in 10,000 t (万吨), 0 to ${MAX_ANNUAL_TONNAGE.toLocaleString("en")}.` })
  annualTonnage?: number | null;
}

export const railSidingContribution: ContributionSpec<RailSidingInput> = {
  dataset: Dataset.RAIL_SIDINGS,
  table: "transport.rail_sidings",
  key: ["project_code"],
  columns: [
    { name: "project_code", type: "text" },
    { name: "enterprise_credit_code", type: "text" },
    { name: "region_code", type: "text" },
    { name: "status", type: "text" },
    { name: "annual_tonnage", type: "double precision" },
  ],
  validate(r, c) {
    return [
      c.code("projectCode", r.projectCode),
      c.creditCode("enterpriseCreditCode", r.enterpriseCreditCode),
      c.region("regionCode", r.regionCode),
      c.enumValue("status", r.status, Object.values(RailSidingStatus)),
      c.number("annualTonnage", r.annualTonnage, 0, MAX_ANNUAL_TONNAGE, "×10,000 t"),
    ];
  },
};
