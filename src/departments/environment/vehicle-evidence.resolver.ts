import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { groupByKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { MAX_PAGE_SIZE } from "../../common/pagination.js";
import { obdRecords, type ObdRecord } from "./obd-record.dataset.js";
import { Vehicle } from "./vehicle.reference.js";
import type { SubgraphParts } from "../../common/federation.js";

const DEFAULT_OBD_RECORDS = 20;

/**
 * The newest `first` OBD records of many trucks: one statement per distinct `first`, each truck's records
 * read newest first from the (vin, at) key index and cut at `first`.
 */
export const obdRecordsOfVehicleLoader = (ctx: HubContext) =>
  loader<{ vin: string; first: number }, ObdRecord[]>(
    ctx,
    "env.obdRecordsOfVehicle",
    async (keys) => {
      const byFirst = new Map<number, string[]>();
      for (const k of keys) byFirst.set(k.first, [...(byFirst.get(k.first) ?? []), k.vin]);
      const out = new Map<string, ObdRecord[]>();
      await Promise.all(
        [...byFirst].map(async ([first, vins]) => {
          const unique = [...new Set(vins)];
          const { rows } = await ctx.db.query<{ vin: string }>(
            `select ${obdRecords.columns("o")} from unnest($1::text[]) as v(vin)
               cross join lateral (select * from environment.obd_records o where o.vin = v.vin order by o.at desc limit $2) o`,
            [unique, first],
          );
          const grouped = groupByKey(unique, rows, (r) => r.vin);
          unique.forEach((vin, i) => out.set(`${vin}|${first}`, grouped[i].map(obdRecords.fromRow)));
        }),
      );
      return keys.map((k) => out.get(`${k.vin}|${k.first}`) ?? []);
    },
    (k) => `${k.vin}|${k.first}`,
  );

@Resolver(() => Vehicle)
export class VehicleEvidenceResolver {
  @FieldResolver(() => [obdRecords.entity], { nullable: true, description: "The truck's latest OBD records, newest first." })
  obdRecords(
    @Root() v: Vehicle,
    @Arg("first", () => Int, { defaultValue: DEFAULT_OBD_RECORDS, description: `How many, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Ctx() ctx: HubContext,
  ) {
    const n = first ?? DEFAULT_OBD_RECORDS;
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${n}`, { argument: "first" });
    return obdRecordsOfVehicleLoader(ctx).load({ vin: v.vin, first: n });
  }
}

export const parts: SubgraphParts = { resolvers: [VehicleEvidenceResolver] };
