import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { PerformanceGrade, PerformanceGradeRecord } from "./performance-grade.entity.js";

/** The environment department's view of an enterprise (owned by market regulation): its grade. */
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
