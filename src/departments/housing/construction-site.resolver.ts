import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { Dataset } from "../../common/datasets.js";
import { assertInOrder, badInput } from "../../common/errors.js";
import { DateScalar } from "../../common/scalars.js";
import { chinaDayEnd, chinaDayStart } from "../../shared/dates.js";
import { Shared } from "../../common/sharing.js";
import { constructionSite, type ConstructionSite } from "./construction-site.dataset.js";
import { DEFAULT_PM10_THRESHOLD } from "./dust-monitor-reading.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

interface ExceedanceKey {
  siteCode: string;
  /** inclusive */
  from: Date;
  /** exclusive */
  to: Date;
  /** µg/m³; an hour counts when its PM10 is above it */
  threshold: number;
}

/**
 * Hours of a site's dust monitor with PM10 above a threshold in [from, to): every requested site, period
 * and threshold at once, in one statement.
 */
const dustExceedanceHoursLoader = (ctx: HubContext) =>
  loader<ExceedanceKey, number>(
    ctx,
    "ho.dustExceedanceHours",
    async (keys) => {
      const { rows } = await ctx.db.query<{ i: string; n: string }>(
        `select k.i, count(r.site_code) as n
           from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::float8[]) with ordinality as k(site_code, from_at, to_at, threshold, i)
           left join housing.dust_monitor_readings r
             on r.site_code = k.site_code and r.hour >= k.from_at and r.hour < k.to_at and r.pm10 > k.threshold
          group by k.i`,
        [keys.map((k) => k.siteCode), keys.map((k) => k.from), keys.map((k) => k.to), keys.map((k) => k.threshold)],
      );
      const byIndex = new Map(rows.map((r) => [Number(r.i), Number(r.n)]));
      return keys.map((_, i) => byIndex.get(i + 1) ?? 0);
    },
    (k) => JSON.stringify([k.siteCode, k.from.toISOString(), k.to.toISOString(), k.threshold]),
  );

/** A construction site's dust records: its checks, violations and monitor exceedances. */
@Resolver(() => constructionSite.entity)
export class ConstructionSiteDustResolver {

  @Shared(Dataset.DUST_MONITOR_READINGS)
  @FieldResolver(() => Int, {
    nullable: true,
    description: `Hours of the site's online dust monitor with PM10 above \`threshold\` µg/m³ (default ${DEFAULT_PM10_THRESHOLD}) from \`from\` to \`to\`, China-time days, both inclusive.`,
  })
  dustExceedanceHours(
    @Root() s: ConstructionSite,
    @Arg("from", () => DateScalar, { description: "First China-time day, inclusive." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last China-time day, inclusive; not before `from`." }) to: string,
    @Arg("threshold", () => Float, { nullable: true, defaultValue: DEFAULT_PM10_THRESHOLD, description: "PM10, µg/m³; an hour counts when above it." }) threshold: number | null,
    @Ctx() ctx: HubContext,
  ) {
    const t = threshold ?? DEFAULT_PM10_THRESHOLD;
    if (!Number.isFinite(t) || t < 0) throw badInput(`threshold must be a PM10 concentration ≥ 0, got ${t}`, { argument: "threshold" });
    assertInOrder(from, to);
    return dustExceedanceHoursLoader(ctx).load({ siteCode: s.code, from: chinaDayStart(from), to: chinaDayEnd(to), threshold: t });
  }
}

/** The `site` field of a dataset whose records name a construction site by `siteCode`. */
export const parts: SubgraphParts = { resolvers: [ConstructionSiteDustResolver] };
