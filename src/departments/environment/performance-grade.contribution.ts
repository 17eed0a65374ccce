import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { PerformanceGrade } from "./performance-grade.entity.js";

@InputType({ description: "One enterprise's performance grade." })
export class PerformanceGradeInput {
  @Field(() => String, { nullable: true, description: "Credit code of the graded enterprise (checked)." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "A, B, B_MINUS, C, D or LEADING." })
  grade?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future." })
  gradedOn?: string | null;
}

export const performanceGradeContribution: ContributionSpec<PerformanceGradeInput> = {
  dataset: Dataset.PERFORMANCE_GRADES,
  table: "environment.performance_grades",
  key: ["credit_code"],
  columns: [
    { name: "credit_code", type: "text" },
    { name: "grade", type: "text" },
    { name: "graded_on", type: "date" },
  ],
  validate(r, c, v) {
    return [c.creditCode("creditCode", r.creditCode), c.enumValue("grade", r.grade, Object.values(PerformanceGrade)), c.date("gradedOn", r.gradedOn, { notAfter: v.today })];
  },
};
