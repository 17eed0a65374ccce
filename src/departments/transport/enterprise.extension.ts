import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { Enterprise, Vehicle } from "./federated.js";
import { LicenceStatus, operatingLicence } from "./operating-licence.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

/**
 * The VINs each operator holds a VALID licence for. Only the licence table is read: whether public
 * security still lists the vehicle is its business, answered when the gateway resolves the stubs.
 */
export const fleetLoader = (ctx: HubContext) =>
  loader<string, string[]>(ctx, "tr.fleet", async (codes) => {
    const licences = await ctx.em.find(
      operatingLicence.entity,
      { operatorCreditCode: { $in: [...codes] }, status: LicenceStatus.VALID },
      { orderBy: { vin: "asc" } },
    );
    // a vehicle with two valid licences of one operator is still one vehicle of its fleet
    return groupByKey(codes, licences, (l) => l.operatorCreditCode).map((ls) => [...new Set(ls.map((l) => l.vin))]);
  });

@Resolver(() => Enterprise)
export class EnterpriseTransportResolver {
  @FieldResolver(() => [Vehicle], { description: "The vehicles the enterprise operates: those holding a VALID operating licence with it as operator, by VIN." })
  async fleet(@Root() e: Enterprise, @Ctx() ctx: HubContext): Promise<Vehicle[]> {
    return (await fleetLoader(ctx).load(e.creditCode)).map((vin) => ({ vin }));
  }
}

export const parts: SubgraphParts = { resolvers: [EnterpriseTransportResolver] };
