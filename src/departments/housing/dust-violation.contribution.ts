import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { SITE_REFERENCE } from "./dust-check.contribution.js";
import { DustViolationType, MAX_PENALTY_CNY } from "./dust-violation.entity.js";

@InputType({ description: "One dust-control violation at a construction site." })
export class DustViolationInput {
  @Field(() => String, { nullable: true, description: "The penalty decision's identifier: letters, digits, - and _." })
  violationId?: string | null;

  @Field(() => String, { nullable: true, description: "A registered construction site." })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: "The day of the violation, YYYY-MM-DD, not in the future." })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true, description: "NO_FENCING, UNCOVERED_MATERIAL, NO_WASHING, DUST_EXCEEDANCE or OTHER." })
  type?: string | null;

  @Field(() => Float, { nullable: true, description: `Penalty in CNY, 0 to ${MAX_PENALTY_CNY.toLocaleString("en")}.` })
  penaltyCny?: number | null;
}

export const dustViolationContribution: ContributionSpec<DustViolationInput> = {
  dataset: Dataset.DUST_VIOLATIONS,
  table: "housing.dust_violations",
  key: ["violation_id"],
  columns: [
    { name: "violation_id", type: "text" },
    { name: "site_code", type: "text" },
    { name: "occurred_on", type: "date" },
    { name: "type", type: "text" },
    { name: "penalty_cny", type: "double precision" },
  ],
  references: [SITE_REFERENCE],
  validate(r, c, v) {
    return [
      c.code("violationId", r.violationId),
      c.code("siteCode", r.siteCode),
      c.date("occurredOn", r.occurredOn, { notAfter: v.today }),
      c.enumValue("type", r.type, Object.values(DustViolationType)),
      c.number("penaltyCny", r.penaltyCny, 0, MAX_PENALTY_CNY, "CNY"),
    ];
  },
};
