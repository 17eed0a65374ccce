import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { DateScalar, chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import { ComplianceResult } from "./compliance.js";
import { InspectionAgency } from "./inspection-agency.entity.js";
import { inspectionAgencyLoader, vehicleInspectionLoader } from "./loaders.js";
import { Vehicle } from "./vehicle.extension.js";
import { vehicleInspectionContribution } from "./vehicle-inspection.contribution.js";
import { InspectionMethod, VehicleInspection } from "./vehicle-inspection.entity.js";

const VehicleInspectionConnection = connectionOf(VehicleInspection, "VehicleInspection", "Vehicle emission inspections, oldest first.");

@InputType({ description: "Which inspections to list; the conditions given must all hold." })
class VehicleInspectionFilter {
  @Field(() => ID, { nullable: true })
  vin?: string;

  @Field(() => ID, { nullable: true, description: "The inspection agency's code." })
  agencyCode?: string;

  @Field(() => ComplianceResult, { nullable: true })
  result?: ComplianceResult;

  @Field(() => InspectionMethod, { nullable: true })
  method?: InspectionMethod;

  @Field(() => DateScalar, { nullable: true, description: "First day (China time), inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day (China time), inclusive." })
  to?: string;
}

/** Start of a China-time calendar day as an instant. */

@Resolver(() => VehicleInspection)
export class VehicleInspectionResolver {
  @Query(() => VehicleInspection, { nullable: true })
  vehicleInspection(@Arg("inspectionNo", () => ID) inspectionNo: string, @Ctx() ctx: HubContext) {
    return vehicleInspectionLoader(ctx).load(inspectionNo.trim());
  }

  @Query(() => VehicleInspectionConnection, { nullable: true, description: "Vehicle emission inspections, oldest first; `from` and `to` are China-time dates, both inclusive." })
  vehicleInspections(
    @Args() page: PageArgs,
    @Arg("filter", () => VehicleInspectionFilter, { nullable: true }) filter: VehicleInspectionFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = filter.vin.trim().toUpperCase();
    if (filter?.agencyCode) where.agencyCode = filter.agencyCode.trim();
    if (filter?.result) where.result = filter.result;
    if (filter?.method) where.method = filter.method;
    const inspectedAt: Record<string, Date> = {};
    if (filter?.from) inspectedAt.$gte = chinaDayStart(filter.from);
    if (filter?.to) inspectedAt.$lt = chinaDayEnd(filter.to);
    if (filter?.from || filter?.to) where.inspectedAt = inspectedAt;
    return findPage(ctx.em, VehicleInspection, where, ["inspectedAt", "inspectionNo"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The inspected vehicle (registered by public security); null when not registered." })
  vehicle(@Root() i: VehicleInspection): Vehicle {
    return { vin: i.vin };
  }

  @FieldResolver(() => InspectionAgency, { nullable: true, description: "The agency that ran the inspection." })
  agency(@Root() i: VehicleInspection, @Ctx() ctx: HubContext) {
    return inspectionAgencyLoader(ctx).load(i.agencyCode);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this inspection record, oldest first, the current one last." })
  history(@Root() i: VehicleInspection, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, vehicleInspectionContribution).load([i.inspectionNo]);
  }
}
