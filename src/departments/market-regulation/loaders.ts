import { byKey, loader, type HubContext } from "../../common/context.js";
import { Enterprise } from "./enterprise.entity.js";
import { FuelStation } from "./fuel-station.entity.js";

export const enterpriseLoader = (ctx: HubContext) =>
  loader<string, Enterprise | null>(ctx, "mr.enterprise", async (codes) =>
    byKey(codes, await ctx.em.find(Enterprise, { creditCode: { $in: [...codes] } }), (e) => e.creditCode),
  );

export const fuelStationLoader = (ctx: HubContext) =>
  loader<string, FuelStation | null>(ctx, "mr.fuelStation", async (codes) =>
    byKey(codes, await ctx.em.find(FuelStation, { code: { $in: [...codes] } }), (s) => s.code),
  );
