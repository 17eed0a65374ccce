import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { Enterprise } from "./enterprise.extension.js";
import type { SubgraphParts } from "../../common/federation.js";

export const PerformanceGrade = defineEnum(
  "PerformanceGrade",
  {
    A: "Grade A, the best: chooses its own reductions during a warning.",
    B: "Grade B: owes the measure mandated for the warning level.",
    B_MINUS: "Grade B- (B级-): owes the mandated measure, stricter than B.",
    C: "Grade C: owes the mandated measure, stricter than B-.",
    D: "Grade D, the worst: owes the strictest measure; the plan aims at none left by 2021.",
    LEADING: "Leading (引领性), for industries graded that way: chooses its own reductions, like A.",
  }, "绩效分级 of the emergency-reduction grading guide; LEADING is 引领性.");
export type PerformanceGrade = EnumOf<typeof PerformanceGrade>;

export const performanceGrades = defineDataset({
  dataset: Dataset.PERFORMANCE_GRADES,
  sharing: "OPEN",
  catalogue: "Enterprises' environmental performance grades (A, B, C, D) for emergency measures.",
  name: "PerformanceGradeRecord",
  description: "An enterprise's performance grade as the environment department assessed it.",
  table: "environment.performance_grades",
  key: ["creditCode"],
  fields: {
    creditCode: { type: "ID", description: "The graded enterprise's unified social credit code.", input: "Credit code of the graded enterprise (checked).", check: (c, v: string | null) => c.creditCode("creditCode", v) },
    grade: { type: "String", description: "The performance grade (绩效分级): A, B, B-, C, D or LEADING (引领性).", enum: PerformanceGrade },
    gradedOn: {
      type: "Date",
      description: "The day the grade was assessed.",
      input: "YYYY-MM-DD, not in the future.",
      check: (c, v: string | null, { today }) => c.date("gradedOn", v, { notAfter: today }),
    },
  },
  computed: {
    enterprise: {
      type: () => Enterprise,
      nullable: true,
      description: "The graded enterprise; null when the registry does not know it.",
      get: (g: { creditCode: string }) => ({ creditCode: g.creditCode }),
    },
  },
  list: {
    query: "performanceGrades",
    description: "Performance grades, ordered by credit code.",
    order: ["creditCode"],
    filterName: "PerformanceGradeFilter",
    filters: {
      creditCode: { type: "ID", description: "Only the grade of this enterprise (its credit code, upper-cased before matching).", where: (code: string) => ({ creditCode: code.toUpperCase() }) },
      grade: { type: "String", enum: PerformanceGrade },
    },
  },
  history: "Every version of this grade, oldest first.",
  contribution: {
    mutation: "contributePerformanceGrades",
    description: "Contributes performance grades (environment only); upserts by credit code.",
    input: "One enterprise's performance grade.",
    inputName: "PerformanceGradeInput",
  },
});
export type PerformanceGradeRecord = Row<typeof performanceGrades>;

@Resolver(() => Enterprise)
export class EnterpriseGradeResolver {
  @FieldResolver(() => PerformanceGrade, { nullable: true, description: "绩效分级; null when the enterprise has not been graded." })
  async performanceGrade(@Root() e: Enterprise, @Ctx() ctx: HubContext): Promise<PerformanceGrade | null> {
    return (await performanceGrades.loader(ctx).load(e.creditCode))?.grade ?? null;
  }

  @FieldResolver(() => performanceGrades.entity, { nullable: true, description: "The grade with its assessment date and provenance." })
  performanceGradeRecord(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return performanceGrades.loader(ctx).load(e.creditCode);
  }
}

export const parts: SubgraphParts = { resolvers: [EnterpriseGradeResolver] };
