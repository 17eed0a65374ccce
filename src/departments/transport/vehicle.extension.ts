import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { operatingLicenceContribution } from "./operating-licence.contribution.js";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { Enterprise, Vehicle } from "./federated.js";
import { LicenceStatus, OperatingLicence } from "./operating-licence.entity.js";

const OperatingLicenceConnection = connectionOf(OperatingLicence, "OperatingLicence");

@InputType()
class OperatingLicenceFilter {
  @Field(() => ID, { nullable: true, description: "The operator's credit code." })
  operatorCreditCode?: string;

  @Field(() => LicenceStatus, { nullable: true })
  status?: LicenceStatus;
}

export const licencesOfVehicleLoader = (ctx: HubContext) =>
  loader<string, OperatingLicence[]>(ctx, "tr.licencesOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(OperatingLicence, { vin: { $in: [...vins] } }, { orderBy: { validTo: "desc", licenceNo: "asc" } }), (l) => l.vin),
  );

@Resolver(() => Vehicle)
export class VehicleLicenceResolver {
  @FieldResolver(() => OperatingLicence, {
    nullable: true,
    description: "The vehicle's operating licence: the valid one if any, else the latest; null when it never had one.",
  })
  async operatingLicence(@Root() v: Vehicle, @Ctx() ctx: HubContext): Promise<OperatingLicence | null> {
    const all = await licencesOfVehicleLoader(ctx).load(v.vin);
    return all.find((l) => l.status === LicenceStatus.VALID) ?? all[0] ?? null;
  }
}

@Resolver(() => OperatingLicence)
export class OperatingLicenceResolver {
  @Query(() => OperatingLicence, { nullable: true })
  operatingLicence(@Arg("licenceNo", () => ID) licenceNo: string, @Ctx() ctx: HubContext) {
    return ctx.em.findOne(OperatingLicence, { licenceNo });
  }

  @Query(() => OperatingLicenceConnection, { nullable: true, description: "Operating licences, ordered by licence number." })
  operatingLicences(
    @Args() page: PageArgs,
    @Arg("filter", () => OperatingLicenceFilter, { nullable: true }) filter: OperatingLicenceFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.operatorCreditCode) where.operatorCreditCode = filter.operatorCreditCode;
    if (filter?.status) where.status = filter.status;
    return findPage(ctx.em, OperatingLicence, where, ["licenceNo"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The licensed vehicle; null when public security has not registered it." })
  vehicle(@Root() l: OperatingLicence): Vehicle {
    return { vin: l.vin };
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: "The transport operator holding the licence; null when the registry does not know it." })
  operator(@Root() l: OperatingLicence): Enterprise {
    return { creditCode: l.operatorCreditCode };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this licence, oldest first." })
  history(@Root() l: OperatingLicence, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, operatingLicenceContribution).load([l.licenceNo]);
  }
}
