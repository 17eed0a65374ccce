import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { Region, RegionLevel, regions } from "./region.entity.js";
import type { SubgraphParts } from "../../common/federation.js";

const childrenLoader = regions.loaderBy("parentCode", { code: "asc" });

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "One region by its GB/T 2260 code." })
  region(@Arg("code", () => ID, { description: "The six-digit GB/T 2260 code, e.g. 410100 (Zhengzhou)." }) code: string, @Ctx() ctx: HubContext): Promise<Region | null> {
    return regions.loader(ctx).load(code);
  }

  @Query(() => [Region], { description: "Regions, optionally of one level, ordered by code." })
  regions(
    @Arg("level", () => RegionLevel, { nullable: true, description: "Only regions of this level; default all." }) level: RegionLevel | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Region[]> {
    return ctx.em.find(Region, level ? { level } : {}, { orderBy: { code: "asc" } });
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region this one belongs to; null for the province." })
  parent(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Region | null> | null {
    return region.parentCode ? regions.loader(ctx).load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: "The regions directly below this one, ordered by code." })
  children(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Region[]> {
    return childrenLoader(ctx).load(region.code);
  }
}

export const parts: SubgraphParts = { resolvers: [RegionResolver] };
