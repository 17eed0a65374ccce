import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar, chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import { ConstructionSite } from "./construction-site.entity.js";
import { constructionSiteLoader } from "./construction-site.resolver.js";
import { dustMonitorReadingContribution } from "./dust-monitor-reading.contribution.js";
import { DustMonitorReading } from "./dust-monitor-reading.entity.js";

const DustMonitorReadingConnection = connectionOf(DustMonitorReading, "DustMonitorReading", "Hourly PM10 of construction sites' dust monitors, by site and hour.");

@InputType({ description: "Which dust-monitor hours to list; the conditions given must all hold." })
class DustMonitorReadingFilter {
  @Field(() => ID, { nullable: true, description: "The construction site's code." })
  siteCode?: string;

  @Field(() => DateScalar, { nullable: true, description: "First China-time day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last China-time day, inclusive." })
  to?: string;
}

@Resolver(() => DustMonitorReading)
export class DustMonitorReadingResolver {
  @Query(() => DustMonitorReadingConnection, { nullable: true, description: "Hourly PM10 of construction sites' online dust monitors, by site and hour; `from` and `to` are China-time days, both inclusive." })
  dustMonitorReadings(
    @Args() page: PageArgs,
    @Arg("filter", () => DustMonitorReadingFilter, { nullable: true }) filter: DustMonitorReadingFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown> = {};
    if (filter?.siteCode) where.siteCode = filter.siteCode.trim();
    const hour: Record<string, Date> = {};
    if (filter?.from) hour.$gte = chinaDayStart(filter.from);
    if (filter?.to) hour.$lt = chinaDayEnd(filter.to);
    if (filter?.from || filter?.to) where.hour = hour;
    return findPage(ctx.em, DustMonitorReading, where, ["siteCode", "hour"], page);
  }

  @FieldResolver(() => ConstructionSite, { nullable: true, description: "The construction site monitored." })
  site(@Root() r: DustMonitorReading, @Ctx() ctx: HubContext) {
    return constructionSiteLoader(ctx).load(r.siteCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this hour, oldest first, the current one last." })
  history(@Root() r: DustMonitorReading, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, dustMonitorReadingContribution).load([r.siteCode, r.hour.toISOString()]);
  }
}
