import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { byKey, groupByKey, loader, type HubContext } from "../../common/context.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, MAX_PAGE_SIZE, PageArgs } from "../../common/pagination.js";
import { DateScalar, chinaDayStart, chinaDayEnd } from "../../common/scalars.js";
import {
  BlackSmokeCaptureInput,
  blackSmokeContribution,
  ObdRecordInput,
  obdRecordContribution,
  RemoteSensingTestInput,
  remoteSensingContribution,
} from "./vehicle-evidence.contribution.js";
import { BlackSmokeCapture, ObdRecord, RemoteSensingResult, RemoteSensingTest, Vehicle } from "./vehicle-evidence.entity.js";

const RemoteSensingTestConnection = connectionOf(RemoteSensingTest, "RemoteSensingTest");
const BlackSmokeCaptureConnection = connectionOf(BlackSmokeCapture, "BlackSmokeCapture");
const ObdRecordConnection = connectionOf(ObdRecord, "ObdRecord");

const DEFAULT_OBD_RECORDS = 20;


/** `from` and `to` China-time days (both inclusive) as a condition on an instant; undefined when neither is given. */
function daysCondition(from: string | undefined, to: string | undefined, argument: string): Record<string, Date> | undefined {
  if (from && to && from > to) throw badInput(`from (${from}) is after to (${to})`, { argument });
  if (!from && !to) return undefined;
  const at: Record<string, Date> = {};
  if (from) at.$gte = chinaDayStart(from);
  if (to) at.$lt = chinaDayEnd(to);
  return at;
}

@InputType({ description: "Narrows the remote-sensing tests; all given conditions must hold." })
class RemoteSensingFilter {
  @Field(() => ID, { nullable: true })
  vin?: string;

  @Field(() => RemoteSensingResult, { nullable: true })
  result?: RemoteSensingResult;

  @Field(() => DateScalar, { nullable: true, description: "First China-time day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last China-time day, inclusive." })
  to?: string;
}

@InputType({ description: "Narrows the black-smoke captures; all given conditions must hold." })
class BlackSmokeFilter {
  @Field(() => ID, { nullable: true })
  vin?: string;

  @Field(() => Int, { nullable: true, description: "Only captures of at least this Ringelmann level." })
  minRingelmann?: number;

  @Field(() => DateScalar, { nullable: true, description: "First China-time day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last China-time day, inclusive." })
  to?: string;
}

@InputType({ description: "Narrows the OBD records; all given conditions must hold." })
class ObdRecordFilter {
  @Field(() => ID, { nullable: true })
  vin?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only records with fault flags; false: only records without." })
  withFaults?: boolean;

  @Field(() => DateScalar, { nullable: true, description: "First China-time day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last China-time day, inclusive." })
  to?: string;
}

const normalVin = (vin: string) => vin.trim().toUpperCase();

export const remoteSensingTestLoader = (ctx: HubContext) =>
  loader<string, RemoteSensingTest | null>(ctx, "env.remoteSensingTest", async (ids) =>
    byKey(ids, await ctx.em.find(RemoteSensingTest, { testId: { $in: [...ids] } }), (t) => t.testId),
  );

export const blackSmokeCaptureLoader = (ctx: HubContext) =>
  loader<string, BlackSmokeCapture | null>(ctx, "env.blackSmokeCapture", async (ids) =>
    byKey(ids, await ctx.em.find(BlackSmokeCapture, { captureId: { $in: [...ids] } }), (b) => b.captureId),
  );

/** A vehicle's remote-sensing tests, newest first. */
export const remoteSensingOfVehicleLoader = (ctx: HubContext) =>
  loader<string, RemoteSensingTest[]>(ctx, "env.remoteSensingOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(RemoteSensingTest, { vin: { $in: [...vins] } }, { orderBy: { at: "desc", testId: "desc" } }), (t) => t.vin),
  );

/** A vehicle's black-smoke captures, newest first. */
export const blackSmokeOfVehicleLoader = (ctx: HubContext) =>
  loader<string, BlackSmokeCapture[]>(ctx, "env.blackSmokeOfVehicle", async (vins) =>
    groupByKey(vins, await ctx.em.find(BlackSmokeCapture, { vin: { $in: [...vins] } }, { orderBy: { at: "desc", captureId: "desc" } }), (b) => b.vin),
  );

interface ObdRow {
  vin: string;
  at: Date;
  nox_ppm: number;
  fault_flags: string[];
  contributed_by: string;
  batch_id: string;
  contributed_at: Date;
}

const toObdRecord = (r: ObdRow): ObdRecord =>
  Object.assign(new ObdRecord(), {
    vin: r.vin, at: r.at, noxPpm: Number(r.nox_ppm), faultFlags: r.fault_flags,
    contributedBy: r.contributed_by, batchId: r.batch_id, contributedAt: r.contributed_at,
  });

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
          const { rows } = await ctx.db.query<ObdRow>(
            `select o.* from unnest($1::text[]) as v(vin)
               cross join lateral (select * from environment.obd_records o where o.vin = v.vin order by o.at desc limit $2) o`,
            [unique, first],
          );
          const grouped = groupByKey(unique, rows, (r) => r.vin);
          unique.forEach((vin, i) => out.set(`${vin}|${first}`, grouped[i].map(toObdRecord)));
        }),
      );
      return keys.map((k) => out.get(`${k.vin}|${k.first}`) ?? []);
    },
    (k) => `${k.vin}|${k.first}`,
  );

@Resolver(() => Vehicle)
export class VehicleEvidenceResolver {
  @FieldResolver(() => [RemoteSensingTest], { nullable: true, description: "The vehicle's remote-sensing tests, newest first." })
  remoteSensing(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return remoteSensingOfVehicleLoader(ctx).load(v.vin);
  }

  @FieldResolver(() => [BlackSmokeCapture], { nullable: true, description: "Black-smoke captures of the vehicle, newest first." })
  blackSmoke(@Root() v: Vehicle, @Ctx() ctx: HubContext) {
    return blackSmokeOfVehicleLoader(ctx).load(v.vin);
  }

  @FieldResolver(() => [ObdRecord], { nullable: true, description: "The truck's latest OBD records, newest first." })
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

@Resolver(() => RemoteSensingTest)
export class RemoteSensingTestResolver {
  @Query(() => RemoteSensingTest, { nullable: true, description: "One remote-sensing test, by its id." })
  remoteSensingTest(@Arg("testId", () => ID) testId: string, @Ctx() ctx: HubContext) {
    return remoteSensingTestLoader(ctx).load(testId.trim());
  }

  @Query(() => RemoteSensingTestConnection, { nullable: true, description: "Remote-sensing tests, oldest first." })
  remoteSensingTests(
    @Args() page: PageArgs,
    @Arg("filter", () => RemoteSensingFilter, { nullable: true }) filter: RemoteSensingFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = normalVin(filter.vin);
    if (filter?.result) where.result = filter.result;
    const at = daysCondition(filter?.from, filter?.to, "filter.from");
    if (at) where.at = at;
    return findPage(ctx.em, RemoteSensingTest, where, ["at", "testId"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The tested vehicle (registered with public security); null when not registered." })
  vehicle(@Root() t: RemoteSensingTest): Vehicle {
    return { vin: t.vin };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this test record, oldest first." })
  history(@Root() t: RemoteSensingTest, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, remoteSensingContribution).load([t.testId]);
  }
}

@Resolver(() => BlackSmokeCapture)
export class BlackSmokeCaptureResolver {
  @Query(() => BlackSmokeCapture, { nullable: true, description: "One black-smoke capture, by its id." })
  blackSmokeCapture(@Arg("captureId", () => ID) captureId: string, @Ctx() ctx: HubContext) {
    return blackSmokeCaptureLoader(ctx).load(captureId.trim());
  }

  @Query(() => BlackSmokeCaptureConnection, { nullable: true, description: "Black-smoke captures, oldest first." })
  blackSmokeCaptures(
    @Args() page: PageArgs,
    @Arg("filter", () => BlackSmokeFilter, { nullable: true }) filter: BlackSmokeFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = normalVin(filter.vin);
    if (filter?.minRingelmann !== undefined && filter.minRingelmann !== null) where.ringelmann = { $gte: filter.minRingelmann };
    const at = daysCondition(filter?.from, filter?.to, "filter.from");
    if (at) where.at = at;
    return findPage(ctx.em, BlackSmokeCapture, where, ["at", "captureId"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The captured vehicle (registered with public security); null when not registered." })
  vehicle(@Root() b: BlackSmokeCapture): Vehicle {
    return { vin: b.vin };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this capture record, oldest first." })
  history(@Root() b: BlackSmokeCapture, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, blackSmokeContribution).load([b.captureId]);
  }
}

@Resolver(() => ObdRecord)
export class ObdRecordResolver {
  @Query(() => ObdRecordConnection, { nullable: true, description: "OBD records of heavy diesel trucks, oldest first." })
  obdRecords(
    @Args() page: PageArgs,
    @Arg("filter", () => ObdRecordFilter, { nullable: true }) filter: ObdRecordFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.vin) where.vin = normalVin(filter.vin);
    const at = daysCondition(filter?.from, filter?.to, "filter.from");
    if (at) where.at = at;
    // the jsonb array is empty exactly when no fault was flagged
    if (filter?.withFaults === true) where.faultFlags = { $ne: [] };
    if (filter?.withFaults === false) where.faultFlags = { $eq: [] };
    return findPage(ctx.em, ObdRecord, where, ["at", "vin"], page);
  }

  @FieldResolver(() => Vehicle, { nullable: true, description: "The truck (registered with public security); null when not registered." })
  vehicle(@Root() o: ObdRecord): Vehicle {
    return { vin: o.vin };
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this record, oldest first." })
  history(@Root() o: ObdRecord, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, obdRecordContribution).load([o.vin, o.at.toISOString()]);
  }
}
