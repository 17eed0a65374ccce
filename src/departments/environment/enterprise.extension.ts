import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { performanceGradeContribution } from "./performance-grade.contribution.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { PerformanceGrade, PerformanceGradeRecord } from "./performance-grade.entity.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** The environment department's view of an enterprise (owned by market regulation): its grade. */
@Shared(Dataset.PERFORMANCE_GRADES)
@ObjectType("Enterprise")
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}

export const gradeLoader = (ctx: HubContext) =>
  loader<string, PerformanceGradeRecord | null>(ctx, "env.grade", async (codes) =>
    byKey(codes, await ctx.em.find(PerformanceGradeRecord, { creditCode: { $in: [...codes] } }), (g) => g.creditCode),
  );

@Resolver(() => Enterprise)
export class EnterpriseGradeResolver {
  @FieldResolver(() => PerformanceGrade, { nullable: true, description: "绩效分级; null when the enterprise has not been graded." })
  async performanceGrade(@Root() e: Enterprise, @Ctx() ctx: HubContext): Promise<PerformanceGrade | null> {
    return (await gradeLoader(ctx).load(e.creditCode))?.grade ?? null;
  }

  @FieldResolver(() => PerformanceGradeRecord, { nullable: true, description: "The grade with its assessment date and provenance." })
  performanceGradeRecord(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return gradeLoader(ctx).load(e.creditCode);
  }
}

const PerformanceGradeConnection = connectionOf(PerformanceGradeRecord, "PerformanceGradeRecord");

@InputType()
class PerformanceGradeFilter {
  @Field(() => ID, { nullable: true })
  creditCode?: string;

  @Field(() => PerformanceGrade, { nullable: true })
  grade?: PerformanceGrade;
}

@Resolver(() => PerformanceGradeRecord)
export class PerformanceGradeResolver {
  @Query(() => PerformanceGradeConnection, { description: "Performance grades, ordered by credit code." })
  performanceGrades(
    @Args() page: PageArgs,
    @Arg("filter", () => PerformanceGradeFilter, { nullable: true }) filter: PerformanceGradeFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.creditCode) where.creditCode = filter.creditCode.trim().toUpperCase();
    if (filter?.grade) where.grade = filter.grade;
    return findPage(ctx.em, PerformanceGradeRecord, where, ["creditCode"], page);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The graded enterprise; null when the registry does not know it." })
  enterprise(@Root() g: PerformanceGradeRecord): Enterprise {
    return { creditCode: g.creditCode };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this grade, oldest first." })
  history(@Root() g: PerformanceGradeRecord, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, performanceGradeContribution).load([g.creditCode]);
  }
}
