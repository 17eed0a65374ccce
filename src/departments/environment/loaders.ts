import { byKey, groupByKey, loader, type HubContext } from "../../common/context.js";
import { Region } from "./region.entity.js";
import { Warning } from "./warning.entity.js";

export const regionLoader = (ctx: HubContext) =>
  loader<string, Region | null>(ctx, "env.region", async (codes) =>
    byKey(codes, await ctx.em.find(Region, { code: { $in: [...codes] } }), (r) => r.code),
  );

/** Regions as a link's target (`links: { region: { by: "regionCode", to: () => regionLink } }`). */
export const regionLink = { entity: Region, loader: regionLoader };

export const regionChildrenLoader = (ctx: HubContext) =>
  loader<string, Region[]>(ctx, "env.regionChildren", async (codes) =>
    groupByKey(codes, await ctx.em.find(Region, { parentCode: { $in: [...codes] } }, { orderBy: { code: "asc" } }), (r) => r.parentCode!),
  );

export const warningLoader = (ctx: HubContext) =>
  loader<string, Warning | null>(ctx, "env.warning", async (ids) => byKey(ids, await ctx.em.find(Warning, { id: { $in: [...ids] } }), (w) => w.id));
