import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum PerformanceGrade {
  A = "A",
  B = "B",
  B_MINUS = "B_MINUS",
  C = "C",
  D = "D",
  LEADING = "LEADING",
}
registerEnumType(PerformanceGrade, {
  name: "PerformanceGrade",
  description: "绩效分级 of the emergency-reduction grading guide; LEADING is 引领性.",
});

@Shared(Dataset.PERFORMANCE_GRADES)
@ObjectType({ description: "An enterprise's performance grade as the environment department assessed it." })
@Entity({ tableName: "performance_grades", schema: "environment" })
export class PerformanceGradeRecord extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field(() => PerformanceGrade)
  @Property({ type: "text" })
  grade!: PerformanceGrade;

  @Field(() => DateScalar, { description: "The day the grade was assessed." })
  @Property({ fieldName: "graded_on", type: "date" })
  gradedOn!: string;
}

