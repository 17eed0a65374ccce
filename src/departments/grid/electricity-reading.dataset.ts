import { FieldResolver, Int, Resolver, Root } from "type-graphql";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { toChinaDateTime } from "../../shared/dates.js";
import type { RowIssue } from "../../common/contribution/row-check.js";
import type pg from "pg";
import { Enterprise } from "./enterprise.extension.js";
import type { SubgraphParts } from "../../common/federation.js";

/** The stored hour of a reading for the whole day (GraphQL answers null for it). */
export const WHOLE_DAY = -1;
/** A day's use above this for one meter is a unit or typing error (the largest smelters use ~10 GWh a day). */
const MAX_DAILY_KWH = 50_000_000;
const MAX_HOURLY_KWH = 2_100_000;

const kindOf = (hour: number) => (hour === WHOLE_DAY ? "a whole-day reading" : "hourly readings");

/**
 * One reading a meter-day: a meter sends either a whole-day reading or hourly readings for a day, never both,
 * so no day is counted twice. Columns: meterNo, day, hour, creditCode, kwh. A meter-day stored with one kind
 * refuses rows of the other; a batch sending both kinds for a meter-day nothing is stored for has every row
 * of that meter-day refused (the hub cannot tell which kind is right). One statement for the stored rows.
 */
export async function checkOneKindPerMeterDay(db: Pick<pg.Pool, "query">, rows: readonly { index: number; values: unknown[] }[]): Promise<RowIssue[]> {
  const byMeterDay = new Map<string, { meterNo: string; day: string; rows: { index: number; hour: number }[] }>();
  for (const { index, values } of rows) {
    const [meterNo, day, hour] = values as [string, string, number];
    const k = `${meterNo}|${day}`;
    const g = byMeterDay.get(k) ?? { meterNo, day, rows: [] };
    g.rows.push({ index, hour });
    byMeterDay.set(k, g);
  }
  const groups = [...byMeterDay.values()];
  const { rows: stored } = await db.query<{ meter_no: string; day: string; whole: boolean }>(
    `select r.meter_no, to_char(r.day, 'YYYY-MM-DD') as day, bool_or(r.hour = ${WHOLE_DAY}) as whole
       from grid.electricity_readings r
       join unnest($1::text[], $2::date[]) as k(meter_no, day) on r.meter_no = k.meter_no and r.day = k.day
      group by r.meter_no, r.day`,
    [groups.map((g) => g.meterNo), groups.map((g) => g.day)],
  );
  const storedWhole = new Map(stored.map((s) => [`${s.meter_no}|${s.day}`, s.whole]));
  const issues: RowIssue[] = [];
  for (const [k, g] of byMeterDay) {
    const whole = storedWhole.get(k);
    if (whole !== undefined) {
      const storedKind = whole ? WHOLE_DAY : 0;
      for (const r of g.rows.filter((x) => (x.hour === WHOLE_DAY) !== (storedKind === WHOLE_DAY))) {
        issues.push({
          row: r.index, field: "hour", code: "MIXED_METER_DAY",
          message: `meter ${g.meterNo} already has ${kindOf(storedKind)} for ${g.day}; a meter sends either a whole-day reading or hourly readings for a day: send ${kindOf(storedKind)} (corrections upsert them)`,
        });
      }
    } else if (g.rows.some((x) => x.hour === WHOLE_DAY) && g.rows.some((x) => x.hour !== WHOLE_DAY)) {
      const rowList = g.rows.map((x) => x.index).join(", ");
      for (const r of g.rows) {
        issues.push({
          row: r.index, field: "hour", code: "MIXED_METER_DAY",
          message: `rows ${rowList} send both a whole-day reading and hourly readings for meter ${g.meterNo} on ${g.day}; a meter sends one or the other for a day: keep one kind`,
        });
      }
    }
  }
  return issues;
}

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
    day: { type: "Date", description: "The China-time day the reading is for.", input: "YYYY-MM-DD, China time, not in the future.", check: (c, v: string | null, { today }) => c.date("day", v, { notAfter: today }) },
    // 0–23 (China time) for an hourly reading, WHOLE_DAY (-1) for the day's; `hour` in GraphQL (ElectricityReadingResolver)
    hour: {
      type: "Int",
      entityType: "smallint",
      hidden: true,
      // as the `hour` resolver below answers it
      exported: (c) => `nullif(${c}, ${WHOLE_DAY})`,
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
      description: "Electricity used, in kWh: over the hour for an hourly reading, over the day for a whole-day one.",
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
      creditCode: { description: "Only the readings of meters supplying this enterprise (its unified social credit code).", type: "ID" },
      meterNo: { description: "Only the readings of this meter (the grid company's meter number).", type: "ID" },
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
    description:
      "Contributes meter readings, whole-day or hourly (grid only); upserts by (meterNo, day, hour). A meter sends either a whole-day reading or hourly readings for a day: a row of the other kind than the meter-day's stored rows, or a batch with both kinds for one meter-day, is refused with MIXED_METER_DAY.",
    input: "One meter's use on one day, or in one hour of that day.",
    checkBatch: checkOneKindPerMeterDay,
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
