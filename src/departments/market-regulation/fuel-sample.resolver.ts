import { raw } from "@mikro-orm/core";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import type { HubContext } from "../../common/context.js";
import { Department } from "../../common/departments.js";
import { badInput } from "../../common/errors.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { requireAdmin } from "../../common/policy.js";
import { regionScope } from "../../common/region-scope.js";
import { DateScalar, toChinaDate } from "../../common/scalars.js";
import { ComplianceResult } from "./compliance.js";
import { fuelSampleContribution } from "./fuel-sample.contribution.js";
import { FuelGrade, FuelSample } from "./fuel-sample.entity.js";
import { refreshFuelSamplingCoverage } from "./fuel-sampling-coverage.js";
import { fuelStation, type FuelStation } from "./fuel-station.dataset.js";
import { fuelSampleLoader, fuelSamplesOfStationLoader } from "./loaders.js";
import { Envelope } from "../../common/sharing.js";

const FuelSampleConnection = connectionOf(FuelSample, "FuelSample", "Fuel samples, oldest first.");

@InputType({ description: "Which fuel samples to list; the conditions given must all hold." })
class FuelSampleFilter {
  @Field(() => ID, { nullable: true, description: "The filling station's code." })
  stationCode?: string;

  @Field(() => ID, { nullable: true, description: "A region: samples at the stations registered in it or its subregions." })
  regionCode?: string;

  @Field(() => DateScalar, { nullable: true, description: "First sampling day, inclusive." })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: "Last sampling day, inclusive." })
  to?: string;

  @Field(() => ComplianceResult, { nullable: true })
  result?: ComplianceResult;

  @Field(() => FuelGrade, { nullable: true })
  fuelGrade?: FuelGrade;
}

/** Earlier years are typing errors, not data: the hub's records start decades later. */
const FIRST_COVERAGE_YEAR = 2000;

@Resolver(() => FuelSample)
export class FuelSampleResolver {
  @Query(() => FuelSample, { nullable: true })
  fuelSample(@Arg("sampleNo", () => ID) sampleNo: string, @Ctx() ctx: HubContext) {
    return fuelSampleLoader(ctx).load(sampleNo.trim());
  }

  @Query(() => FuelSampleConnection, { nullable: true, description: "Fuel samples, oldest first (by sampling day, then sample number)." })
  fuelSamples(
    @Args() page: PageArgs,
    @Arg("filter", () => FuelSampleFilter, { nullable: true }) filter: FuelSampleFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput(`from (${filter.from}) is after to (${filter.to})`, { argument: "filter.from" });
    const where: Record<string, unknown>[] = [];
    if (filter?.stationCode) where.push({ stationCode: filter.stationCode.trim() });
    if (filter?.regionCode) {
      // The region is the station's, which a sample does not repeat: a subquery keeps the page one statement.
      const scope = regionScope(filter.regionCode, "filter.regionCode");
      where.push({ stationCode: { $in: raw("(select code from market_regulation.fuel_stations where region_code in (?))", [scope]) } });
    }
    if (filter?.from) where.push({ sampledOn: { $gte: filter.from } });
    if (filter?.to) where.push({ sampledOn: { $lte: filter.to } });
    if (filter?.result) where.push({ result: filter.result });
    if (filter?.fuelGrade) where.push({ fuelGrade: filter.fuelGrade });
    return findPage(ctx.em, FuelSample, where.length ? { $and: where } : {}, ["sampledOn", "sampleNo"], page);
  }

  @FieldResolver(() => fuelStation.entity, { nullable: true, description: "The filling station sampled." })
  station(@Root() s: FuelSample, @Ctx() ctx: HubContext) {
    return fuelStation.loader(ctx).load(s.stationCode);
  }

  @Envelope()
  @Mutation(() => Int, {
    description:
      "Recomputes each city's FUEL_SAMPLING_COVERAGE of a year (the share of operating filling stations sampled at least once) into the indicators (market-regulation admins); returns the indicators changed.",
  })
  refreshFuelSamplingCoverage(@Arg("year", () => Int) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.MARKET_REGULATION, "refreshFuelSamplingCoverage");
    const thisYear = Number(toChinaDate(new Date()).slice(0, 4));
    if (year < FIRST_COVERAGE_YEAR || year > thisYear) throw badInput(`year must be between ${FIRST_COVERAGE_YEAR} and ${thisYear}, got ${year}`, { argument: "year" });
    // ctx.db reaches environment.indicators only because the one-process deployment shares one database; see refreshFuelSamplingCoverage.
    return refreshFuelSamplingCoverage(ctx.db, year);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this sample record, oldest first, the current one last." })
  history(@Root() s: FuelSample, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, fuelSampleContribution).load([s.sampleNo]);
  }
}

@Resolver(() => fuelStation.entity)
export class FuelStationSamplesResolver {
  @FieldResolver(() => [FuelSample], { nullable: true, description: "The fuel samples drawn at this station, newest first." })
  fuelSamples(@Root() s: FuelStation, @Ctx() ctx: HubContext) {
    return fuelSamplesOfStationLoader(ctx).load(s.code);
  }
}
