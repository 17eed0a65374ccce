import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { toChinaDateTime } from "../../shared/dates.js";
import { Enterprise } from "./enterprise.extension.js";
import type { SubgraphParts } from "../../common/federation.js";

/** The stored hour of a reading for the whole day (GraphQL answers null for it). */
export const WHOLE_DAY = -1;
/** A day's use above this for one meter is a unit or typing error (the largest smelters use ~10 GWh a day). */
const MAX_DAILY_KWH = 50_000_000;
const MAX_HOURLY_KWH = 2_100_000;

export const electricityReadings = defineDataset({
  dataset: Dataset.ELECTRICITY_READINGS,
  sharing: "CONDITIONAL",
  catalogue: "Daily and hourly electricity use of enterprises (the grid company's evidence of emergency measures).",
  name: "ElectricityReading",
  description: "One meter's electricity use on one day, or in one hour of that day (用电监管).",
  table: "grid.electricity_readings",
  key: ["meterNo", "day", "hour"],
  fields: {
    meterNo: {
      type: "ID",
      description: "The grid company's meter number.",
      input: "The grid company's meter number: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("meterNo", v),
    },
    day: { type: "Date", input: "YYYY-MM-DD, China time, not in the future.", check: (c, v: string | null, { today }) => c.date("day", v, { notAfter: today }) },
    // 0–23 (China time) for an hourly reading, WHOLE_DAY (-1) for the day's; `hour` in GraphQL (ElectricityReadingResolver)
    hour: {
      type: "Int",
      entityType: "smallint",
      hidden: true,
      input: "0–23: the China-time hour [hour:00, hour+1:00) of an hourly reading; null or absent for the whole day.",
      check(c, v: number | null | undefined, { today, now }, _row, { day }) {
        const hour = v !== null && v !== undefined ? c.number("hour", v, 0, 23) : WHOLE_DAY;
        // an hour of today that has not begun yet
        if (day === today && hour !== null && hour > Number(toChinaDateTime(now).slice(11, 13))) {
          c.error("hour", "FUTURE_TIME", `hour ${hour} of ${day} has not begun yet (China time)`);
        }
        return hour;
      },
    },
    creditCode: {
      type: "ID",
      description: "The enterprise the meter supplies.",
      input: "Credit code of the enterprise the meter supplies (checked).",
      check: (c, v: string | null) => c.creditCode("creditCode", v),
    },
    kwh: {
      type: "Float",
      input: "kWh used that day (0 to 50,000,000) or that hour (0 to 2,100,000).",
      check: (c, v: number | null, _v, row) => c.number("kwh", v, 0, row.hour !== null && row.hour !== undefined ? MAX_HOURLY_KWH : MAX_DAILY_KWH, "kWh"),
    },
  },
  computed: {
    enterprise: {
      type: () => Enterprise,
      nullable: true,
      description: "The enterprise the meter supplies; null when the registry does not know it.",
      get: (r: { creditCode: string }) => ({ creditCode: r.creditCode }),
    },
  },
  indexes: [["creditCode", "day"]],
  list: {
    query: "electricityReadings",
    description: "Meter readings, ordered by meter, day and hour (a day's whole-day reading first).",
    nullable: true,
    order: ["meterNo", "day", "hour"],
    filters: {
      creditCode: { type: "ID" },
      meterNo: { type: "ID" },
      ...periodFilters("day", "Date"),
      hourly: {
        type: "Boolean",
        description: "true: hourly readings only; false: whole-day readings only; absent: both.",
        where: (hourly: boolean) => ({ hour: hourly ? { $gte: 0 } : WHOLE_DAY }),
      },
    },
  },
  history: "Every version of this reading, oldest first.",
  contribution: {
    mutation: "contributeElectricityReadings",
    description: "Contributes meter readings, whole-day or hourly (grid only); upserts by (meterNo, day, hour).",
    input: "One meter's use on one day, or in one hour of that day.",
  },
});
export type ElectricityReading = Row<typeof electricityReadings>;

@Resolver(() => electricityReadings.entity)
export class ElectricityReadingResolver {
  @FieldResolver(() => Int, { nullable: true, description: "0–23: the China-time hour of an hourly reading; null for a whole-day reading." })
  hour(@Root() r: ElectricityReading): number | null {
    return r.hour === WHOLE_DAY ? null : r.hour;
  }
}

export const parts: SubgraphParts = { resolvers: [ElectricityReadingResolver] };
