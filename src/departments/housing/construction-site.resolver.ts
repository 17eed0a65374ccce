import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { constructionSiteContribution } from "./construction-site.contribution.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { DateScalar } from "../../common/scalars.js";
import { ConstructionSite, ConstructionSiteStatus } from "./construction-site.entity.js";
import { DustCheck } from "./dust-check.entity.js";
import { DEFAULT_PM10_THRESHOLD } from "./dust-monitor-reading.entity.js";
import { DustViolation } from "./dust-violation.entity.js";
import { chinaDays, dustChecksOfSiteLoader, dustExceedanceHoursLoader, dustViolationsOfSiteLoader } from "./loaders.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

const ConstructionSiteConnection = connectionOf(ConstructionSite, "ConstructionSite");

@InputType()
class ConstructionSiteFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => ConstructionSiteStatus, { nullable: true })
  status?: ConstructionSiteStatus;

  @Field(() => ID, { nullable: true, description: "The builder's credit code." })
  builderCreditCode?: string;
}

export const constructionSiteLoader = (ctx: HubContext) =>
  loader<string, ConstructionSite | null>(ctx, "ho.site", async (codes) =>
    byKey(codes, await ctx.em.find(ConstructionSite, { code: { $in: [...codes] } }), (s) => s.code),
  );

@Resolver(() => ConstructionSite)
export class ConstructionSiteResolver {
  @Query(() => ConstructionSite, { nullable: true })
  constructionSite(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return constructionSiteLoader(ctx).load(code);
  }

  @Query(() => ConstructionSiteConnection)
  constructionSites(
    @Args() page: PageArgs,
    @Arg("filter", () => ConstructionSiteFilter, { nullable: true }) filter: ConstructionSiteFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode) };
    if (filter?.status) where.status = filter.status;
    if (filter?.builderCreditCode) where.builderCreditCode = filter.builderCreditCode;
    return findPage(ctx.em, ConstructionSite, where, ["code"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this site record, oldest first." })
  history(@Root() s: ConstructionSite, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, constructionSiteContribution).load([s.code]);
  }

  @FieldResolver(() => [DustCheck], { nullable: true, description: "The site's \"six 100%\" dust-control checks, newest first." })
  dustChecks(@Root() s: ConstructionSite, @Ctx() ctx: HubContext) {
    return dustChecksOfSiteLoader(ctx).load(s.code);
  }

  @FieldResolver(() => [DustViolation], { nullable: true, description: "The site's dust-control violations, newest first." })
  violations(@Root() s: ConstructionSite, @Ctx() ctx: HubContext) {
    return dustViolationsOfSiteLoader(ctx).load(s.code);
  }

  @Shared(Dataset.DUST_MONITOR_READINGS)
  @FieldResolver(() => Int, {
    nullable: true,
    description: `Hours of the site's online dust monitor with PM10 above \`threshold\` µg/m³ (default ${DEFAULT_PM10_THRESHOLD}) from \`from\` to \`to\`, China-time days, both inclusive.`,
  })
  dustExceedanceHours(
    @Root() s: ConstructionSite,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("threshold", () => Float, { nullable: true, defaultValue: DEFAULT_PM10_THRESHOLD, description: "PM10, µg/m³; an hour counts when above it." }) threshold: number | null,
    @Ctx() ctx: HubContext,
  ) {
    const t = threshold ?? DEFAULT_PM10_THRESHOLD;
    if (!Number.isFinite(t) || t < 0) throw badInput(`threshold must be a PM10 concentration ≥ 0, got ${t}`, { argument: "threshold" });
    const [start, end] = chinaDays(from, to);
    return dustExceedanceHoursLoader(ctx).load({ siteCode: s.code, from: start, to: end, threshold: t });
  }
}
