import { Ctx, Query, Resolver } from "type-graphql";
import type { HubContext } from "../common/context.js";
import type { Catalogue } from "./catalogue.service.js";
import { CatalogEntry } from "./catalogue.types.js";

@Resolver()
export class CatalogueResolver {
  constructor(private readonly catalogue: Catalogue) {}

  @Query(() => [CatalogEntry], { description: "The data catalogue: every dataset with its owner, sharing class, fields, size, freshness and grantees." })
  catalog(@Ctx() ctx: HubContext): Promise<CatalogEntry[]> {
    return this.catalogue.entries(ctx.hub);
  }
}
