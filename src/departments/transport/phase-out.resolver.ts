import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { Vehicle } from "./federated.js";
import { phaseOutContribution } from "./phase-out.contribution.js";
import { PhaseOut, PhaseOutStatus } from "./phase-out.entity.js";

const PhaseOutConnection = connectionOf(PhaseOut, "PhaseOut");

@InputType({ description: "Narrows the phase-out list; all given conditions must hold." })
class PhaseOutFilter {
  @Field(() => PhaseOutStatus, { nullable: true })
  status?: PhaseOutStatus;

  @Field(() => DateScalar, { nullable: true, description: "Only deadlines before this day (exclusive)." })
  deadlineBefore?: string;
}

export const phaseOutLoader = (ctx: HubContext) =>
  loader<string, PhaseOut | null>(ctx, "tr.phaseOut", async (vins) =>
    byKey(vins, await ctx.em.find(PhaseOut, { vin: { $in: [...vins] } }), (p) => p.vin),
  );

@Resolver(() => Vehicle)
export class VehiclePhaseOutResolver {
  @FieldResolver(() => PhaseOut, { nullable: true, description: "The phase-out of this 国三-or-below diesel truck; null when it is not on the list." })
  phaseOut(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return phaseOutLoader(ctx).load(v.vin);
  }
}

@Resolver(() => PhaseOut)
export class PhaseOutResolver {
  @Query(() => PhaseOut, { nullable: true, description: "The phase-out of one truck, by VIN." })
  phaseOut(@Arg("vin", () => ID) vin: string, @Ctx() ctx: HubContext) {
    return phaseOutLoader(ctx).load(vin.trim().toUpperCase());
  }

  @Query(() => PhaseOutConnection, { nullable: true, description: "Phase-outs of 国三-and-below operating diesel trucks, earliest deadline first, then by VIN." })
  phaseOuts(
    @Args() page: PageArgs,
    @Arg("filter", () => PhaseOutFilter, { nullable: true }) filter: PhaseOutFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.deadlineBefore) where.deadline = { $lt: filter.deadlineBefore };
    return findPage(ctx.em, PhaseOut, where, ["deadline", "vin"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The truck (registered with public security); null when not registered." })
  vehicle(@Root() p: PhaseOut): Vehicle {
    return { vin: p.vin };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this phase-out, oldest first." })
  history(@Root() p: PhaseOut, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, phaseOutContribution).load([p.vin]);
  }
}
