import { Args, Ctx, Directive, Field, FieldResolver, Float, ID, ObjectType, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { connectionOf, paginate, PageArgs } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { toChinaDate, addDays } from "../../shared/dates.js";
import { emergencyList, EmergencyMeasure, MeasureKind, measureAt } from "./emergency-list.dataset.js";
import { enterpriseProfiles } from "./enterprise-profile.dataset.js";
import { Enterprise } from "./enterprise.extension.js";
import { Warning, WarningLevel } from "./warning.entity.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import type { SubgraphParts } from "../../common/federation.js";

/** Days before a warning that make its baseline. */
export const BASELINE_DAYS = 30;

@Shared(Dataset.EMERGENCY_LIST)
@ObjectType({
  description:
    "An enterprise on the warned city's emergency list during one warning: the measure it owes at the warning's level and the days its electricity use is judged on (the grid company adds the verdict).",
})
@Directive('@key(fields: "id")')
export class ListedEnterprise {
  @Field(() => ID, { description: "<warning id>/<credit code>." }) id!: string;
  @Field({ description: "The listed enterprise's unified social credit code." }) creditCode!: string;
  @Field(() => Enterprise, { nullable: true, description: "Null when the registry does not know the credit code." }) enterprise!: Enterprise | null;
  @Field(() => WarningLevel, { description: "The level of the warning, which decides the measure owed." }) level!: WarningLevel;
  @Field(() => EmergencyMeasure, { description: "The measure the emergency list sets for the enterprise at this level." }) measure!: EmergencyMeasure;
  @Field(() => Float, { nullable: true, description: "The cut owed, 0..1 (HALT counts as 0.8); null when self-determined." }) owedCut!: number | null;
  @Field({ description: "A and LEADING firms choose their own measures: not assessed." }) selfDetermined!: boolean;
  @Field(() => [DateScalar], { description: `The ${BASELINE_DAYS} days before the warning, leaving out days of the city's other warnings.` }) baselineDates!: string[];
  @Field(() => [DateScalar], { description: "The warning's days (China time)." }) warningDates!: string[];
}

const ListedEnterpriseConnection = connectionOf(ListedEnterprise, "ListedEnterprise");

/** The China-time dates a warning covers: from its start to the instant it stops being in force (exclusive). */
export function warningDates(w: Pick<Warning, "startsAt" | "endsAt" | "liftedAt">, until: Date = new Date()): string[] {
  // in force until lifted, else until its planned end, else open
  const end = (w.liftedAt && (!w.endsAt || w.liftedAt < w.endsAt) ? w.liftedAt : w.endsAt) ?? until;
  const first = toChinaDate(w.startsAt);
  const last = toChinaDate(new Date(end.getTime() - 1));
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The list entries of each warning's city and year, and the city's other warnings, in two statements. */
const listedLoader = (ctx: HubContext) =>
  loader<Warning, ListedEnterprise[]>(
    ctx,
    "env.listed",
    async (warnings) => {
      const cities = [...new Set(warnings.map((w) => w.regionCode))];
      const years = [...new Set(warnings.map((w) => Number(toChinaDate(w.startsAt).slice(0, 4))))];
      const [entries, cityWarnings] = await Promise.all([
        ctx.em.find(emergencyList.entity, { cityCode: { $in: cities }, year: { $in: years } }, { orderBy: { creditCode: "asc" } }),
        ctx.em.find(Warning, { regionCode: { $in: cities } }),
      ]);
      return warnings.map((w) => {
        const during = warningDates(w);
        const others = new Set(cityWarnings.filter((o) => o.id !== w.id).flatMap((o) => warningDates(o)));
        const baseline: string[] = [];
        for (let k = BASELINE_DAYS; k >= 1; k--) {
          const d = addDays(during[0], -k);
          if (!others.has(d)) baseline.push(d);
        }
        const year = Number(during[0].slice(0, 4));
        return entries
          .filter((e) => e.cityCode === w.regionCode && e.year === year)
          .map((e) => {
            const measure = measureAt(e, w.level);
            return {
              id: `${w.id}/${e.creditCode}`,
              creditCode: e.creditCode,
              enterprise: { creditCode: e.creditCode },
              level: w.level,
              measure,
              owedCut: measure.reduction,
              selfDetermined: measure.kind === MeasureKind.SELF_DETERMINED,
              baselineDates: baseline,
              warningDates: during,
            };
          });
      });
    },
    (w) => w.id,
  );

export const listingsOfEnterpriseLoader = emergencyList.loaderBy("creditCode", { year: "desc" });

@Resolver(() => Warning)
export class WarningListedResolver {
  @FieldResolver(() => ListedEnterpriseConnection, { description: "Every firm on the warned city's emergency list for the warning's year, by credit code, with the measure owed at this level." })
  async listedEnterprises(@Root() w: Warning, @Args() page: PageArgs, @Ctx() ctx: HubContext) {
    const all = await listedLoader(ctx).load(w);
    return paginate<ListedEnterprise>(
      page,
      { list: "ListedEnterprise", parts: ["text"] },
      (l) => [l.creditCode],
      async (after, limit) => all.filter((l) => !after || l.creditCode > String(after[0])).slice(0, limit),
      async () => all.length,
    );
  }
}

@Resolver(() => Enterprise)
export class EnterpriseProfileFieldResolver {
  @FieldResolver(() => enterpriseProfiles.entity, { nullable: true, description: "The environment department's profile; null when none is recorded." })
  environmentalProfile(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return enterpriseProfiles.loader(ctx).load(e.creditCode);
  }

  @FieldResolver(() => [emergencyList.entity], { description: "The enterprise's emergency-list entries, newest year first." })
  emergencyListings(@Root() e: Enterprise, @Ctx() ctx: HubContext) {
    return listingsOfEnterpriseLoader(ctx).load(e.creditCode);
  }
}

/** The gateway asks environment for a listing by id when another subgraph's field needs its fields. */
export async function resolveListedEnterprise(ref: { id: string }, ctx: HubContext): Promise<ListedEnterprise | null> {
  const [warningId, creditCode] = ref.id.split("/");
  const w = await ctx.em.findOne(Warning, { id: warningId });
  if (!w) return null;
  return (await listedLoader(ctx).load(w)).find((l) => l.creditCode === creditCode) ?? null;
}

export const parts: SubgraphParts = {
  resolvers: [WarningListedResolver, EnterpriseProfileFieldResolver],
  references: { ListedEnterprise: (ref: { id: string }, ctx) => resolveListedEnterprise(ref, ctx) },
};
