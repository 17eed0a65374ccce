import { byKey, groupByKey, loader, type HubContext } from "../../common/context.js";
import { CoalCheck } from "./coal-check.entity.js";
import { InspectionAgency } from "./inspection-agency.entity.js";
import { VehicleInspection } from "./vehicle-inspection.entity.js";

export const inspectionAgencyLoader = (ctx: HubContext) =>
  loader<string, InspectionAgency | null>(ctx, "mr.inspectionAgency", async (codes) =>
    byKey(codes, await ctx.em.find(InspectionAgency, { code: { $in: [...codes] } }), (a) => a.code),
  );

export const vehicleInspectionLoader = (ctx: HubContext) =>
  loader<string, VehicleInspection | null>(ctx, "mr.vehicleInspection", async (numbers) =>
    byKey(numbers, await ctx.em.find(VehicleInspection, { inspectionNo: { $in: [...numbers] } }), (i) => i.inspectionNo),
  );

/** A vehicle's inspections, newest first: `Vehicle.inspections` and `Vehicle.lastInspection` both read it. */
export const inspectionsOfVehicleLoader = (ctx: HubContext) =>
  loader<string, VehicleInspection[]>(ctx, "mr.inspectionsOfVehicle", async (vins) =>
    groupByKey(
      vins,
      await ctx.em.find(VehicleInspection, { vin: { $in: [...vins] } }, { orderBy: { inspectedAt: "desc", inspectionNo: "desc" } }),
      (i) => i.vin,
    ),
  );

/** A plant's coal checks, newest quarter first. */
export const coalChecksOfEnterpriseLoader = (ctx: HubContext) =>
  loader<string, CoalCheck[]>(ctx, "mr.coalChecksOfEnterprise", async (codes) =>
    groupByKey(
      codes,
      await ctx.em.find(CoalCheck, { plantCreditCode: { $in: [...codes] } }, { orderBy: { plantCreditCode: "asc", quarter: "desc" } }),
      (c) => c.plantCreditCode,
    ),
  );
