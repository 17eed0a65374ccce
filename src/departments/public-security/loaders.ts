import { byKey, groupByKey, loader, type HubContext } from "../../common/context.js";
import { checkpoints } from "./checkpoint.dataset.js";
import { PlateRegistration, Vehicle } from "./vehicle.entity.js";

export const vehicleLoader = (ctx: HubContext) =>
  loader<string, Vehicle | null>(ctx, "ps.vehicle", async (vins) =>
    byKey(vins, await ctx.em.find(Vehicle, { vin: { $in: [...vins] } }), (v) => v.vin),
  );

export const platesOfVehicleLoader = (ctx: HubContext) =>
  loader<string, PlateRegistration[]>(ctx, "ps.platesOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(PlateRegistration, { vin: { $in: [...vins] } }, { orderBy: { validFrom: "asc" } }), (p) => p.vin),
  );

export const checkpointLoader = checkpoints.loader;
