import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { FuelStationStatus } from "./fuel-station.entity.js";

@InputType({ description: "One filling station." })
export class FuelStationInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "Credit code of the operator, an enterprise already in the registry." })
  operatorCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "OPERATING, SUSPENDED or CLOSED." })
  status?: string | null;
}

export const fuelStationContribution: ContributionSpec<FuelStationInput> = {
  dataset: Dataset.FUEL_STATIONS,
  table: "market_regulation.fuel_stations",
  key: ["code"],
  columns: [
    { name: "code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "latitude", type: "double precision" },
    { name: "longitude", type: "double precision" },
    { name: "operator_credit_code", type: "text" },
    { name: "status", type: "text" },
  ],
  references: [{ column: "operator_credit_code", field: "operatorCreditCode", table: "market_regulation.enterprises", keyColumn: "credit_code", what: "enterprise" }],
  validate(r, c) {
    return [
      c.code("code", r.code),
      c.text("name", r.name),
      c.region("regionCode", r.regionCode),
      c.latitude("latitude", r.latitude),
      c.longitude("longitude", r.longitude),
      c.creditCode("operatorCreditCode", r.operatorCreditCode),
      c.enumValue("status", r.status, Object.values(FuelStationStatus)),
    ];
  },
};
