import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";

@InputType({ description: "One meter's use on one day." })
export class ElectricityReadingInput {
  @Field(() => String, { nullable: true })
  meterNo?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the enterprise the meter supplies (checked)." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, China time, not in the future." })
  day?: string | null;

  @Field(() => Float, { nullable: true, description: "kWh used that day, 0 to 50,000,000." })
  kwh?: number | null;
}

/** A day's use above this for one meter is a unit or typing error (the largest smelters use ~10 GWh a day). */
const MAX_DAILY_KWH = 50_000_000;

export const electricityReadingContribution: ContributionSpec<ElectricityReadingInput> = {
  dataset: Dataset.ELECTRICITY_READINGS,
  table: "grid.electricity_readings",
  key: ["meter_no", "day"],
  columns: [
    { name: "meter_no", type: "text" },
    { name: "day", type: "date" },
    { name: "credit_code", type: "text" },
    { name: "kwh", type: "double precision" },
  ],
  validate(r, c, v) {
    return [c.code("meterNo", r.meterNo), c.date("day", r.day, { notAfter: v.today }), c.creditCode("creditCode", r.creditCode), c.number("kwh", r.kwh, 0, MAX_DAILY_KWH, "kWh")];
  },
};
