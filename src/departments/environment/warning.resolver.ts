import { declareTextCap, LONG_TEXT_MAX } from "../../common/input-guard.js";
import crypto from "node:crypto";
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { Department } from "../../shared/departments.js";
import { badInput, hubError } from "../../common/errors.js";
import { ErrorCode } from "../../shared/error-codes.js";
import { linkResolver } from "../../common/dataset.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { requireAdmin } from "../../common/policy.js";
import { regionByCode } from "../../shared/regions.data.js";
import { toChinaDate } from "../../shared/dates.js";
import { regions } from "./region.entity.js";
import { Warning, WarningLevel } from "./warning.entity.js";
import type { SubgraphParts } from "../../common/federation.js";

const WarningConnection = connectionOf(Warning, "Warning");

@InputType({ description: "A heavy-pollution warning to issue for a city." })
class IssueWarningInput {
  @Field(() => ID, { description: "The warned city." })
  regionCode!: string;

  @Field(() => WarningLevel, { description: "The level the national criteria give the forecast (see suggestWarningLevel)." })
  level!: WarningLevel;

  @Field({ description: "When the warning comes into force." })
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: "The planned end; absent until announced." })
  endsAt?: Date;

  @Field({ description: `The forecast behind it (at most ${LONG_TEXT_MAX} characters).` })
  reason!: string;
}
declareTextCap("IssueWarningInput.reason", LONG_TEXT_MAX);

@Resolver(() => Warning)
export class WarningResolver {
  @Query(() => WarningConnection, { description: "Warnings ordered by id (which begins with the start date); `activeAt` keeps those in force at that instant." })
  warnings(
    @Args() page: PageArgs,
    @Arg("regionCode", () => ID, { nullable: true, description: "Only warnings for this city (its GB/T 2260 code)." }) regionCode: string | undefined,
    @Arg("activeAt", () => Date, { nullable: true, description: "Only warnings in force at this instant: started, and neither ended nor lifted." }) activeAt: Date | undefined,
    @Arg("level", () => WarningLevel, { nullable: true, description: "Only warnings of this level." }) level: WarningLevel | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (regionCode) where.regionCode = regionCode;
    if (level) where.level = level;
    if (activeAt) {
      where.startsAt = { $lte: activeAt };
      where.$and = [
        { $or: [{ endsAt: null }, { endsAt: { $gt: activeAt } }] },
        { $or: [{ liftedAt: null }, { liftedAt: { $gt: activeAt } }] },
      ];
    }
    return findPage(ctx.em, Warning, where, ["id"], page);
  }

  @Query(() => Warning, { nullable: true, description: "One warning by its id; null when there is none." })
  warning(@Arg("id", () => ID, { description: "The warning's id." }) id: string, @Ctx() ctx: HubContext) {
    return ctx.em.findOne(Warning, { id });
  }

  @Mutation(() => Warning, { description: "Issues a warning for a city (environment admins)." })
  async issueWarning(@Arg("input", () => IssueWarningInput, { description: "The warning to issue." }) input: IssueWarningInput, @Ctx() ctx: HubContext): Promise<Warning> {
    requireAdmin(ctx, Department.ENVIRONMENT, "issueWarning");
    const region = regionByCode(input.regionCode);
    if (!region || region.level !== "CITY") throw badInput(`regionCode ${input.regionCode} is not a city of Henan; warnings are issued per city`, { argument: "regionCode" });
    if (input.endsAt && input.endsAt <= input.startsAt) throw badInput("endsAt must be after startsAt", { argument: "endsAt" });
    if (!input.reason.trim()) throw badInput("reason is required: the forecast behind the warning", { argument: "reason" });
    const w = ctx.em.create(Warning, {
      id: `W${toChinaDate(input.startsAt).replace(/-/g, "")}-${region.code}-${crypto.randomBytes(3).toString("hex")}`,
      regionCode: region.code,
      level: input.level,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      liftedAt: null,
      reason: input.reason.trim(),
      issuedBy: ctx.principal.subject,
      issuedAt: new Date(),
    });
    await ctx.em.persistAndFlush(w);
    return w;
  }

  @Mutation(() => Warning, { description: "Lifts a warning (environment admins), now or at a given instant." })
  async liftWarning(@Arg("id", () => ID, { description: "The warning to lift." }) id: string, @Arg("at", () => Date, { nullable: true, description: "When it is lifted; default now." }) at: Date | undefined, @Ctx() ctx: HubContext): Promise<Warning> {
    requireAdmin(ctx, Department.ENVIRONMENT, "liftWarning");
    const w = await ctx.em.findOne(Warning, { id });
    if (!w) throw hubError(ErrorCode.NOT_FOUND, `no warning ${id}`);
    if (w.liftedAt) throw badInput(`warning ${id} was already lifted at ${w.liftedAt.toISOString()}`, { argument: "id" });
    const when = at ?? new Date();
    if (when < w.startsAt) throw badInput("a warning cannot be lifted before it starts", { argument: "at" });
    w.liftedAt = when;
    await ctx.em.flush();
    return w;
  }
}

// the region link here rather than in the declaration: Warning's other fields come first in the schema
export const parts: SubgraphParts = { resolvers: [WarningResolver, linkResolver("Warning", () => Warning, "region", { by: "regionCode", to: () => regions, nullable: false, description: "The city the warning is issued for." })] };
