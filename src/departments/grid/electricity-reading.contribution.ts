import { Field, Float, InputType, Int } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { toChinaDateTime } from "../../common/scalars.js";
import { WHOLE_DAY } from "./electricity-reading.entity.js";

@InputType({ description: "One meter's use on one day, or in one hour of that day." })
export class ElectricityReadingInput {
  @Field(() => String, { nullable: true })
  meterNo?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the enterprise the meter supplies (checked)." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, China time, not in the future." })
  day?: string | null;

  @Field(() => Int, { nullable: true, description: "0–23: the China-time hour [hour:00, hour+1:00) of an hourly reading; null or absent for the whole day." })
  hour?: number | null;

  @Field(() => Float, { nullable: true, description: "kWh used that day (0 to 50,000,000) or that hour (0 to 2,100,000)." })
  kwh?: number | null;
}

/** A day's use above this for one meter is a unit or typing error (the largest smelters use ~10 GWh a day). */
const MAX_DAILY_KWH = 50_000_000;
const MAX_HOURLY_KWH = 2_100_000;

export const electricityReadingContribution: ContributionSpec<ElectricityReadingInput> = {
  dataset: Dataset.ELECTRICITY_READINGS,
  table: "grid.electricity_readings",
  key: ["meter_no", "day", "hour"],
  columns: [
    { name: "meter_no", type: "text" },
    { name: "day", type: "date" },
    { name: "hour", type: "integer" },
    { name: "credit_code", type: "text" },
    { name: "kwh", type: "double precision" },
  ],
  validate(r, c, v) {
    const hourly = r.hour !== null && r.hour !== undefined;
    const meterNo = c.code("meterNo", r.meterNo);
    const day = c.date("day", r.day, { notAfter: v.today });
    const hour = hourly ? c.number("hour", r.hour, 0, 23) : WHOLE_DAY;
    // an hour of today that has not begun yet
    if (day === v.today && hour !== null && hour > Number(toChinaDateTime(v.now).slice(11, 13))) {
      c.error("hour", "FUTURE_TIME", `hour ${hour} of ${day} has not begun yet (China time)`);
    }
    return [
      meterNo,
      day,
      hour,
      c.creditCode("creditCode", r.creditCode),
      c.number("kwh", r.kwh, 0, hourly ? MAX_HOURLY_KWH : MAX_DAILY_KWH, "kWh"),
    ];
  },
};
