import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root, type ClassType } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { badInput } from "../../common/errors.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { constructionSite, type ConstructionSite } from "./construction-site.dataset.js";
import { dustCheck } from "./dust-check.dataset.js";
import { DEFAULT_PM10_THRESHOLD } from "./dust-monitor-reading.dataset.js";
import { dustViolation } from "./dust-violation.dataset.js";
import { chinaDays, dustChecksOfSiteLoader, dustExceedanceHoursLoader, dustViolationsOfSiteLoader } from "./loaders.js";

/** A construction site's dust records: its checks, violations and monitor exceedances. */
@Resolver(() => constructionSite.entity)
export class ConstructionSiteDustResolver {
  @FieldResolver(() => [dustCheck.entity], { nullable: true, description: "The site's \"six 100%\" dust-control checks, newest first." })
  dustChecks(@Root() s: ConstructionSite, @Ctx() ctx: HubContext) {
    return dustChecksOfSiteLoader(ctx).load(s.code);
  }

  @FieldResolver(() => [dustViolation.entity], { nullable: true, description: "The site's dust-control violations, newest first." })
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

/** The `site` field of a dataset whose records name a construction site by `siteCode`. */
export function siteField(type: ClassType, description: string): ClassType {
  @Resolver(() => type)
  class SiteResolver {
    @FieldResolver(() => constructionSite.entity, { nullable: true, description })
    site(@Root() r: { siteCode: string }, @Ctx() ctx: HubContext) {
      return constructionSite.loader(ctx).load(r.siteCode);
    }
  }
  return SiteResolver;
}
