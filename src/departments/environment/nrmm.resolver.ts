import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { byKey, loader, type HubContext } from "../../common/context.js";
import { Department } from "../../common/departments.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { requireAdmin } from "../../common/policy.js";
import { regionScope } from "../../common/region-scope.js";
import { Enterprise } from "./enterprise.extension.js";
import { regionLoader } from "./loaders.js";
import { nrmmContribution } from "./nrmm.contribution.js";
import { EmissionTestResult, MachineryType, NonRoadEngineStage, NonRoadMachine } from "./nrmm.entity.js";
import { refreshNrmmIndicator } from "./nrmm.indicator.js";
import { Region } from "./region.entity.js";
import { Envelope } from "../../common/sharing.js";

const NonRoadMachineConnection = connectionOf(NonRoadMachine, "NonRoadMachine");

@InputType({ description: "Narrows the non-road machinery registry; all given conditions must hold." })
class NonRoadMachineFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;

  @Field(() => NonRoadEngineStage, { nullable: true })
  engineStage?: NonRoadEngineStage;

  @Field(() => EmissionTestResult, { nullable: true })
  testResult?: EmissionTestResult;

  @Field(() => MachineryType, { nullable: true })
  machineType?: MachineryType;

  @Field(() => ID, { nullable: true, description: "The owning enterprise's credit code." })
  ownerCreditCode?: string;
}

export const nonRoadMachineLoader = (ctx: HubContext) =>
  loader<string, NonRoadMachine | null>(ctx, "env.nonRoadMachine", async (numbers) =>
    byKey(numbers, await ctx.em.find(NonRoadMachine, { registrationNo: { $in: [...numbers] } }), (m) => m.registrationNo),
  );

@Resolver(() => NonRoadMachine)
export class NonRoadMachineResolver {
  @Query(() => NonRoadMachine, { nullable: true, description: "One registered non-road machine, by registration number." })
  nonRoadMachine(@Arg("registrationNo", () => ID) registrationNo: string, @Ctx() ctx: HubContext) {
    return nonRoadMachineLoader(ctx).load(registrationNo.trim());
  }

  @Query(() => NonRoadMachineConnection, { nullable: true, description: "The non-road mobile machinery registry, ordered by registration number." })
  nonRoadMachinery(
    @Args() page: PageArgs,
    @Arg("filter", () => NonRoadMachineFilter, { nullable: true }) filter: NonRoadMachineFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.regionCode) where.regionCode = { $in: regionScope(filter.regionCode.trim(), "filter.regionCode") };
    if (filter?.engineStage) where.engineStage = filter.engineStage;
    if (filter?.testResult) where.testResult = filter.testResult;
    if (filter?.machineType) where.machineType = filter.machineType;
    if (filter?.ownerCreditCode) where.ownerCreditCode = filter.ownerCreditCode.trim().toUpperCase();
    return findPage(ctx.em, NonRoadMachine, where, ["registrationNo"], page);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The owning enterprise (registered with market regulation); null when the registry does not know it." })
  owner(@Root() m: NonRoadMachine): Enterprise {
    return { creditCode: m.ownerCreditCode };
  }

  @FieldResolver(() => Region, { description: "The city or county where the machine is registered." })
  region(@Root() m: NonRoadMachine, @Ctx() ctx: HubContext) {
    return regionLoader(ctx).load(m.regionCode);
  }

  @Envelope()
  @Mutation(() => Int, {
    description:
      "Environment admins: writes NRMM_REGISTERED (machines in the registry now) for every city and the province under `year`; returns the indicator rows written or changed.",
  })
  async refreshNrmmIndicator(@Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.ENVIRONMENT, "refreshNrmmIndicator");
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    return refreshNrmmIndicator(ctx.db, year);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this registration, oldest first." })
  history(@Root() m: NonRoadMachine, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, nrmmContribution).load([m.registrationNo]);
  }
}
