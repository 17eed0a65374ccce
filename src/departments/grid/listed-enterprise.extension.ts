import { Ctx, Directive, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { dailyUse } from "./electricity-stats.js";
import type { SubgraphParts } from "../../common/federation.js";

export const ComplianceVerdict = defineEnum(
  "ComplianceVerdict",
  {
    COMPLIANT: "The cut in electricity use is at least the owed reduction less 5 percentage points.",
    SUSPECT: "The cut is more than 5 points short of the owed reduction: the enterprise may not have applied its measure.",
    NOT_ASSESSED: "Not judged: a SELF_DETERMINED measure (A and LEADING firms) owes no set cut.",
    NO_DATA: "Not judged: the baseline or warning period has readings on fewer than half its days, or there is no baseline use.",
  },
  "Whether electricity use shows the cut owed during a warning. baseline = mean daily use over the 30 days before the warning, leaving out days of the city's other warnings; during = mean daily use over the warning's days (each mean over days with readings); cut = 1 − during / baseline; owed = the measure's reduction (HALT counts as 80%). COMPLIANT when cut ≥ owed − 5 points; SUSPECT below that; NOT_ASSESSED for SELF_DETERMINED measures (A and LEADING firms); NO_DATA when either period has readings on fewer than half its days, or no baseline use.",
);
export type ComplianceVerdict = EnumOf<typeof ComplianceVerdict>;

/** Tolerance of the verdict: five percentage points. */
export const VERDICT_TOLERANCE = 0.05;

/**
 * The grid company's view of a listed enterprise during a warning (owned by environment): the
 * electricity evidence and the verdict. The fields it needs from environment arrive with the entity
 * reference (@requires), so no department reads another's tables.
 */
@Shared(Dataset.EMERGENCY_LIST)
@ObjectType("ListedEnterprise")
@Directive('@key(fields: "id")')
export class ListedEnterprise {
  @Field(() => ID) id!: string;
  @Field() @Directive("@external") creditCode!: string;
  @Field(() => Float, { nullable: true }) @Directive("@external") owedCut!: number | null;
  @Field() @Directive("@external") selfDetermined!: boolean;
  @Field(() => [DateScalar]) @Directive("@external") baselineDates!: string[];
  @Field(() => [DateScalar]) @Directive("@external") warningDates!: string[];
}

@Shared(Dataset.ELECTRICITY_READINGS)
@ObjectType({ description: "Electricity use before and during a warning (kWh per day, over days with readings)." })
export class WarningElectricity {
  @Field(() => Float, { nullable: true, description: "Mean kWh per day over the baseline's days with readings (the 30 days before the warning, leaving out the city's other warnings); null when none has readings." }) baselineDailyKwh!: number | null;
  @Field(() => Int, { description: "Days of the baseline with at least one reading." }) baselineDaysWithReadings!: number;
  @Field(() => Int, { description: "Days in the baseline: the 30 days before the warning, less days of the city's other warnings." }) baselineDays!: number;
  @Field(() => Float, { nullable: true, description: "Mean kWh per day over the warning's days with readings; null when none has readings." }) warningDailyKwh!: number | null;
  @Field(() => Int, { description: "Days of the warning with at least one reading." }) warningDaysWithReadings!: number;
  @Field(() => Int, { description: "Days the warning covers (China-time days from its start to its end)." }) warningDays!: number;
  @Field(() => Float, { nullable: true, description: "1 − during / baseline; null without both means." }) cut!: number | null;
  @Field(() => Float, { nullable: true, description: "cut − owed: negative means short of the measure (the report sorts by it)." }) gap!: number | null;
  @Field(() => ComplianceVerdict, { description: "Whether the cut in use meets the owed reduction (the rule is in ComplianceVerdict)." }) verdict!: ComplianceVerdict;
}

const REQUIRES = '@requires(fields: "creditCode owedCut selfDetermined baselineDates warningDates")';

/** Judges one listing from its daily use (day → kWh); the rule is the one in ComplianceVerdict's description. */
export function judge(l: Pick<ListedEnterprise, "owedCut" | "selfDetermined" | "baselineDates" | "warningDates">, use: Map<string, number>): WarningElectricity {
  const mean = (days: string[]) => {
    const values = days.filter((d) => use.has(d)).map((d) => use.get(d)!);
    return { n: values.length, mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
  };
  const base = mean(l.baselineDates);
  const during = mean(l.warningDates);
  const cut = base.mean && during.mean !== null ? 1 - during.mean / base.mean : null;
  const gap = cut !== null && l.owedCut !== null ? cut - l.owedCut : null;
  let verdict: ComplianceVerdict;
  if (l.selfDetermined) verdict = ComplianceVerdict.NOT_ASSESSED;
  else if (base.n < l.baselineDates.length / 2 || during.n < l.warningDates.length / 2 || cut === null) verdict = ComplianceVerdict.NO_DATA;
  else verdict = cut >= l.owedCut! - VERDICT_TOLERANCE ? ComplianceVerdict.COMPLIANT : ComplianceVerdict.SUSPECT;
  return {
    baselineDailyKwh: base.mean,
    baselineDaysWithReadings: base.n,
    baselineDays: l.baselineDates.length,
    warningDailyKwh: during.mean,
    warningDaysWithReadings: during.n,
    warningDays: l.warningDates.length,
    cut,
    gap,
    verdict,
  };
}

/** Daily use of every listed firm on the page over the span of their periods, in one statement. */
const evidenceLoader = (ctx: HubContext) =>
  loader<ListedEnterprise, WarningElectricity>(
    ctx,
    "grid.warningEvidence",
    async (listings) => {
      const days = listings.flatMap((l) => [...l.baselineDates, ...l.warningDates]).sort();
      const use = await dailyUse(ctx.db, listings.map((l) => l.creditCode), days[0] ?? "1970-01-01", days.at(-1) ?? "1970-01-01");
      return listings.map((l) => judge(l, use.get(l.creditCode)!));
    },
    (l) => l.id,
  );

@Resolver(() => ListedEnterprise)
export class ListedEnterpriseElectricityResolver {
  @FieldResolver(() => WarningElectricity, { nullable: true, description: "Electricity use before and during the warning, and the verdict (rule in ComplianceVerdict)." })
  @Directive(REQUIRES)
  electricity(@Root() l: ListedEnterprise, @Ctx() ctx: HubContext) {
    return evidenceLoader(ctx).load(l);
  }

  @Shared(Dataset.ELECTRICITY_READINGS)
  @FieldResolver(() => ComplianceVerdict, { nullable: true, description: "The verdict alone (rule in ComplianceVerdict)." })
  @Directive(REQUIRES)
  async verdict(@Root() l: ListedEnterprise, @Ctx() ctx: HubContext): Promise<ComplianceVerdict> {
    return (await evidenceLoader(ctx).load(l)).verdict;
  }
}

export const parts: SubgraphParts = {
  resolvers: [ListedEnterpriseElectricityResolver],
  orphanedTypes: [ListedEnterprise],
  // the representation carries the @requires fields environment resolved
  references: { ListedEnterprise: (ref: ListedEnterprise) => ref },
};
